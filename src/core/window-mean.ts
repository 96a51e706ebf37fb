/**
 * `windowMeanOf(series, date, days)`: the mean of all ratings of a series dated in the `days` days
 * up to and including `date`. The trait star reads "now" and "last time" with it. (DESIGN.md's
 * rolling mean will replace it; until then its behaviour stays exactly as it is.)
 */
import { addDays } from './dates.js';

export function windowMeanOf(
  series: {
    readonly points: ReadonlyArray<{ readonly end: string; readonly value: number; readonly count: number }>;
  },
  date: string,
  days: number,
): number | null {
  const from = addDays(date, -days);
  let sum = 0;
  let count = 0;
  for (const point of series.points) {
    // A point belongs to the window when its period ends in it; weighting each point by its ratings
    // makes this the mean of the ratings themselves, not of the periods.
    if (point.end <= from || point.end > date) continue;
    sum += point.value * point.count;
    count += point.count;
  }
  return count === 0 ? null : sum / count;
}
