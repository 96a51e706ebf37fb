import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, translationFor, type Translation } from '../i18n/index.js';

export interface LocaleControllerOptions {
  /** The element's own `locale` property; when empty the nearest `lang` attribute decides. */
  readonly explicit: () => string | undefined;
}

/**
 * Knows which language an element speaks: its `locale` property, else the nearest `lang`
 * attribute (looking through shadow roots to the host page), else Danish. It re-renders the host
 * when a `lang` attribute above it changes, since portals switch language without reloading.
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: LocaleControllerOptions;
  private observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LocaleControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Only documents watch lang; one observer per element is cheap and needs no global registry.
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The resolved locale tag, e.g. `da` or `en`. */
  get locale(): string {
    return resolveLocale(this.options.explicit() || nearestLang(this.host));
  }

  get t(): Translation {
    return translationFor(this.locale);
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
