import { ar } from './ar.js';
import { da } from './da.js';
import { en } from './en.js';
import { conventions as tables, writeNumber, type Conventions } from './conventions.js';
import type { Direction, SecondLanguage, Translation } from './translation.js';
import { uk } from './uk.js';

export type { Translation, BuiltInLocale, Direction, SecondLanguage } from './translation.js';
export { ar, da, en, uk };

/** The complete languages: an element can speak each of them. */
const translations = new Map<string, Translation>([
  ['da', da],
  ['en', en],
]);

/**
 * Languages the kit has only a conversation's second line in (`second-locale`): drafts for a
 * native speaker's review. An element never speaks one of these; a registered complete language
 * of the same code takes their place.
 */
const secondLanguages = new Map<string, SecondLanguage>([
  ['ar', ar],
  ['uk', uk],
]);

/**
 * Adds (or replaces) a language for every element's strings. `code` is a BCP 47 tag such as `so`,
 * `pl` or `de-AT`; `messages` has every key `da` has (the compiler checks). Elements that speak it
 * (by `locale` or the page's `lang`) re-render on their next update; set `lang` after registering.
 */
export function registerLocale(code: string, messages: Translation): void {
  translations.set(code.trim().toLowerCase(), messages);
}

/** The first name of `registerLocale`, kept for hosts that use it. */
export const registerTranslation = registerLocale;

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

/**
 * The young person's language for a conversation's second line: a complete language or one the
 * kit has a second line in, matched like `resolveLocale` (`ar-SY` → `ar`); undefined when the kit
 * has no words in it (nothing is shown beneath then, rather than Danish twice).
 */
export function secondLanguageFor(
  requested: string | null | undefined,
): { readonly locale: string; readonly t: SecondLanguage } | undefined {
  const tag = (requested ?? '').trim().toLowerCase();
  if (tag === '') return undefined;
  for (const code of [tag, tag.split('-')[0] ?? '']) {
    const t = translations.get(code) ?? secondLanguages.get(code);
    if (t) return { locale: code, t };
  }
  return undefined;
}

/** The words a language has, complete or a second line only; Danish's when it has none. */
function wordsFor(locale: string): SecondLanguage {
  return secondLanguageFor(locale)?.t ?? translationFor(locale);
}

/** Languages written right to left, where `Intl.Locale` cannot say (older engines). */
const rightToLeft = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/**
 * The direction a language is written in: `ar`, `fa`, `he`, `ur` … right to left (a script subtag
 * decides where there is one: `az-Arab` is right to left, `ku-Latn` left to right).
 */
export function directionOf(locale: string): Direction {
  // Asked on every update of every element: an Intl.Locale is made once per tag, not per render.
  let direction = directions.get(locale);
  if (direction === undefined) {
    direction = readDirection(locale);
    directions.set(locale, direction);
  }
  return direction;
}

const directions = new Map<string, Direction>();

function readDirection(locale: string): Direction {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // Not a valid tag: the list below decides by its first part.
  }
  return rightToLeft.has(locale.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** A number as people read it in that language: `3,8` in Danish, `3.8` in English. */
export function formatNumber(locale: string, value: number, fractionDigits = 1): string {
  const c = conventionsOf(locale);
  const written = c && writeNumber(c, value, fractionDigits);
  if (written !== undefined) return written;
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

/**
 * The tables for Danish and English (no `Intl` on a first draw); undefined for other languages,
 * second-line languages among them (Arabic beneath Danish is written by `Intl`).
 */
function conventionsOf(locale: string): Conventions | undefined {
  const resolved = secondLanguageFor(locale)?.locale ?? resolveLocale(locale);
  return resolved === 'da' || resolved === 'en' ? tables[resolved] : undefined;
}

/** A list as the language writes one: "a, b og c", "a، b و c", "a, b і c". */
export function formatList(locale: string, items: ReadonlyArray<string>): string {
  return cached(
    locale,
    listFormats,
    () => new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }),
  ).format(items);
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
const listFormats = new Map<string, Intl.ListFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(key: string, cache: Map<string, T>, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * `da` → `da-DK`, so Intl picks Danish conventions even where the bare tag is ambiguous. Arabic
 * keeps Latin digits (`ar-u-nu-latn`): its sentences stand beside a chart drawn with them, and
 * "3.8" must read as the 3.8 on the axis.
 */
export function intlLocale(locale: string): string {
  const resolved = secondLanguageFor(locale)?.locale ?? resolveLocale(locale);
  if (resolved === 'da') return 'da-DK';
  if (resolved === 'en') return 'en-GB';
  if (resolved === 'ar') return 'ar-u-nu-latn';
  return resolved;
}

/** `12. oktober` / `12 October`; the year is added when it differs from `referenceYear`. */
export function formatDay(locale: string, isoDate: string, referenceYear?: number): string {
  const [y = 1970, m = 1, d = 1] = isoDate.slice(0, 10).split('-').map(Number);
  const withYear = referenceYear !== undefined && referenceYear !== y;
  const c = conventionsOf(locale);
  if (c) return `${c.day(d, c.months[m - 1] ?? '')}${withYear ? ` ${y}` : ''}`;
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
  const t = wordsFor(locale);
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  if (week) return t.period.week(Number(week[2]), Number(week[1]));
  const half = /^(\d{4})-H([12])$/.exec(key);
  if (half) return t.period.halfYear(Number(half[2]), Number(half[1]));
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    const c = conventionsOf(locale);
    const name = c?.months[Number(month[2]) - 1];
    if (name !== undefined) return `${name} ${Number(month[1])}`;
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
  const c = conventionsOf(locale);
  if (c) {
    const short = (ms: number) => c.monthsShort[new Date(ms).getUTCMonth()] ?? '';
    const year = (ms: number) => String(new Date(ms).getUTCFullYear());
    return { month: short, monthYear: (ms) => `${short(ms)} ${year(ms)}`, year };
  }
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
