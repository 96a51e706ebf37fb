/** Turns the test page into an Arabic one (`<html lang="ar" dir="rtl">`) for a `describe` block. */
export function arabicPage(): void {
  let lang: string | null = null;
  let dir: string | null = null;
  before(() => {
    lang = document.documentElement.getAttribute('lang');
    dir = document.documentElement.getAttribute('dir');
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
  });
  after(() => {
    for (const [name, value] of [
      ['lang', lang],
      ['dir', dir],
    ] as const) {
      if (value === null) document.documentElement.removeAttribute(name);
      else document.documentElement.setAttribute(name, value);
    }
  });
}

/** The language a node is read in: its nearest `lang`, looking out through shadow roots. */
export function languageOf(node: Node): string | undefined {
  for (let at: Node | null = node; at;) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang') ?? undefined;
    const parent: Node | null = at.parentNode;
    at = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return undefined;
}
