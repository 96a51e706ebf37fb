// Counts what the kit registers and must give back: observers that are observing something, and
// listeners on window and document. Imported before the elements, so every one they make is seen.
// Counts, not heap sizes: garbage collection cannot make them move.

const observing = new Set<MutationObserver>();
const resizeTargets = new Map<ResizeObserver, Set<Element>>();

const NativeMutationObserver = globalThis.MutationObserver;
class CountedMutationObserver extends NativeMutationObserver {
  override observe(target: Node, options?: MutationObserverInit): void {
    super.observe(target, options);
    observing.add(this);
  }
  override disconnect(): void {
    super.disconnect();
    observing.delete(this);
  }
}
globalThis.MutationObserver = CountedMutationObserver;

const NativeResizeObserver = globalThis.ResizeObserver;
class CountedResizeObserver extends NativeResizeObserver {
  override observe(target: Element, options?: ResizeObserverOptions): void {
    super.observe(target, options);
    const targets = resizeTargets.get(this) ?? new Set<Element>();
    targets.add(target);
    resizeTargets.set(this, targets);
  }
  override unobserve(target: Element): void {
    super.unobserve(target);
    resizeTargets.get(this)?.delete(target);
    if (resizeTargets.get(this)?.size === 0) resizeTargets.delete(this);
  }
  override disconnect(): void {
    super.disconnect();
    resizeTargets.delete(this);
  }
}
globalThis.ResizeObserver = CountedResizeObserver;

/** Listeners as the browser keeps them: one per target, type, listener and capture flag. */
const listeners = new Set<string>();
const listenerIds = new WeakMap<object, number>();
let nextId = 0;

function keyOf(
  target: string,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options: boolean | EventListenerOptions | undefined,
): string | undefined {
  if (!listener) return undefined;
  let id = listenerIds.get(listener);
  if (id === undefined) {
    id = ++nextId;
    listenerIds.set(listener, id);
  }
  const capture = typeof options === 'boolean' ? options : options?.capture === true;
  return `${target}|${type}|${id}|${capture}`;
}

function count(target: Window | Document, name: string): void {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  target.addEventListener = (
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) => {
    if (listener) add(type, listener, options);
    const key = keyOf(name, type, listener, options);
    if (!key) return;
    listeners.add(key);
    if (typeof options === 'object') options.signal?.addEventListener('abort', () => listeners.delete(key));
  };
  target.removeEventListener = (
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) => {
    if (listener) remove(type, listener, options);
    const key = keyOf(name, type, listener, options);
    if (key) listeners.delete(key);
  };
}
count(window, 'window');
count(document, 'document');

export interface Registered {
  readonly mutationObservers: number;
  readonly resizeObservers: number;
  readonly listeners: number;
  /** Listeners by `target|type`, to say which one was left behind. */
  readonly listenerTypes: Readonly<Record<string, number>>;
}

/** What is registered right now. */
export function registered(): Registered {
  const listenerTypes: Record<string, number> = {};
  for (const key of listeners) {
    const [target, type] = key.split('|');
    listenerTypes[`${target} ${type}`] = (listenerTypes[`${target} ${type}`] ?? 0) + 1;
  }
  return {
    mutationObservers: observing.size,
    resizeObservers: resizeTargets.size,
    listeners: listeners.size,
    listenerTypes,
  };
}
