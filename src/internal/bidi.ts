import { html, type TemplateResult } from 'lit';

/**
 * Host text (names, companies, notes, labels, prompts) may hold right-to-left overrides such as
 * U+202E: unisolated, it reverses the kit's own words after it. Every piece of host text is shown
 * in its own bidi isolate: alone, in a `<bdi>`; inside a localized sentence, marked with
 * `isolate()` and drawn by `withIsolates()`, which turns each marked part into a `<bdi>`.
 */
const first = '\u2068';
const pop = '\u2069';
const isolateControls = /[\u2066-\u2069]/g;
const isolated = /\u2068([^\u2068\u2069]*)\u2069/g;

/** Marks host text inside a sentence (U+2068 … U+2069); marks already in it are removed first, and
 * empty text stays empty, so a sentence that leaves out a missing name still does. */
export function isolate(text: string): string {
  return text === '' ? '' : `${first}${text.replace(isolateControls, '')}${pop}`;
}

/** A sentence with `isolate()`d parts, drawn with each part in a `<bdi>`. */
export function withIsolates(text: string): string | Array<string | TemplateResult> {
  if (!text.includes(first)) return text;
  const parts: Array<string | TemplateResult> = [];
  let last = 0;
  for (const match of text.matchAll(isolated)) {
    parts.push(text.slice(last, match.index), html`<bdi>${match[1]}</bdi>`);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** Host text on its own, in a `<bdi>`. */
export const bdi = (text: string): TemplateResult => html`<bdi>${text}</bdi>`;
