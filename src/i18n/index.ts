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
  return new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** `da` → `da-DK`, so Intl picks Danish conventions even where the bare tag is ambiguous. */
export function intlLocale(locale: string): string {
  const resolved = resolveLocale(locale);
  if (resolved === 'da') return 'da-DK';
  if (resolved === 'en') return 'en-GB';
  return resolved;
}
