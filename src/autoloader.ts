/**
 * The autoloader (`spor/autoloader`, `dist/spor-autoloader.js`): one small module for a plain page.
 * It watches the document, and every open shadow root handed to `discover`, for `spor-*` elements,
 * and imports each element's module from beside itself (`auto/<tag>.js`, shared code in
 * `auto/chunks/`), each once. Only same-origin module imports: it works under `script-src 'self'`.
 *
 * ```html
 * <script type="module" src="/assets/spor/spor-autoloader.js"></script>
 * <spor-trend-chart series="traits"></spor-trend-chart>
 * ```
 */
import { createLoader, undefinedTagsIn } from './autoloader/loader.js';
import { builtChunkTable, chunkTableOf } from './autoloader/tags.js';

export { autoloadTags } from './autoloader/tags.js';

const chunks = chunkTableOf(builtChunkTable);
const loader = createLoader({
  base: import.meta.url,
  isDefined: (tag) => customElements.get(tag) !== undefined,
  importModule: (url) => import(/* @vite-ignore */ url),
  onError: (tag, error) => console.error(`spor autoloader: ${tag} could not be loaded`, error),
  chunksOf: (tag) => chunks.get(tag) ?? [],
});

const watched = new WeakSet<Node>();
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) loadIn(node);
});

function loadIn(root: Node): Promise<void> {
  try {
    return Promise.all(undefinedTagsIn(root).map((tag) => loader.load(tag))).then(() => undefined);
  } catch (error) {
    console.error('spor autoloader:', error);
    return Promise.resolve();
  }
}

/**
 * Loads every `spor-*` element in `root` and watches it for more: a host hands over the open shadow
 * roots its own elements render into (the document is watched from the start). Resolves when the
 * elements found now are defined (or could not be loaded); never rejects.
 */
export function discover(root: Document | ShadowRoot | Element = document): Promise<void> {
  try {
    if (!watched.has(root)) {
      watched.add(root);
      observer.observe(root, { childList: true, subtree: true });
    }
  } catch (error) {
    console.error('spor autoloader:', error);
  }
  return loadIn(root);
}

void discover(document);
