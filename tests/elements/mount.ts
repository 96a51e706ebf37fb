// Shared by the element tests: an element mounted the way a page would, and the colours the
// browser resolves in forced-colours mode.
import { fixture, html } from '@open-wc/testing';

export type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * `tag` in a container `width` px wide, with `attributes` and `data` in Danish, after its first
 * draw and the redraw at its measured width (a frame later).
 */
export async function mountSized(
  tag: string,
  data: unknown,
  width: number,
  attributes: Record<string, string> = {},
): Promise<Updating> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement(tag) as Updating;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, { data, locale: 'da' });
  wrapper.append(el);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

/** A system colour as the browser resolves it now, to compare with a computed colour. */
export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}
