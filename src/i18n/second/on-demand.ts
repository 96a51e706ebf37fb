/**
 * A second line's words on demand: the guide loads a draft's words (Arabic, Ukrainian) only when
 * its `second-locale` names that language, each draft a module of its own, loaded once. A complete
 * language (registered, or da/en) needs no loading: its conversation words are already there.
 */
import { conversationWords } from '../conversation/words.js';
import { resolveLocale, wordsFor, type secondLineLocales } from '../locale.js';
import type { SecondLanguage } from '../translation.js';

/** A second language found: its tag and words. */
export interface FoundSecondLanguage {
  readonly locale: string;
  readonly t: SecondLanguage;
}

/**
 * The young person's language for a conversation's second line: a complete language (its words)
 * or one of `drafts` (its code and what `drafts` holds for it), matched like `resolveLocale`
 * (`ar-SY` → `ar`); undefined when there is neither.
 */
export function matchSecondLanguage<D>(
  requested: string | null | undefined,
  drafts: ReadonlyMap<string, D>,
): FoundSecondLanguage | { readonly locale: string; readonly draft: D } | undefined {
  const tag = (requested ?? '').trim().toLowerCase();
  if (tag === '') return undefined;
  for (const code of [tag, tag.split('-')[0] ?? '']) {
    // A complete language the conversation can speak (registered, or da/en) comes first.
    if (resolveLocale(code, conversationWords) === code) {
      return { locale: code, t: wordsFor(code, conversationWords) };
    }
    const draft = drafts.get(code);
    if (draft !== undefined) return { locale: code, draft };
  }
  return undefined;
}

/** Each draft's words, loaded as a module of its own when first named. */
const loaders: Readonly<Record<(typeof secondLineLocales)[number], () => Promise<SecondLanguage>>> = {
  ar: async () => (await import('./ar.js')).ar,
  uk: async () => (await import('./uk.js')).uk,
};
// A Map, so a tag such as `constructor` finds nothing rather than an Object's own property.
const loaderOf = new Map<string, () => Promise<SecondLanguage>>(Object.entries(loaders));
const loaded = new Map<string, SecondLanguage>();
const loading = new Map<string, Promise<void>>();

/**
 * The second language as it can be shown now: a complete language, or a draft whose words have
 * loaded; undefined while a draft's words load, or when the kit has no words in it.
 */
export function secondLanguageNow(requested: string | null | undefined): FoundSecondLanguage | undefined {
  const found = matchSecondLanguage(requested, loaderOf);
  if (!found || 't' in found) return found;
  const t = loaded.get(found.locale);
  return t && { locale: found.locale, t };
}

/**
 * Loads the words of the draft `requested` names, once: a promise that settles when they are
 * there (`secondLanguageNow` gives them then), or undefined when nothing is to load. It never
 * rejects: a draft that fails to load is shown as none (nothing beneath), and is tried again the
 * next time it is named.
 */
export function loadSecondLanguage(requested: string | null | undefined): Promise<void> | undefined {
  const found = matchSecondLanguage(requested, loaderOf);
  if (!found || 't' in found || loaded.has(found.locale)) return undefined;
  const { locale, draft: load } = found;
  const pending =
    loading.get(locale) ??
    load().then(
      (t) => {
        loaded.set(locale, t);
        loading.delete(locale);
      },
      () => {
        loading.delete(locale);
      },
    );
  loading.set(locale, pending);
  return pending;
}
