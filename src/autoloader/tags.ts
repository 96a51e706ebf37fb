/**
 * The tags the autoloader knows, fixed when the kit is built: each has a module of its own beside
 * the autoloader (`auto/<tag>.js`). vite.config.ts builds one module per tag of this list and fails
 * the build if an element under src/elements is missing from it, so an unknown `spor-*` tag is never
 * fetched (no 404).
 */
export const autoloadTags = [
  'spor-assessment-form',
  'spor-cohort-outcomes',
  'spor-conversation-guide',
  'spor-conversation-summary',
  'spor-data-table',
  'spor-dimension-summary',
  'spor-experience-log',
  'spor-follow-up-plan',
  'spor-my-progress',
  'spor-progress-conversation',
  'spor-sparkline',
  'spor-trait-star',
  'spor-trend-chart',
  'spor-week-hours',
] as const;

export type AutoloadTag = (typeof autoloadTags)[number];

const known: ReadonlySet<string> = new Set(autoloadTags);

/** Whether the autoloader has a module for `tag` (a lower-case tag name, as `localName` gives it). */
export function isAutoloadTag(tag: string): tag is AutoloadTag {
  return known.has(tag);
}

/**
 * The URL of the module that defines `tag`, beside the autoloader at `base` (its `import.meta.url`):
 * `auto/<tag>.js` in the autoloader's folder, so only same-origin modules are imported when the
 * autoloader is. Undefined for a tag the autoloader does not know.
 */
export function moduleUrlOf(tag: string, base: string | URL): URL | undefined {
  return isAutoloadTag(tag) ? new URL(`auto/${tag}.js`, base) : undefined;
}
