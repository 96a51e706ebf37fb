/**
 * The young person's language for a conversation's second line (`second-locale`): a complete
 * language, or one the kit has only a second line in (Arabic and Ukrainian drafts), every draft's
 * words at once, for the public entry. The guide loads a draft's words only when it is named
 * (`on-demand.ts`).
 */
import { ar } from './ar.js';
import type { secondLineLocales } from '../locale.js';
import { matchSecondLanguage, type FoundSecondLanguage } from './on-demand.js';
import type { SecondLanguage } from '../translation.js';
import { uk } from './uk.js';

/** The second-line drafts, by code (`locale.ts` lists the codes: numbers and dates are written in them). */
const drafts: Readonly<Record<(typeof secondLineLocales)[number], SecondLanguage>> = { ar, uk };
// A Map, so a tag such as `constructor` finds nothing rather than an Object's own property.
const secondLanguages = new Map<string, SecondLanguage>(Object.entries(drafts));

/**
 * The young person's language for a conversation's second line: a complete language or one the
 * kit has a second line in, matched like `resolveLocale` (`ar-SY` → `ar`); undefined when the kit
 * has no words in it (nothing is shown beneath then, rather than Danish twice).
 */
export function secondLanguageFor(requested: string | null | undefined): FoundSecondLanguage | undefined {
  const found = matchSecondLanguage(requested, secondLanguages);
  return found && 'draft' in found ? { locale: found.locale, t: found.draft } : found;
}
