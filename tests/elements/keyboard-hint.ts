// Shared by the element tests of a keyboard hint: which keys a hint names, in Danish or English,
// and which keys really do something to an element, so a test can hold one list to the other.
import { sendKeys } from '@web/test-runner-commands';
import type { Updating } from './mount.js';

/** The keys a widget of points or buttons could handle; each test presses every one. */
export const candidateKeys = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  'Escape',
  'Enter',
  'Space',
] as const;

const arrows = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/**
 * The keys `hint` names, sorted: "the arrow keys" / "piletasterne" name all four arrows, an arrow
 * sign (← → ↑ ↓) or its name ("pil op", "up arrow") one, and the keys with names by their names as printed on a keyboard.
 */
export function keysNamedIn(hint: string): string[] {
  const named = new Set<string>();
  if (/arrow keys|piletasterne/i.test(hint)) arrows.forEach((key) => named.add(key));
  const signs: Array<[RegExp, string]> = [
    [/←|pil venstre|left arrow|left and right arrow/i, 'ArrowLeft'],
    [/→|pil (?:venstre og )?højre|right arrow/i, 'ArrowRight'],
    [/↑|pil op|up arrow|up and down arrow/i, 'ArrowUp'],
    [/↓|pil (?:op og )?ned|down arrow/i, 'ArrowDown'],
    [/Page Up/, 'PageUp'],
    [/Page Down/, 'PageDown'],
    [/\bHome\b/, 'Home'],
    [/\bEnd\b/, 'End'],
    [/\bEscape\b/, 'Escape'],
    [/\bEnter\b/, 'Enter'],
    [/\bSpace\b|mellemrum/i, 'Space'],
  ];
  for (const [pattern, key] of signs) if (pattern.test(hint)) named.add(key);
  return [...named].sort();
}

/**
 * The keys of `keys` that change what `state` reads, sorted: before each key `reset` puts the
 * element where every key it handles has somewhere to go (a point in the middle), then the key is
 * pressed and the state compared.
 */
export async function keysThatAct(
  el: Updating,
  keys: ReadonlyArray<string>,
  reset: () => Promise<void>,
  state: () => string,
): Promise<string[]> {
  const acted: string[] = [];
  for (const key of keys) {
    await reset();
    await el.updateComplete;
    const before = state();
    await sendKeys({ press: key });
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (state() !== before) acted.push(key);
  }
  return acted.sort();
}

/** Presses `keys` one after another, letting the element draw after each. */
export async function press(el: Updating, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await sendKeys({ press: key });
    await el.updateComplete;
  }
}
