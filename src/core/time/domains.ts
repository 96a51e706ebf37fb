/**
 * The stretch of time a chart shows: the whole history, or the recent months of it. Dates are
 * `YYYY-MM-DD`, so they compare as strings.
 */
import { addDays, addMonths } from './dates.js';
import type { Cadence } from '../format/schema.js';

/** An inclusive range of dates, `[first, last]`. */
export type DateDomain = readonly [string, string];

export interface DomainSources {
  /** Each series' cadence and points (only the first and last point are read). */
  readonly series: ReadonlyArray<{
    readonly cadence: Cadence;
    readonly points: ReadonlyArray<{ readonly start: string; readonly end: string }>;
  }>;
  readonly placements: ReadonlyArray<{ readonly start: string }>;
  readonly conversations: ReadonlyArray<{ readonly date: string }>;
}

/**
 * `wholeDomainOf({ series, placements, conversations })`: from the first rating, placement or
 * conversation to the end of the latest week or month rated, or the latest conversation. A
 * half-year's end counts only when nothing else does: it would stretch the axis months into the
 * future.
 */
export function wholeDomainOf({ series, placements, conversations }: DomainSources): DateDomain | undefined {
  let start: string | undefined;
  let end: string | undefined;
  let halfYearEnd: string | undefined;
  const earlier = (a: string | undefined, b: string) => (a === undefined || b < a ? b : a);
  const later = (a: string | undefined, b: string) => (a === undefined || b > a ? b : a);
  for (const s of series) {
    const first = s.points[0];
    const last = s.points.at(-1);
    if (first) start = earlier(start, first.start);
    if (last && s.cadence === 'half-year') halfYearEnd = later(halfYearEnd, last.end);
    else if (last) end = later(end, last.end);
  }
  let latestPlacement: string | undefined;
  for (const placement of placements) {
    start = earlier(start, placement.start);
    latestPlacement = later(latestPlacement, placement.start);
  }
  for (const conversation of conversations) end = later(end, conversation.date);
  const last = end ?? halfYearEnd ?? latestPlacement;
  const first = start ?? last;
  return first !== undefined && last !== undefined ? [first, last] : undefined;
}

/**
 * `recentDomainOf(['2025-01-10', '2026-03-15'], 6)` → `['2025-09-16', '2026-03-15']`: the last
 * `months` months of a domain (the day after the same day `months` months earlier), never before
 * its start.
 */
export function recentDomainOf(whole: DateDomain | undefined, months: number): DateDomain | undefined {
  if (!whole) return undefined;
  const start = addDays(addMonths(whole[1], -months), 1);
  return [start > whole[0] ? start : whole[0], whole[1]];
}
