// Shared by the person-boundary tests: everything a host's page could read of person A once
// person B is shown.

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Every element under `root`, through nested shadow roots. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const child of root.querySelectorAll('*')) {
    found.push(child);
    if (child.shadowRoot) found.push(...deepElements(child.shadowRoot));
  }
  return found;
}

/**
 * What a person could see or a screen reader could read in `el`: the text of its shadow tree and
 * of every nested one, the values of fields, and the attributes (labels, titles, values).
 */
export function everythingShown(el: Element): string {
  const parts: string[] = [];
  const root = el.shadowRoot;
  if (!root) return '';
  for (const node of [root, ...deepElements(root)]) {
    for (const child of node.childNodes)
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
    if (node instanceof Element) {
      for (const attribute of node.attributes) parts.push(attribute.value);
      if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) parts.push(node.value);
    }
  }
  return parts.join(' ');
}

/** Every stored entry (local and session storage) as `key = value` lines. */
export function everythingStored(): string {
  const lines: string[] = [];
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i) ?? '';
      lines.push(`${key} = ${storage.getItem(key) ?? ''}`);
    }
  }
  return lines.join('\n');
}

/** Every stored entry except those under `ownKey` (person A's own draft stays A's). */
export function storedOutside(ownKey: string): string {
  return everythingStored()
    .split('\n')
    .filter((line) => !line.startsWith(`${ownKey} = `))
    .join('\n');
}

/** Every event of `names` that `el` fires, in order, with its detail. */
export function recordEvents(
  el: Element,
  names: ReadonlyArray<string>,
): Array<{ readonly type: string; readonly detail: unknown }> {
  const events: Array<{ type: string; detail: unknown }> = [];
  for (const name of names) {
    el.addEventListener(name, (event) => events.push({ type: name, detail: (event as CustomEvent).detail }));
  }
  return events;
}

/** Waits until `el` and every element in its shadow trees have drawn. */
export async function settleDeep(el: Updating): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await el.updateComplete;
    for (const child of deepElements(el.shadowRoot ?? el) as Updating[]) await child.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * Watches `el` from now on: what it shows in every frame the browser paints (read just before the
 * paint). A leak that lasts a frame, before a later update hides it, is caught.
 */
export function watchFrames(el: Element): { readonly snapshots: string[]; stop: () => void } {
  const snapshots: string[] = [];
  let frame = requestAnimationFrame(function sample() {
    snapshots.push(everythingShown(el));
    frame = requestAnimationFrame(sample);
  });
  return { snapshots, stop: () => cancelAnimationFrame(frame) };
}
