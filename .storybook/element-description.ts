/**
 * What each element's docs page says above its stories: the element's own description (its JSDoc,
 * from the Custom Elements Manifest), then when to use it, when not, and which elements go with it
 * (stories/guidance.ts). preview.ts hands it to Storybook as `docs.extractComponentDescription`,
 * which autodocs calls with the meta's `component` (the tag). Only Storybook imports this file:
 * the story tests import the stories, and a JSON import is Storybook's (Vite's) to make.
 */
import manifest from '../custom-elements.json';
import { guidanceFor } from '../stories/guidance.js';

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
