import { isAutoloadTag, moduleUrlOf } from './tags.js';

/** What the loader needs from the page, given so the tests can stand in for the browser. */
export interface LoaderHost {
  /** Where the autoloader lives (its `import.meta.url`); the modules are beside it. */
  base: string | URL;
  /** Whether a tag is already defined (the page's `customElements.get`). */
  isDefined: (tag: string) => boolean;
  /** Imports a module by its URL (the page's `import()`). */
  importModule: (url: string) => Promise<unknown>;
  /** Told when a module could not be loaded; the loader itself never throws. */
  onError: (tag: string, error: unknown) => void;
  /**
   * The chunks a tag's module imports (paths relative to `base`), imported at the same time as the
   * module so they are fetched together rather than one level after another.
   */
  chunksOf?: (tag: string) => ReadonlyArray<string>;
}

export interface Loader {
  /**
   * Loads the module of `tag` unless the tag is unknown, already defined, or on its way: the
   * promise of the one load in flight, or undefined when there is nothing to load. Never rejects.
   */
  load: (tag: string) => Promise<void> | undefined;
  /** The tags whose module is being fetched now. */
  readonly inFlight: ReadonlySet<string>;
}

/**
 * The autoloader's rule of one: a tag's module is imported at most once at a time, never for a tag
 * that is defined (by the autoloader, a bundle or the host) and never for a tag it does not know.
 * A load that failed may be tried again by a later tag of the same name.
 */
export function createLoader(host: LoaderHost): Loader {
  const pending = new Map<string, Promise<void>>();
  const inFlight = new Set<string>();
  const load = (tag: string): Promise<void> | undefined => {
    const name = tag.toLowerCase();
    if (!isAutoloadTag(name)) return undefined;
    const running = pending.get(name);
    if (running) return running;
    if (host.isDefined(name)) return undefined;
    const url = moduleUrlOf(name, host.base);
    if (!url) return undefined;
    inFlight.add(name);
    const chunks = (host.chunksOf?.(name) ?? []).map((file) => new URL(file, host.base).href);
    const loading = Promise.resolve()
      .then(() => Promise.all([url.href, ...chunks].map((href) => host.importModule(href))))
      .then(
        () => undefined,
        (error: unknown) => {
          host.onError(name, error);
        },
      )
      .finally(() => {
        inFlight.delete(name);
        pending.delete(name);
      });
    pending.set(name, loading);
    return loading;
  };
  return { load, inFlight };
}

/**
 * The `spor-*` elements in `root` (itself included when it is one) that are not defined yet, by
 * tag, each once.
 */
export function undefinedTagsIn(root: Node): string[] {
  const tags = new Set<string>();
  if (root instanceof Element && root.localName.startsWith('spor-') && !root.matches(':defined'))
    tags.add(root.localName);
  if ('querySelectorAll' in root) {
    for (const el of (root as ParentNode).querySelectorAll(':not(:defined)')) {
      if (el.localName.startsWith('spor-')) tags.add(el.localName);
    }
  }
  return [...tags];
}
