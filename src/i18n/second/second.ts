/**
 * The young person's language for a conversation's second line (`second-locale`): a complete
 * language, or one the kit has only a second line in (Arabic and Ukrainian drafts). Only the
 * conversation guide shows second lines, so only it carries these words.
 */
import { ar } from './ar.js';
import { conversationWords } from '../conversation/words.js';
import { resolveLocale, wordsFor, type secondLineLocales } from '../locale.js';
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
export function secondLanguageFor(
  requested: string | null | undefined,
): { readonly locale: string; readonly t: SecondLanguage } | undefined {
  const tag = (requested ?? '').trim().toLowerCase();
  if (tag === '') return undefined;
  for (const code of [tag, tag.split('-')[0] ?? '']) {
    // A complete language the conversation can speak (registered, or da/en) comes first.
    if (resolveLocale(code, conversationWords) === code) {
      return { locale: code, t: wordsFor(code, conversationWords) };
    }
    const draft = secondLanguages.get(code);
    if (draft) return { locale: code, t: draft };
  }
  return undefined;
}
