// The conversation guide as a person meets it: its prompt and progress text, focus by Tab, and typing
// an answer.
import { sendKeys } from '@web/test-runner-commands';

/** A shadow-root query that fails loudly. */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** The prompt's own words; the heading also says "Step 2 of 4" (visually hidden) before them. */
export const promptText = (el: Element) =>
  (el.shadowRoot?.querySelector('#prompt-text') ?? $(el, '#prompt')).textContent?.trim() ?? '';
export const progressText = (el: Element) =>
  el.shadowRoot?.querySelector('.progress-text')?.textContent?.trim() ?? '';

/** Presses Tab until the element's focused control matches `selector` (at most 40 times). */
export async function tabTo(el: Element, selector: string, key = 'Tab'): Promise<HTMLElement> {
  for (let i = 0; i < 40; i += 1) {
    const active = el.shadowRoot?.activeElement;
    if (active instanceof HTMLElement && active.matches(selector)) return active;
    if (key === 'Shift+Tab') {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    } else {
      await sendKeys({ press: key });
    }
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Types into the answer as a person would, with the input events a textarea fires. */
export function typeAnswer(el: Element, text: string): void {
  const area = $<HTMLTextAreaElement>(el, 'textarea');
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
