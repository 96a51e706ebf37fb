// The assessment form as a person meets it: its groups, radios and fields found in the shadow root,
// and the keyboard and typing that fill it.
import { sendKeys } from '@web/test-runner-commands';
import type { SporAssessmentForm } from '../../../src/elements/spor-assessment-form/spor-assessment-form.component.js';

export const root = (el: SporAssessmentForm) => el.shadowRoot!;

export const groups = (el: SporAssessmentForm) => [
  ...root(el).querySelectorAll<HTMLElement>('[role="radiogroup"]'),
];

export const group = (el: SporAssessmentForm, itemId: string) =>
  root(el).querySelector<HTMLElement>(`[role="radiogroup"][data-item="${itemId}"]`)!;

export const radios = (el: SporAssessmentForm, itemId: string) => [
  ...group(el, itemId).querySelectorAll<HTMLButtonElement>('[role="radio"]'),
];

/** The radio named by its accessible name's start: "4" finds "4 – Often", "Not observed" finds itself. */
export const radio = (el: SporAssessmentForm, itemId: string, value: string) =>
  radios(el, itemId).find((r) => {
    const name = r.getAttribute('aria-label') ?? '';
    return name === value || name.startsWith(`${value} – `);
  })!;

export const checked = (el: SporAssessmentForm, itemId: string) =>
  radios(el, itemId)
    .filter((r) => r.getAttribute('aria-checked') === 'true')
    .map((r) => r.getAttribute('aria-label'));

export const textarea = (el: SporAssessmentForm, itemId: string) =>
  root(el).querySelector<HTMLTextAreaElement>(`#text-${itemId}`)!;

export const button = (el: SporAssessmentForm, text: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button:not([role])')].find(
    (b) => b.textContent!.trim() === text,
  )!;

export const submitButton = (el: SporAssessmentForm) =>
  root(el).querySelector<HTMLButtonElement>('[part~="submit"]')!;

export const active = (el: SporAssessmentForm) => root(el).activeElement as HTMLElement | null;

export async function type(el: SporAssessmentForm, itemId: string, text: string): Promise<void> {
  const field = textarea(el, itemId);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) await sendKeys({ press: key });
}

/**
 * From the focused group's tab stop (its first radio when nothing is chosen), picks the
 * `index`-th choice with the keyboard: arrows move and choose; Space chooses the first.
 */
export async function chooseByKeyboard(index: number): Promise<void> {
  if (index === 0) await press('Space');
  else await press('ArrowRight', index);
}
