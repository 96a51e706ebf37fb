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

/** Written over by the autoloader build with the chunk table; left as is in the tests and in dev. */
export const builtChunkTable: string = '__SPOR_AUTOLOAD_CHUNKS__';

/**
 * The chunks each tag's module imports, as the autoloader build writes them in, so the autoloader
 * fetches them together with the module instead of one level after another. The text is the chunks'
 * names (`auto/chunks/<name>.js`), comma-separated, then `|`, then for each tag of `autoloadTags` in
 * order the indices of its chunks, dot-separated, comma-separated: `a-1,b-2|0.1,1`. Returns the
 * paths relative to the autoloader's folder; empty for a text that is not such a table.
 */
export function chunkTableOf(text: string): ReadonlyMap<string, ReadonlyArray<string>> {
  const table = new Map<string, string[]>();
  const [names, lists] = text.split('|');
  if (names === undefined || lists === undefined) return table;
  const files = names.split(',').map((name) => `auto/chunks/${name}.js`);
  lists.split(',').forEach((list, i) => {
    const tag = autoloadTags[i];
    if (tag === undefined || list === '') return;
    table.set(
      tag,
      list.split('.').flatMap((index) => files[Number(index)] ?? []),
    );
  });
  return table;
}
