/**
 * The rolling mean: how a series reads at a point (DESIGN.md, "One story of change").
 *
 * The rolling mean of a series at a point `p` is the mean of the values of the series' points
 * whose periods lie in the `w` periods that end with `p`'s period (`p`'s own included). Gaps hold
 * no point and are skipped, never filled: a window with fewer points just rests on fewer. Every
 * point counts once, however many ratings stand behind it, so one week with two raters weighs as
 * much as a week with one.
 */
import { roundValue } from './round.js';
import { addDays } from './dates.js';
import type { Cadence } from './schema.js';

/** What `rollingMean` reads of a series: its cadence and its points, oldest first. */
export interface RollingSource {
  readonly cadence: Cadence;
  /** The series' own window (a `Series` knows it, from the framework's `changeWindow`). */
  readonly window?: number | undefined;
  readonly points: ReadonlyArray<{
    readonly period: string;
    readonly start: string;
    readonly end: string;
    readonly value: number;
    readonly count: number;
  }>;
}

/** The framework's default `changeWindow`: a month of weeks; months and half-years as they are. */
export const defaultChangeWindow: Readonly<Record<Cadence, number>> = { week: 4, month: 1, 'half-year': 1 };

export interface RollingPoint {
  /** The point's own period key (the window's last period). */
  readonly period: string;
  /** The point's period's first and last day, `YYYY-MM-DD`. */
  readonly start: string;
  readonly end: string;
  /** The mean of the values of the points in the window. */
  readonly value: number;
  /** How many periods in the window hold a value. */
  readonly points: number;
  /** How many ratings stand behind those values. */
  readonly ratings: number;
  /** The first period in the window that holds a value. */
  readonly first: string;
  /** The first day of the window's first period (held or not), `YYYY-MM-DD`. */
  readonly windowStart: string;
  /** The window's length in periods. */
  readonly window: number;
}

/**
 * `windowStartOf('2026-03-02', 'week', 4)` → `2026-02-09`: the first day of the `w` periods that
 * end with the period starting on `start`.
 */
export function windowStartOf(start: string, cadence: Cadence, window: number): string {
  const back = window - 1;
  if (cadence === 'week') return addDays(start, -7 * back);
  const months = cadence === 'month' ? back : 6 * back;
  const index = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/**
 * `rollingMean(series, window)`: one entry per point of the series, oldest first. `window` is a
 * whole number of periods of the series' cadence, at least 1; default: the series' own window,
 * else the default `changeWindow` of its cadence.
 */
export function rollingMean(series: RollingSource, window?: number): RollingPoint[] {
  const w = Math.max(1, Math.floor(window ?? series.window ?? defaultChangeWindow[series.cadence]));
  const points = series.points;
  const result: RollingPoint[] = [];
  let first = 0;
  for (let index = 0; index < points.length; index++) {
    const point = points[index];
    if (!point) continue;
    const windowStart = windowStartOf(point.start, series.cadence, w);
    // Points are in period order: the window's first point only moves forward.
    while ((points[first]?.start ?? windowStart) < windowStart) first++;
    // Summed afresh for each point (a window is a few periods): no drift from a running sum.
    let sum = 0;
    let ratings = 0;
    for (let i = first; i <= index; i++) {
      sum += points[i]?.value ?? 0;
      ratings += points[i]?.count ?? 0;
    }
    const held = index - first + 1;
    result.push({
      period: point.period,
      start: point.start,
      end: point.end,
      // Rounded as every value of the aggregation is: 4.15 must not become 4.1499999999999995, which
      // a person would be shown as 4,1.
      value: roundValue(sum / held),
      points: held,
      ratings,
      first: points[first]?.period ?? point.period,
      windowStart,
      window: w,
    });
  }
  return result;
}

/**
 * `rollingNow(series, to)`: the rolling mean at the series' latest point, or at the latest that
 * starts on or before `to` (`YYYY-MM-DD`): "now", as every element reads it.
 */
export function rollingNow(series: RollingSource, to?: string): RollingPoint | undefined {
  const rolled = rollingMean(series);
  for (let index = rolled.length - 1; index >= 0; index--) {
    const point = rolled[index];
    if (point && (to === undefined || to === '' || point.start <= to)) return point;
  }
  return undefined;
}
