import { linearScale, type LinearScale } from './linear.js';
import { utcMonth, utcYear } from 'd3-time';

const dayMs = 86_400_000;

/** A calendar date `YYYY-MM-DD` as milliseconds at UTC midnight: charts count days, not hours. */
export function dayMsOf(date: string): number {
  // Called for every point on every draw: plain slices, no split/map arrays.
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
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
 * `monthTicks(scale, locale, { minSpacing })`: ticks on the first of months, thinned to every
 * 2nd, 3rd, 6th or 12th month so labels keep `minSpacing` px apart (default 56).
 */
export function monthTicks(scale: TimeScale, locale: string, { minSpacing = 56 } = {}): TimeTick[] {
  const [from, to] = scale.domain;
  const [x0, x1] = scale.range;
  const months = Math.max(1, (to - from) / (dayMs * 30.44));
  const perMonth = Math.abs(x1 - x0) / months;
  const step = [1, 2, 3, 6, 12].find((k) => perMonth * k >= minSpacing) ?? 12;
  const interval = step === 12 ? utcYear : (utcMonth.filter((d) => d.getUTCMonth() % step === 0) ?? utcMonth);
  const monthFormat = formatterFor(locale, { month: 'short' });
  const yearFormat = formatterFor(locale, { month: 'short', year: 'numeric' });
  const onlyYear = formatterFor(locale, { year: 'numeric' });
  return interval.range(new Date(from), new Date(to)).map((d, i) => {
    const isYearStart = d.getUTCMonth() === 0;
    const format = step === 12 ? onlyYear : isYearStart || i === 0 ? yearFormat : monthFormat;
    return {
      x: round(scale(d.getTime())),
      date: isoDateOf(d.getTime()),
      label: format.format(d),
      isYearStart,
    };
  });
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to make: one per locale and pattern, kept. */
function formatterFor(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
