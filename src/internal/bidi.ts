import { html, type TemplateResult } from 'lit';

/**
 * Host text (a name, a company, a framework's label, a note) can carry right-to-left letters or
 * bidi controls such as U+202E, which would reverse the kit's words after it. Each piece of host
 * text therefore stands in its own bidi isolate, in HTML as <bdi>, in SVG as a tspan of class
 * `isolate` (`unicode-bidi: isolate` in the chart styles).
 */

/**
 * One way to isolate host text inside a sentence: mark it with `isolate()` where it goes into the
 * sentence (the functions that build sentences take a `mark`, `isolate` here), and draw the
 * sentence with `withIsolates()`. In an attribute, where no element can isolate, the marks stay
 * (core's `isolateIfSensitive`, which marks only text that could reorder the words around it).
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
