/**
 * What each element's docs page says above its stories: the element's own description (its JSDoc,
 * from the Custom Elements Manifest), then when to use it, when not, and which elements go with it
 * (`guidanceFor`). Every element story's meta sets `parameters.docs.description.component` to
 * `docsDescriptionFor(tag)`. Storybook shows that parameter instead of the manifest's description,
 * so the description is repeated before the guidance.
 */
import manifest from '../custom-elements.json';
import { guidanceFor } from './guidance.js';

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

/** The docs page's description of an element: its own description, then its guidance. */
export function docsDescriptionFor(tag: string): string {
  const words = guidanceFor(tag);
  const description = manifestDescription(tag).trim();
  return [description, words].filter(Boolean).join('\n\n');
}
