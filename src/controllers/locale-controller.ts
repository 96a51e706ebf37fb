import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, resolveLocale, wordsFor } from '../i18n/locale.js';
import type { BuiltInWords, CommonTranslation, Direction } from '../i18n/translation.js';

export interface LocaleControllerOptions<Words extends CommonTranslation> {
  /** The element's own `locale` property; when empty the nearest `lang` attribute decides. */
  readonly explicit: () => string | undefined;
  /**
   * The element's words in the built-in languages (the areas it shows): a registered language is
   * spoken when it has all of them.
   */
  readonly words: () => BuiltInWords<Words>;
}

/**
 * Knows which language an element speaks: its `locale` property, else the nearest `lang`
 * attribute (looking through shadow roots to the host page), else Danish. It re-renders the host
 * when a `lang` attribute in its document changes, since portals switch language without
 * reloading.
 */
export class LocaleController<Words extends CommonTranslation> implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: LocaleControllerOptions<Words>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LocaleControllerOptions<Words>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this.host);
  }

  hostDisconnected(): void {
    unwatchLang(this.host);
  }

  /** The resolved locale tag, e.g. `da` or `en`. */
  get locale(): string {
    return resolveLocale(this.options.explicit() || nearestLang(this.host), this.options.words());
  }

  get t(): Words {
    return wordsFor(this.locale, this.options.words());
  }

  /** The direction the element's language is written in: its shadow content runs this way. */
  get dir(): Direction {
    return directionOf(this.locale);
  }
}

function nearestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return undefined;
}

/**
 * The connected hosts of each document, and the one observer of `lang` attributes that serves
 * them all: a page with forty charts watches its attributes once, not forty times. The observer
 * is made with a document's first host and disconnected with its last, so nothing outlives them.
 */
const watchers = new Map<
  Document,
  { readonly observer: MutationObserver; readonly hosts: Set<ReactiveControllerHost> }
>();

const documentOf = new WeakMap<ReactiveControllerHost, Document>();

function watchLang(host: ReactiveControllerHost & HTMLElement): void {
  const document = host.ownerDocument;
  let watcher = watchers.get(document);
  if (!watcher) {
    const hosts = new Set<ReactiveControllerHost>();
    const observer = new MutationObserver(() => hosts.forEach((each) => each.requestUpdate()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    watcher = { observer, hosts };
    watchers.set(document, watcher);
  }
  watcher.hosts.add(host);
  documentOf.set(host, document);
}

function unwatchLang(host: ReactiveControllerHost & HTMLElement): void {
  // The document it was watched in: an element moved to another document leaves from the first.
  const document = documentOf.get(host);
  const watcher = document && watchers.get(document);
  if (!document || !watcher) return;
  watcher.hosts.delete(host);
  if (watcher.hosts.size > 0) return;
  watcher.observer.disconnect();
  watchers.delete(document);
}
