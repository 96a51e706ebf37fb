/** Right-to-left override: unisolated, it reverses the text after it. */
export const evil = '\u202Eevil.exe';

/**
 * The text nodes of `root` that hold a right-to-left override outside a `<bdi>`: each piece of
 * host text must be in its own isolate, or it reverses the kit's words after it.
 */
export function unisolated(root: ShadowRoot | null | undefined): string[] {
  if (!root) return ['no shadow root'];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.includes('\u202E') && !node.parentElement?.closest('bdi')) {
      found.push(node.textContent);
    }
  }
  return found;
}

/** The texts of the `<bdi>` elements of `root`. */
export const isolates = (root: ShadowRoot | null | undefined): string[] =>
  [...(root?.querySelectorAll('bdi') ?? [])].map((node) => node.textContent ?? '');
