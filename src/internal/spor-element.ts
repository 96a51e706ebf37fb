import { LitElement } from 'lit';
import type { SporEventDetails } from '../events/index.js';

/**
 * The base of every Spor element: a typed `emit` whose events bubble out of the shadow root, and
 * the locale the element speaks.
 */
export abstract class SporElement extends LitElement {
  /**
   * Fires one of the kit's events. Events bubble and are composed by default, so a host page can
   * listen on any ancestor, across shadow roots.
   */
  protected emit<K extends keyof SporEventDetails>(
    name: K,
    detail: SporEventDetails[K],
    options: Omit<CustomEventInit, 'detail'> = {},
  ): CustomEvent<SporEventDetails[K]> {
    const event = new CustomEvent(name, {
      bubbles: true,
      composed: true,
      cancelable: false,
      ...options,
      detail,
    });
    this.dispatchEvent(event);
    return event;
  }
}

/**
 * Registers a tag unless it is already taken, so that loading the kit twice (the bundle and an
 * npm import on the same page) does not throw into the host page.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
