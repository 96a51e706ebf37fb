/**
 * How every element finds its language and writes numbers, dates and periods in it, without the
 * words themselves: an element brings its own built-in words (`BuiltInWords`, from
 * `charts/words.ts`, `form/words.ts`, `conversation/words.ts` or `programme/words.ts`), so a page
 * imports only the areas it shows.
 * `index.ts` is the whole of i18n (every table, `registerLocale`, `translationFor`).
 */
import { daCommon } from './common/da.js';
import { enCommon } from './common/en.js';
import { conventions as tables, writeList, writeNumber, type Conventions } from './conventions.js';
import type {
  BuiltInWords,
  CommonTranslation,
  Direction,
  SecondLanguage,
  Translation,
} from './translation.js';

/** The languages the kit ships complete: an element can speak each of them. */
const builtIn = ['da', 'en'] as const;

/**
 * The languages the kit has only a conversation's second line in (`second-locale`, words in
 * `second/second.ts`): drafts for a native speaker's review. An element never speaks one of these; a
 * registered complete language of the same code takes their place.
 */
export const secondLineLocales = ['ar', 'uk'] as const;

/**
 * The registered languages (`registerLocale`): a complete `Translation`, or, from the charts
 * bundle, the charts' areas of one. An element speaks a registered language when it has every
 * area the element shows; a registered `da` or `en` replaces the built-in one.
 */
const registered = new Map<string, Readonly<Partial<Translation>>>();

/**
 * Adds (or replaces) a language; `index.ts` and `charts/words.ts` give it the type a host sees (a
 * complete `Translation`, or the charts' areas). Elements re-render on their next update.
 */
export function registerWords(code: string, messages: Readonly<Partial<Translation>>): void {
  registered.set(code.trim().toLowerCase(), messages);
  registrations += 1;
}

let registrations = 0;

/**
 * How many times a language has been registered: what was worked out with the words of a
 * language (a chart's model, its titles and sentences) is worked out again when this changes.
 */
export function registrationCount(): number {
  return registrations;
}

/**
 * Whether a registered table has every word of `reference` (an element's built-in Danish words),
 * all the way down, each of the same kind (a string, a function, a list, an area): a host's table
 * with `conversation: undefined`, or an area missing one sentence, would make an element throw
 * mid-render. Such a table is not spoken; the element falls back as for an unknown language.
 * Checked once per pair of tables.
 */
function covers(table: object, reference: object): boolean {
  let checked = coverage.get(table);
  if (!checked) coverage.set(table, (checked = new WeakMap()));
  let isCovered = checked.get(reference);
  if (isCovered === undefined) checked.set(reference, (isCovered = hasEveryWord(table, reference)));
  return isCovered;
}

const coverage = new WeakMap<object, WeakMap<object, boolean>>();

function hasEveryWord(table: unknown, reference: unknown): boolean {
  if (typeof reference !== 'object' || reference === null) return typeof table === typeof reference;
  if (typeof table !== 'object' || table === null || Array.isArray(table) !== Array.isArray(reference)) {
    return false;
  }
  const own = table as Readonly<Record<string, unknown>>;
  for (const [key, word] of Object.entries(reference)) {
    if (!(key in own) || !hasEveryWord(own[key], word)) return false;
  }
  return true;
}

/** Whether `code` is a language the element with these built-in words can speak (any element, without them). */
function speaks(code: string, words?: BuiltInWords<CommonTranslation>): boolean {
  const own = registered.get(code);
  if (own && (!words || covers(own, words.da))) return true;
  return (builtIn as ReadonlyArray<string>).includes(code);
}

/**
 * The best match for a BCP 47 tag: the exact tag, then its language (`en-GB` → `en`), then Danish.
 * With an element's built-in words, only the languages that have all its areas count.
 */
export function resolveLocale(
  requested: string | null | undefined,
  words?: BuiltInWords<CommonTranslation>,
): string {
  const tag = (requested ?? '').trim().toLowerCase();
  if (speaks(tag, words)) return tag;
  const language = tag.split('-')[0] ?? '';
  if (speaks(language, words)) return language;
  return 'da';
}

