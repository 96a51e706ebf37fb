// Shared by the element tests of a phone at 200 % text size: the page's root font size doubled (what
// a phone's larger-text setting does to every rem) at a real viewport, and what to measure there.
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Updating } from './mount.js';

/** The two phones the issue names: 360 × 640 and 390 × 844 CSS px. */
export const phones = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
] as const;

/**
 * `tag` with `properties` and `attributes` straight in the page (no wrapper of a set width), at
 * `width` × `height` with the root font size at 200 %, after its first draw and the redraw a frame
 * later. `restoreTextZoom` in an `afterEach` puts the page back.
 */
export async function mountAtTextZoom(
  tag: string,
  phone: { readonly width: number; readonly height: number },
  properties: Record<string, unknown>,
  attributes: Record<string, string> = {},
): Promise<Updating> {
  await setViewport({ width: phone.width, height: phone.height });
  document.documentElement.style.fontSize = '200%';
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as Updating;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
  wrapper.append(el);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

export async function restoreTextZoom(): Promise<void> {
  document.documentElement.style.fontSize = '';
  await setViewport({ width: 800, height: 600 });
}

/** Every text node in `root` with something to read, shadow roots of nested elements not included. */
function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The nearest box that holds `node`: its parent element, or the host for a top-level node. */
function boxOf(node: Node, host: Element): Element {
  return node.parentElement ?? host;
}

/** Whether `node` is only for screen readers: inside a box of at most 1 px (the visually hidden pattern). */
function isVisuallyHidden(node: Node): boolean {
  for (let at = node.parentElement; at; at = at.parentElement) {
    const box = at.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) return true;
  }
  return false;
}

/**
 * What sticks out: each text whose drawn words pass the right edge of the element that holds
 * them (a long word that did not break), and each element whose right edge passes its parent's,
 * or the host's. Returns a line per finding, so an empty list is the pass; `counted` says how many
 * texts were measured (a test asserts it is not zero).
 */
export function overflowsIn(host: HTMLElement): { found: string[]; counted: number } {
  const root = host.shadowRoot!;
  const found: string[] = [];
  const texts = textNodes(root).filter(
    (node) => node.parentElement?.closest('style, svg') == null && !isVisuallyHidden(node),
  );
  for (const node of texts) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = boxOf(node, host).getBoundingClientRect();
    for (const line of range.getClientRects()) {
      if (line.width > 0 && (line.right > box.right + 0.5 || line.left < box.left - 0.5))
        found.push(
          `text "${node.textContent!.trim().slice(0, 40)}" ${line.left}–${line.right} in ${box.left}–${box.right}`,
        );
    }
  }
  const hostBox = host.getBoundingClientRect();
  for (const node of root.querySelectorAll<HTMLElement>('*')) {
    if (node.closest('style')) continue;
    const box = node.getBoundingClientRect();
    if ((box.width === 0 && box.height === 0) || isVisuallyHidden(node)) continue;
    const parent = (node.parentElement ?? host).getBoundingClientRect();
    if (box.right > parent.right + 0.5 || box.right > hostBox.right + 0.5)
      found.push(
        `${node.localName}.${node.getAttribute('class') ?? ''} "${(node.textContent ?? '').trim().slice(0, 40)}" right ${box.right} past ${Math.min(parent.right, hostBox.right)}`,
      );
  }
  return { found, counted: texts.length };
}

/** Targets (buttons, fields, a radio's or checkbox's label) smaller than 44 × 44 CSS px. */
export function smallTargetsIn(
  host: HTMLElement,
  selector = 'button, a[href], select, textarea, input:not([type="radio"], [type="checkbox"], [type="hidden"])',
  labels = 'label:has(> input[type="radio"]), label:has(> input[type="checkbox"])',
): { found: string[]; counted: number } {
  const root = host.shadowRoot!;
  const targets = [...root.querySelectorAll<HTMLElement>(`${selector}, ${labels}`)].filter(
    (node) => node.getClientRects().length > 0,
  );
  const found = targets
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.width < 44 || box.height < 44;
    })
    .map((node) => {
      const box = node.getBoundingClientRect();
      return `${node.localName} "${(node.textContent ?? '').trim().slice(0, 30)}" ${box.width}×${box.height}`;
    });
  return { found, counted: targets.length };
}

/**
 * Each "4 af 5" / "3,0 of 5" in the element's text that a line break parts: the number's line
 * and the "af 5"'s line told by the range's client rects, one rect per line. `counted` is how many
 * were found (a test asserts it is not zero).
 */
export function partedScoresIn(host: HTMLElement): { found: string[]; counted: number } {
  const found: string[] = [];
  let counted = 0;
  for (const node of textNodes(host.shadowRoot!)) {
    for (const match of node.textContent!.matchAll(/\d+(?:[.,]\d+)?\s(?:af|of)\s\d+/g)) {
      counted += 1;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set(
        [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
      );
      if (tops.size !== 1) found.push(`"${match[0]}" on ${tops.size} lines`);
    }
  }
  return { found, counted };
}

/**
 * Siblings in `parents` (each a column: one child under the other) whose boxes overlap: each child's
 * top must be at or below the bottom of the one before.
 */
export function overlapsIn(host: HTMLElement, parents: string): { found: string[]; counted: number } {
  const found: string[] = [];
  let counted = 0;
  for (const parent of host.shadowRoot!.querySelectorAll<HTMLElement>(parents)) {
    // In the flow only: not a style, nor a box taken out of it (an empty live region, 1 px, at the top).
    const children = [...parent.children].filter(
      (c) =>
        c.getClientRects().length > 0 &&
        c.localName !== 'style' &&
        !['absolute', 'fixed'].includes(getComputedStyle(c).position),
    );
    for (let i = 1; i < children.length; i += 1) {
      counted += 1;
      const before = children[i - 1]!.getBoundingClientRect();
      const now = children[i]!.getBoundingClientRect();
      if (now.top < before.bottom - 0.5)
        found.push(
          `${parent.localName}.${parent.className}: child ${i} top ${now.top} above ${before.bottom}`,
        );
    }
  }
  return { found, counted };
}
