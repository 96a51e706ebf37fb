import { LitElement } from 'lit';
import type { SporEventDetails } from '../events/index.js';

/** An element class of the kit, as the registration code sees it. */
export type SporElementClass = CustomElementConstructor & {
  readonly dependencies?: Readonly<Record<string, CustomElementConstructor>>;
};

/**
 * The base of every Spor element: a typed `emit` whose events bubble out of the shadow root, and
 * the children an element renders (`static dependencies`), registered only when it is defined.
 */
export abstract class SporElement extends LitElement {
  /**
   * The elements this one renders, by their default tag. Importing a class registers nothing;
   * defining it (or making the first one) registers these under their default names if those are
   * free and the class has no name yet, as Shoelace does, so a host may pick its own names first.
   */
  static dependencies: Readonly<Record<string, CustomElementConstructor>> = {};

  constructor() {
    super();
    // A host that calls customElements.define itself never goes through defineElement.
    defineDependencies(this.constructor as SporElementClass);
  }

  /**
   * The tag a dependency is rendered under: the name its class was registered with, which is the
   * default unless the host chose another.
   */
  protected tagOf(defaultTag: string): string {
    const dependency = (this.constructor as SporElementClass).dependencies?.[defaultTag];
    return (dependency && customElements.getName(dependency)) || defaultTag;
  }

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
 * Registers a tag unless it is already taken (or the class already has a name), so that loading
 * the kit twice (two bundles, or the bundle and an npm import on the same page) does not throw into
 * the host page; then the children the element renders. A tag taken by another class means a second
 * copy of the kit: the first copy's elements stay, and the page is told once.
 */
export function defineElement(tag: string, constructor: SporElementClass): void {
  const registered = customElements.get(tag);
  if (registered === undefined && !customElements.getName(constructor))
    customElements.define(tag, constructor);
  else if (registered !== undefined && registered !== constructor) warnOfSecondCopy(tag);
  defineDependencies(constructor);
}

/** Shared by every copy of the kit on the page (a registered symbol), so the page hears it once. */
const secondCopyWarned = Symbol.for('spor.second-copy-warned');

function warnOfSecondCopy(tag: string): void {
  const page = globalThis as { [secondCopyWarned]?: boolean };
  if (page[secondCopyWarned]) return;
  page[secondCopyWarned] = true;
  console.warn(
    `Spor: <${tag}> is already defined by another class, most likely a second copy of Spor on this ` +
      'page (two bundles, or the bundle and the npm package). The first definitions stay and nothing ' +
      'breaks; load one copy to keep the page lighter. (Said once per page.)',
  );
}

const withDependencies = new WeakSet<CustomElementConstructor>();

function defineDependencies(constructor: SporElementClass): void {
  if (withDependencies.has(constructor)) return;
  withDependencies.add(constructor);
  for (const [tag, dependency] of Object.entries(constructor.dependencies ?? {})) {
    defineElement(tag, dependency);
  }
}