/**
 * An element's words in `locale` (a tag `resolveLocale` gave with the same words): the registered
 * language's, else the built-in ones, else Danish.
 */
export function wordsFor<Words extends CommonTranslation>(locale: string, words: BuiltInWords<Words>): Words {
  const own = registered.get(locale);
  // A registered table with every area of these words (checked) is these words.
  if (own && covers(own, words.da)) return own as unknown as Words;
  return locale === 'en' ? words.en : words.da;
}

/** The words every element shows (the error state of bad data, the periods). */
const commonWords: BuiltInWords<CommonTranslation> = { da: daCommon, en: enCommon };

/**
 * The language a number, date or list is written in: a language an element can speak or one the
 * kit has a second line in (`ar-SY` → `ar`), else Danish.
 */
function writtenLocale(locale: string): string {
  const tag = locale.trim().toLowerCase();
  for (const code of [tag, tag.split('-')[0] ?? '']) {
    if (speaks(code) || (secondLineLocales as ReadonlyArray<string>).includes(code)) return code;
  }
  return 'da';
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

// The kit's own languages are known: a page in Danish or English never pays for Intl.Locale's text
// info (the first call loads locale data, a few milliseconds on a cold page).
const directions = new Map<string, Direction>([
  ['da', 'ltr'],
  ['en', 'ltr'],
]);

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
  const resolved = writtenLocale(locale);
  return resolved === 'da' || resolved === 'en' ? tables[resolved] : undefined;
}

/** A list as the language writes one: "a, b og c", "a، b و c", "a, b і c". */
export function formatList(locale: string, items: ReadonlyArray<string>): string {
  const c = conventionsOf(locale);
  if (c) return writeList(c, items);
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
  const resolved = writtenLocale(locale);
  if (resolved === 'da') return 'da-DK';
  if (resolved === 'en') return 'en-GB';
  if (resolved === 'ar') return 'ar-u-nu-latn';
  // A host may register words under a code Intl refuses (`x-test`): its numbers and dates are
  // written in Danish rather than thrown into the host page mid-render.
  return isIntlTag(resolved) ? resolved : 'da-DK';
}

const intlTags = new Map<string, boolean>();

function isIntlTag(tag: string): boolean {
  let isValid = intlTags.get(tag);
  if (isValid === undefined) {
    try {
      isValid = Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      isValid = false;
    }
    intlTags.set(tag, isValid);
  }
  return isValid;
}

/**
 * `12. oktober` / `12 October`; the year is added when it differs from `referenceYear`. `short`
 * gives `12. okt.` / `12 Oct`: for the byline under an example, where the date is by the way.
 */
export function formatDay(
  locale: string,
  isoDate: string,
  referenceYear?: number,
  month: 'long' | 'short' = 'long',
): string {
  const [y = 1970, m = 1, d = 1] = isoDate.slice(0, 10).split('-').map(Number);
  const withYear = referenceYear !== undefined && referenceYear !== y;
  const c = conventionsOf(locale);
  if (c)
    return `${c.day(d, (month === 'short' ? c.monthsShort : c.months)[m - 1] ?? '')}${withYear ? ` ${y}` : ''}`;
  return cached(
    `${locale}|day|${withYear}|${month}`,
    dateFormats,
    () =>
      new Intl.DateTimeFormat(intlLocale(locale), {
        day: 'numeric',
        month,
        ...(withYear ? { year: 'numeric' } : {}),
        timeZone: 'UTC',
      }),
  ).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * A period key as words: `2026-W09` → "uge 9, 2026", `2026-03` → "marts 2026",
 * `2026-H1` → "1. halvår 2026". Unknown keys are returned as they are. The words are those of the
 * language an element speaks; a conversation's second line passes its own (`period`).
 */
export function formatPeriod(
  locale: string,
  key: string,
  period: SecondLanguage['period'] = wordsFor(resolveLocale(locale, commonWords), commonWords).period,
): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  if (week) return period.week(Number(week[2]), Number(week[1]));
  const half = /^(\d{4})-H([12])$/.exec(key);
  if (half) return period.halfYear(Number(half[2]), Number(half[1]));
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
