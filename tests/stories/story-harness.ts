import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { initialGlobals } from '../../.storybook/globals.js';

/** The parts of a CSF3 story module the harness needs, without importing Storybook itself. */
export interface StoryModule {
  default: { args?: Record<string, unknown>; render?: (args: never, context: never) => unknown };
  [name: string]: unknown;
}

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: never, context: never) => unknown;
}

/** Every story of a CSF3 module, by export name. */
export function storiesOf(module: StoryModule): Array<[string, StoryLike]> {
  return Object.entries(module).filter(([name]) => name !== 'default') as Array<[string, StoryLike]>;
}

/**
 * Renders one story as Storybook would (meta args, then story args, and the toolbar's globals in
 * its context) into a test fixture.
 */
export async function renderStory(
  module: StoryModule,
  story: StoryLike,
  globals: Readonly<Record<string, string>> = initialGlobals,
): Promise<HTMLElement> {
  const args = { ...module.default.args, ...story.args };
  const render = story.render ?? module.default.render;
  if (!render) throw new Error('story has no render function');
  const context = { args, globals } as never;
  return fixture<HTMLElement>(html`<div>${render(args as never, context) as TemplateResult}</div>`);
}
