/**
 * What each element's docs page says above its stories: the element's own description (its JSDoc,
 * from the Custom Elements Manifest) and then when to use it, when not, and which elements go with
 * it. Every element story's meta sets `parameters.docs.description.component` to
 * `guidanceFor(tag)`.
 *
 * Storybook shows that parameter INSTEAD of the manifest's description when it is not empty, so
 * `guidanceFor` repeats the description before the guidance; while an element has no guidance it
 * returns '' and Storybook falls back to the manifest's description by itself.
 */
import manifest from '../custom-elements.json';

/** Markdown per tag: when to use it, when not, and which elements go with it. */
const guidance: Readonly<Record<string, string>> = {};

interface ManifestDeclaration {
  readonly tagName?: string;
  readonly description?: string;
}

/** The element's description in custom-elements.json (its class's JSDoc), or ''. */
export function manifestDescription(tag: string): string {
  for (const module of manifest.modules as ReadonlyArray<{ declarations?: readonly ManifestDeclaration[] }>) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) return declaration.description ?? '';
    }
  }
  return '';
}

/** The docs page's description of an element: its own description, then its guidance; '' without guidance. */
export function guidanceFor(tag: string): string {
  const words = guidance[tag]?.trim() ?? '';
  if (!words) return '';
  const description = manifestDescription(tag).trim();
  return description ? `${description}\n\n${words}` : words;
}
