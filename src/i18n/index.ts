/**
 * The whole of i18n, for the public entry and the everything bundle: every table, `registerLocale`
 * for a complete language and `translationFor`. Elements import less: `locale.ts` and the words of
 * their own areas (`charts/words.ts`, `form/words.ts`, `conversation/words.ts`,
 * `programme/words.ts`, `log/words.ts`, the guide `second/on-demand.ts`), so a single-file bundle of charts carries only the
 * charts' words.
 */
import { ar } from './second/ar.js';
import { da } from './da.js';
import { en } from './en.js';
import { formatPeriod as formatPeriodIn, registerWords, resolveLocale, wordsFor } from './locale.js';
import { secondLanguageFor } from './second/second.js';
import type { BuiltInWords, Translation } from './translation.js';
import { uk } from './second/uk.js';

export type {
  Translation,
  BuiltInLocale,
  Direction,
  SecondLanguage,
  BuiltInWords,
  CommonTranslation,
  ChartsTranslation,
  FormTranslation,
  ConversationTranslation,
  ProgrammeTranslation,
  LogTranslation,
} from './translation.js';
export {
  directionOf,
  formatDay,
  formatList,
  formatNumber,
  formatPercent,
  intlLocale,
  resolveLocale,
  tickLabelsFor,
} from './locale.js';
export { secondLanguageFor };
export { ar, da, en, uk };

const complete: BuiltInWords<Translation> = { da, en };

/**
 * Adds (or replaces) a language for every element's strings. `code` is a BCP 47 tag such as `so`,
 * `pl` or `de-AT`; `messages` has every key `da` has (the compiler checks). Elements that speak it
 * (by `locale` or the page's `lang`) re-render on their next update; set `lang` after registering.
 */
export function registerLocale(code: string, messages: Translation): void {
  registerWords(code, messages);
}

/** The first name of `registerLocale`, kept for hosts that use it. */
export const registerTranslation = registerLocale;

/** Every word of a complete language (`resolveLocale` decides which): Danish when it has none. */
export function translationFor(locale: string): Translation {
  return wordsFor(resolveLocale(locale, complete), complete);
}

/**
 * A period key as words (`2026-W09` → "uge 9, 2026") in any language the kit has words in, the
 * second-line drafts too (`ar` → "الأسبوع 9، 2026").
 */
export function formatPeriod(locale: string, key: string): string {
  return formatPeriodIn(locale, key, secondLanguageFor(locale)?.t.period);
}
