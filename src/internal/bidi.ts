import { html, type TemplateResult } from 'lit';

/**
 * Host text (a name, a company, a framework's label, a note) can carry right-to-left letters or
 * bidi controls such as U+202E, which would reverse the kit's words after it. Each piece of host
 * text therefore stands in its own bidi isolate, in HTML as <bdi>, in SVG as a tspan of class
 * `isolate` (`unicode-bidi: isolate` in the chart styles).
 */

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

/** Right-to-left letters and the bidi controls that can reorder the text around them. */
const bidiSensitive = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * Host text inside an attribute (an `aria-label`), where no element can isolate it: wrapped in
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it holds anything that could reorder the
 * words around it, and left as it is otherwise.
 */
export function isolateInAttribute(text: string): string {
  return bidiSensitive.test(text) ? `\u2068${text}\u2069` : text;
}
