import type { da } from './da.js';

/** The shape of a translation: Danish is the reference, every other language must match it. */
export type Translation = typeof da;

/** The languages the kit ships complete. More can be added with `registerTranslation`. */
export type BuiltInLocale = 'da' | 'en';
