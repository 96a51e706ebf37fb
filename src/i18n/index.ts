import { da } from './da.js';
import { en } from './en.js';
import type { Translation } from './translation.js';

export type { Translation, BuiltInLocale } from './translation.js';
export { da, en };

const translations = new Map<string, Translation>([
  ['da', da],
  ['en', en],
]);

/** Adds (or replaces) a language. `locale` is a BCP 47 tag such as `sv` or `de-AT`. */
export function registerTranslation(locale: string, translation: Translation): void {
  translations.set(locale.toLowerCase(), translation);
}

/**
 * The best match for a BCP 47 tag: the exact tag, then its language (`en-GB` → `en`), then Danish.
 */
export function resolveLocale(requested: string | null | undefined): string {
  const tag = (requested ?? '').trim().toLowerCase();
  if (translations.has(tag)) return tag;
  const language = tag.split('-')[0] ?? '';
  if (translations.has(language)) return language;
  return 'da';
}

export function translationFor(locale: string): Translation {
  return translations.get(resolveLocale(locale)) ?? da;
}

/** A number as people read it in that language: `3,8` in Danish, `3.8` in English. */
export function formatNumber(locale: string, value: number, fractionDigits = 1): string {
  return cached(
    `${locale}|${fractionDigits}`,
    numberFormats,
    () =>
      new Intl.NumberFormat(intlLocale(locale), {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }),
  ).format(value);
}

/** A whole percent as people write it: `48 %` in Danish, `48%` in English (`percent` is 0–100). */
export function formatPercent(locale: string, percent: number): string {
  return cached(
    `${locale}|percent`,
    numberFormats,
    () => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }),
  ).format(percent / 100);
}

// Intl formatters are costly to make and cheap to use: a chart formats hundreds of numbers.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(key: string, cache: Map<string, T>, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** `da` → `da-DK`, so Intl picks Danish conventions even where the bare tag is ambiguous. */
export function intlLocale(locale: string): string {
  const resolved = resolveLocale(locale);
  if (resolved === 'da') return 'da-DK';
  if (resolved === 'en') return 'en-GB';
  return resolved;
}

/** `12. oktober` / `12 October`; the year is added when it differs from `referenceYear`. */
export function formatDay(locale: string, isoDate: string, referenceYear?: number): string {
  const [y = 1970, m = 1, d = 1] = isoDate.slice(0, 10).split('-').map(Number);
  const withYear = referenceYear !== undefined && referenceYear !== y;
  return cached(
    `${locale}|day|${withYear}`,
    dateFormats,
    () =>
      new Intl.DateTimeFormat(intlLocale(locale), {
        day: 'numeric',
        month: 'long',
        ...(withYear ? { year: 'numeric' } : {}),
        timeZone: 'UTC',
      }),
  ).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * A period key as words: `2026-W09` → "uge 9, 2026", `2026-03` → "marts 2026",
 * `2026-H1` → "1. halvår 2026". Unknown keys are returned as they are.
 */
export function formatPeriod(locale: string, key: string): string {
  const t = translationFor(locale);
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  if (week) return t.period.week(Number(week[2]), Number(week[1]));
  const half = /^(\d{4})-H([12])$/.exec(key);
  if (half) return t.period.halfYear(Number(half[2]), Number(half[1]));
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    return cached(
      `${locale}|month`,
      dateFormats,
      () => new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    ).format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  }
  return key;
}

/**
 * The month names of a time axis (the charts' `TickLabels`): "jan.", "jan. 2026", "2026" in Danish,
 * from the same kept formatters as every other date in the kit.
 */
export function tickLabelsFor(locale: string): {
  month(ms: number): string;
  monthYear(ms: number): string;
  year(ms: number): string;
} {
  const formatter = (pattern: string, options: Intl.DateTimeFormatOptions) =>
    cached(
      `${locale}|${pattern}`,
      dateFormats,
      () => new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' }),
    );
  const month = formatter('tick-month', { month: 'short' });
  const monthYear = formatter('tick-month-year', { month: 'short', year: 'numeric' });
  const year = formatter('tick-year', { year: 'numeric' });
  return {
    month: (ms) => month.format(ms),
    monthYear: (ms) => monthYear.format(ms),
    year: (ms) => year.format(ms),
  };
}
