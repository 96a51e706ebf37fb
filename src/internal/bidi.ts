import { html, type TemplateResult } from 'lit';
import { isolateIfSensitive } from '../core/read/bidi-text.js';

/**
 * Host text (a name, a company, a framework's label, a note) can carry right-to-left letters or
 * bidi controls such as U+202E, which would reverse the kit's words after it. Each piece of host
 * text therefore stands in its own bidi isolate, in HTML as <bdi>, in SVG as a tspan of class
 * `isolate` (`unicode-bidi: isolate` in the chart styles).
 */

/**
 * Two ways to isolate host text inside a sentence: mark it with `isolate()` where the sentence is
 * built (robust: the marks travel with the text) and draw it with `withIsolates()`; or find the
 * known host texts again with `isolateIn()` where the sentence comes ready-made from elsewhere.
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

/** Host text in its own isolate. */
export function bdi(text: string): TemplateResult {
  return html`<bdi>${text}</bdi>`;
}

/**
 * A sentence the kit built around host text (a title with the young person's name, a summary with
 * a trait's label), with each host text in it isolated: the i18n functions concatenate, so the
 * pieces are found again in what they made. Text stays text; `textContent` is unchanged.
 */
export function isolateIn(
  sentence: string,
  hostTexts: ReadonlyArray<string>,
): Array<string | TemplateResult> {
  const pieces = [...new Set(hostTexts.filter((text) => text !== ''))];
  const parts: Array<string | TemplateResult> = [];
  let rest = sentence;
  for (;;) {
    let at = -1;
    let found = '';
    for (const piece of pieces) {
      const index = rest.indexOf(piece);
      // The earliest piece, and the longest of those that start there ("Simon Bo" before "Simon").
      if (index >= 0 && (at < 0 || index < at || (index === at && piece.length > found.length))) {
        at = index;
        found = piece;
      }
    }
    if (at < 0) break;
    if (at > 0) parts.push(rest.slice(0, at));
    parts.push(bdi(found));
    rest = rest.slice(at + found.length);
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

/**
 * Host text inside an attribute (an `aria-label`), where no element can isolate it: wrapped in
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it holds anything that could reorder the
 * words around it, and left as it is otherwise.
 */
export const isolateInAttribute = isolateIfSensitive;
