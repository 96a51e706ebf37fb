// Shared by the element tests of chart labels at 200 % text: every text an element draws in SVG,
// how large it is drawn, and which labels overlap one another or leave their drawing.
import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { Updating } from './mount.js';

/** Every `<text>` drawn in the element's SVGs that has something to read and is laid out. */
export function svgTextsIn(host: Updating): SVGTextElement[] {
  return [...host.shadowRoot!.querySelectorAll<SVGTextElement>('svg text')].filter(
    (text) => (text.textContent ?? '').trim() !== '' && text.getClientRects().length > 0,
  );
}

/** The computed font sizes of the element's SVG texts, px, each once, smallest first. */
export function svgFontSizesIn(host: Updating): number[] {
  return [...new Set(svgTextsIn(host).map((text) => parseFloat(getComputedStyle(text).fontSize)))].sort(
    (a, b) => a - b,
  );
}

const said = (text: Element) => `"${(text.textContent ?? '').trim().slice(0, 24)}"`;

/**
 * Labels that clash: each pair of texts in one SVG whose drawn boxes overlap (by more than half a
 * px), and each text whose box passes its SVG's edge. `counted` is how many texts were measured.
 */
export function svgLabelClashesIn(host: Updating): { found: string[]; counted: number } {
  const found: string[] = [];
  const texts = svgTextsIn(host);
  const bySvg = new Map<SVGSVGElement, SVGTextElement[]>();
  for (const text of texts) {
    const svg = text.ownerSVGElement!;
    bySvg.set(svg, [...(bySvg.get(svg) ?? []), text]);
  }
  for (const [svg, inSvg] of bySvg) {
    const frame = svg.getBoundingClientRect();
    const boxes = inSvg.map((text) => text.getBoundingClientRect());
    inSvg.forEach((text, i) => {
      const box = boxes[i]!;
      if (
        box.left < frame.left - 0.5 ||
        box.right > frame.right + 0.5 ||
        box.top < frame.top - 0.5 ||
        box.bottom > frame.bottom + 0.5
      )
        found.push(
          `${said(text)} ${box.left}–${box.right} × ${box.top}–${box.bottom} outside ${frame.left}–${frame.right} × ${frame.top}–${frame.bottom}`,
        );
      for (let j = i + 1; j < inSvg.length; j += 1) {
        const other = boxes[j]!;
        const across = Math.min(box.right, other.right) - Math.max(box.left, other.left);
        const down = Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top);
        if (across > 0.5 && down > 0.5) found.push(`${said(text)} overlaps ${said(inSvg[j]!)}`);
      }
    });
  }
  return { found, counted: texts.length };
}

/** The computed font size of the element's SVG texts by their class (`''` for none), px. */
export function svgFontSizesByClass(host: Updating): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const text of svgTextsIn(host))
    sizes.set(text.getAttribute('class') ?? '', parseFloat(getComputedStyle(text).fontSize));
  return sizes;
}

/**
 * The font size of each text the element shows (its SVG labels and its HTML text alike), px, in
 * document order, one per text node with something to read (styles left out). Shadow roots of
 * nested elements are not entered.
 */
export function textSizesIn(host: Updating): number[] {
  const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
  const sizes: number[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !(node.textContent ?? '').trim() || parent.closest('style')) continue;
    sizes.push(parseFloat(getComputedStyle(parent).fontSize));
  }
  return sizes;
}

/** Mounts `template` at 768×1024 with the root text at `rootSize` ('' is 100 %), as text-only zoom does. */
async function mountWithRootText(rootSize: string, template: TemplateResult): Promise<Updating> {
  await setViewport({ width: 768, height: 1024 });
  document.documentElement.style.fontSize = rootSize;
  return fixture<Updating>(template);
}

/** Puts the root text size and the viewport back after a test of text at 200 %. */
export async function resetRootText(): Promise<void> {
  document.documentElement.style.fontSize = '';
  await setViewport({ width: 800, height: 600 });
}

/**
 * WCAG 1.4.4 with text-only zoom: the element `template` draws shows at least `least` texts, none
 * below 12 px, and each is exactly twice as large with the root text at 200 %. Gives the element
 * drawn at 200 % (for the caller's axe check).
 */
export async function expectTextsDoubled(template: () => TemplateResult, least: number): Promise<Updating> {
  const plain = await mountWithRootText('', template());
  const before = textSizesIn(plain);
  expect(before.length, 'texts').to.be.at.least(least);
  expect(Math.min(...before), 'no text below 12 px').to.be.at.least(12);
  plain.remove();
  const zoomed = await mountWithRootText('200%', template());
  expect(textSizesIn(zoomed)).to.deep.equal(before.map((size) => size * 2));
  return zoomed;
}
