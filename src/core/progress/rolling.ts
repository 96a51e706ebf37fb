/**
 * The rolling mean: how a series reads at a point (docs/design.md, "One story of change").
 *
 * The rolling mean of a series at a point `p` is the mean of the values of the series' points
 * whose periods lie in the `w` periods that end with `p`'s period (`p`'s own included). Gaps hold
 * no point and are skipped, never filled: a window with fewer points just rests on fewer. Every
 * point counts once, however many ratings stand behind it, so one week with two raters weighs as
 * much as a week with one.
 */
import { defaultChangeWindow } from '../framework/framework.js';
import { roundValue } from './round.js';
import { DateCache } from '../time/date-cache.js';
import { addDays } from '../time/dates.js';
import type { Cadence } from '../format/schema.js';

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

/** Every series of a person has the same weeks: their window starts are worked out once. */
const weeksBeforeCache = new DateCache<string>();
function weeksBefore(start: string, weeks: number): string {
  const key = `${start}-${weeks}`;
  return weeksBeforeCache.get(key) ?? weeksBeforeCache.set(key, addDays(start, -7 * weeks));
}

/**
 * `windowStartOf('2026-03-02', 'week', 4)` → `2026-02-09`: the first day of the `w` periods that
 * end with the period starting on `start`.
 */
export function windowStartOf(start: string, cadence: Cadence, window: number): string {
  const back = window - 1;
  if (cadence === 'week') return back === 0 ? start : weeksBefore(start, back);
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
  const w = windowSizeOf(series, window);
  const result: RollingPoint[] = [];
  for (let index = 0; index < series.points.length; index++) {
    const point = pointAt(series.points, series.cadence, index, w);
    if (point) result.push(point);
  }
  return result;
}

const windowSizeOf = (series: RollingSource, window?: number) =>
  Math.max(1, Math.floor(window ?? series.window ?? defaultChangeWindow[series.cadence]));

/**
 * `rollingPointAt(series, index, window?)`: the rolling mean at one point of the series (what
 * `rollingMean(series)[index]` holds), for a reader that needs one or two anchors, not the whole
 * line: "now" and "last time" for every series of a cohort of 1,000 cost a tenth as much this way.
 */
export function rollingPointAt(
  series: RollingSource,
  index: number,
  window?: number,
): RollingPoint | undefined {
  return pointAt(series.points, series.cadence, index, windowSizeOf(series, window));
}

/** The rolling mean at `points[index]` over `w` periods (a whole number, at least 1). */
function pointAt(
  points: RollingSource['points'],
  cadence: Cadence,
  index: number,
  w: number,
): RollingPoint | undefined {
  const point = points[index];
  if (!point) return undefined;
  const windowStart = windowStartOf(point.start, cadence, w);
  // Points are in period order: the window holds the points back to the first that starts in it.
  let first = index;
  while (first > 0 && (points[first - 1]?.start ?? '') >= windowStart) first--;
  // Summed afresh for each point (a window is a few periods): no drift from a running sum.
  let sum = 0;
  let ratings = 0;
  for (let i = first; i <= index; i++) {
    sum += points[i]?.value ?? 0;
    ratings += points[i]?.count ?? 0;
  }
  const held = index - first + 1;
  return {
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
  };
}

/** The index of the latest point that `accept`s, or -1. */
export function latestIndexOf<T>(points: ReadonlyArray<T>, accept: (point: T) => boolean): number {
  for (let index = points.length - 1; index >= 0; index--) {
    const point = points[index];
    if (point !== undefined && accept(point)) return index;
  }
  return -1;
}

/**
 * `rollingNow(series, to)`: the rolling mean at the series' latest point, or at the latest that
 * starts on or before `to` (`YYYY-MM-DD`): "now", as every element reads it.
 */
export function rollingNow(series: RollingSource, to?: string): RollingPoint | undefined {
  const index = latestIndexOf(series.points, (point) => to === undefined || to === '' || point.start <= to);
  return rollingPointAt(series, index);
}
