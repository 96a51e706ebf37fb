// The log as a person meets it: its fields, its entries and their buttons.
import { $ } from '../spor-conversation-guide/guide-controls.js';

export { $, tabTo } from '../spor-conversation-guide/guide-controls.js';

/** The entries shown, in order: each one's id. */
export const entryIds = (el: Element): string[] =>
  [...(el.shadowRoot?.querySelectorAll<HTMLElement>('.entry') ?? [])].map((e) => e.dataset['id'] ?? '');

/** A button (`edit`, `delete`, `yes`, `no`) of the entry `id`; fails loudly when there is none. */
export function entryButton(el: Element, id: string, action: string): HTMLButtonElement {
  const entry = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('.entry') ?? [])].find(
    (e) => e.dataset['id'] === id,
  );
  const button = entry?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  if (!button) throw new Error(`no ${action} button on ${id}`);
  return button;
}

/** Types into the text field as a person would, with the input event a textarea fires. */
export function write(el: Element, text: string): void {
  const area = $<HTMLTextAreaElement>(el, '#text');
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The text of a shadow-root element, spaces folded. */
export const textOf = (el: Element, selector: string): string =>
  ($(el, selector).textContent ?? '').replace(/\s+/g, ' ').trim();
