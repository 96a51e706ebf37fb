import { utcMonth } from 'd3-time';
import { DateCache } from '../core/time/date-cache.js';
import { dayNumberOfParts } from '../core/time/dates.js';
import { linearScale, type LinearScale } from './linear.js';

const dayMs = 86_400_000;

const digitAt = (date: string, index: number) => date.charCodeAt(index) - 48;
/** The same weeks recur in every panel and every redraw: each date is counted once. */
const dayMsCache = new DateCache<number>();

/**
 * A calendar date `YYYY-MM-DD` as milliseconds at UTC midnight: charts count days, not hours.
 * Called several times for every point of every panel, so it reads the digits and counts the days
 * with core's day count (proleptic Gregorian, as `Date` is), making no strings.
 */
export function dayMsOf(date: string): number {
  const known = dayMsCache.get(date);
  if (known !== undefined) return known;
  const fullYear =
    digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10 + digitAt(date, 3);
  const month = digitAt(date, 5) * 10 + digitAt(date, 6);
  const day = digitAt(date, 8) * 10 + digitAt(date, 9);
  return dayMsCache.set(date, dayNumberOfParts(fullYear, month, day) * dayMs);
}

/** The day after `date`, as ms: a period `[start, end]` covers up to the end of its last day. */
export function dayAfterMsOf(date: string): number {
  return dayMsOf(date) + dayMs;
}

export function isoDateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export type TimeScale = LinearScale;

/** `timeScale([fromMs, toMs], [x0, x1])`: time in ms to px. */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  return linearScale(domain, range);
}

export interface TimeTick {
  /** px */
  readonly x: number;
  /** The month's first day, `YYYY-MM-DD`. */
  readonly date: string;
  /** The month, short, in the locale ("jan.", "Jan"); the year added on January and on the first tick. */
  readonly label: string;
  readonly isYearStart: boolean;
}

/**
 * The words of the time axis, in the reader's language: charts draw, the language's formatters
 * (`tickLabelsFor` in `src/i18n`) say the months. Each takes a UTC time in ms.
 */
export interface TickLabels {
  /** "jan.", "Jan" */
  month(ms: number): string;
  /** "jan. 2026", "Jan 2026" */
  monthYear(ms: number): string;
  /** "2026" */
  year(ms: number): string;
}

/**
 * `monthTicks(scale, labels, { minSpacing })`: ticks on the first of months, thinned to every
 * 2nd, 3rd, 6th or 12th month so labels keep `minSpacing` px apart (default 56).
 */
export function monthTicks(scale: TimeScale, labels: TickLabels, { minSpacing = 56 } = {}): TimeTick[] {
  const [from, to] = scale.domain;
  const [x0, x1] = scale.range;
  const months = Math.max(1, (to - from) / (dayMs * 30.44));
  const perMonth = Math.abs(x1 - x0) / months;
  const step = [1, 2, 3, 6, 12].find((k) => perMonth * k >= minSpacing) ?? 12;
  return monthStarts(from, to, step).map((d, i) => {
    const isYearStart = d.getUTCMonth() === 0;
    const format = step === 12 ? labels.year : isYearStart || i === 0 ? labels.monthYear : labels.month;
    return {
      x: round(scale(d.getTime())),
      date: isoDateOf(d.getTime()),
      label: format(d.getTime()),
      isYearStart,
    };
  });
}

/**
 * The first days of the months in [from, to) whose month of the year (0–11) is a multiple of
 * `step`: d3-time's `utcMonth.every(step).range`. In UTC, as `dayMsOf` counts calendar dates, so
 * no time zone or summer time moves a tick (a local-time `timeMonth` would put 1 April at 31 March
 * 22:00 UTC in Copenhagen).
 */
export function monthStarts(from: number, to: number, step: number): Date[] {
  return utcMonth.every(step)?.range(new Date(from), new Date(to)) ?? [];
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
