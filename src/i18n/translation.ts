import type { da } from './da.js';

/**
 * The shape of a translation: every element's strings. Danish is the reference; every other
 * language must match it, so a missing key fails the type check.
 */
export type Translation = typeof da;

/** The languages the kit ships complete. More can be added with `registerLocale`. */
export type BuiltInLocale = 'da' | 'en';

/**
 * The words a conversation shows beneath each line in the young person's language
 * (`second-locale`): the change sentences (with the windows and periods they name) and the
 * choices' words. A full `Translation` has them all; the kit ships them alone for `ar` and `uk`.
 */
export type SecondLanguage = Pick<Translation, 'language' | 'summary' | 'window' | 'period'> & {
  readonly conversation: Pick<
    Translation['conversation'],
    'whole' | 'now' | 'noValue' | 'change' | 'steady' | 'lastFocus' | 'focus' | 'answer'
  >;
};

/** A writing direction, as the `dir` attribute says it. */
export type Direction = 'ltr' | 'rtl';
