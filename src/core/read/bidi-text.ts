/**
 * Host text can carry right-to-left letters or bidi controls (U+202E reverses everything after
 * it). Where host text goes into a plain string (a validation message, an aria-label), it is
 * wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it holds anything that could
 * reorder the words around it; the elements draw such a run in a `<bdi>`.
 */

/** Right-to-left letters and the bidi controls that can reorder the text around them. */
const bidiSensitive = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const isolateControls = /[\u2066-\u2069]/g;

/** True when `text` could reorder the words around it. */
export function isBidiSensitive(text: string): boolean {
  return bidiSensitive.test(text);
}

/** `text` in U+2068 … U+2069 when it is bidi-sensitive (its own isolate marks removed first), else as it is. */
export function isolateIfSensitive(text: string): string {
  return bidiSensitive.test(text) ? `\u2068${text.replace(isolateControls, '')}\u2069` : text;
}
