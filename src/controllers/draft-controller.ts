import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clearStored, persistOf, readStored, writeStored } from '../internal/draft-storage.js';

export interface DraftControllerOptions<D> {
  /** The host's `persist` (`none`, `session`, `local`); anything else is `none`. */
  readonly persist: () => unknown;
  /** A new draft with nothing in it (and a new record id). */
  readonly empty: () => D;
  /** True when a draft holds nothing a person did: it is neither restored nor carried over. */
  readonly isEmpty: (draft: D) => boolean;
  /** The notices, in the host's language: a draft came back, or storage refused it. */
  readonly notices: () => { readonly draftRestored: string; readonly storageFailed: string };
  /** Hands the draft to the host (an event); debounced while typing. Default: nothing is handed over. */
  readonly onChange?: (() => void) | undefined;
  /** The least time between two `onChange` calls while typing, in ms. Default 300. */
  readonly changeInterval?: number | undefined;
}

/** How to make a draft for a key nobody has typed under in this page yet. */
export interface DraftSource<D> {
  /** A draft from the stored JSON, keeping only what fits; undefined when nothing fits. */
  readonly restore: (stored: unknown) => D | undefined;
  /** A draft from the host's `value`, if it gave one. */
  readonly fromValue?: (() => D | undefined) | undefined;
}

/**
 * What a person is writing, kept per key (a person and a date) in this page, and in the browser's
 * storage when the host opts in (`persist`). Storage may refuse (full, blocked, private mode): the
 * draft stays on screen and `notice` says so. A pending change is handed over at once when the page
 * is hidden, since a tablet that sleeps may never come back to this page.
 *
 * A draft typed under a person's key never moves to a key without a person: a host that clears its
 * input for a moment (a refetch) must not take what was typed with it.
 */
export class DraftController<D> implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: DraftControllerOptions<D>;
  private readonly drafts = new Map<string, D>();
  private current: D;
  private currentKey: string | undefined;
  private isCurrentAnonymous = true;
  private source: DraftSource<D> | undefined;
  private lastPersist: unknown;
  private hasSeenPersist = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** A line for a `role="status"`: the draft came back, or could not be saved. */
  notice = '';

  constructor(host: ReactiveControllerHost, options: DraftControllerOptions<D>) {
    this.host = host;
    this.options = options;
    this.current = options.empty();
    host.addController(this);
  }

  get draft(): D {
    return this.current;
  }

  get key(): string | undefined {
    return this.currentKey;
  }

  hostConnected(): void {
    globalThis.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    if (this.timer !== undefined) this.flush();
  }

  /**
   * Makes `key` the draft's key. The draft there is, in order: the one typed under it in this
   * page, the one typed before a person was known (carried over), the stored one, the host's
   * `value`, an empty one. False, and nothing changes, when `key` names no person while a person's
   * draft with something in it is open.
   */
  open(key: string, isAnonymous: boolean, source: DraftSource<D>): boolean {
    this.source = source;
    if (key === this.currentKey) return true;
    const isInProgress = this.currentKey !== undefined && !this.options.isEmpty(this.current);
    if (isAnonymous && !this.isCurrentAnonymous && isInProgress) return false;
    const carried = this.isCurrentAnonymous && isInProgress ? this.current : undefined;
    this.currentKey = key;
    this.isCurrentAnonymous = isAnonymous;
    this.current =
      this.drafts.get(key) ??
      carried ??
      this.restored(source) ??
      source.fromValue?.() ??
      this.options.empty();
    this.drafts.set(key, this.current);
    if (carried) this.store();
    return true;
  }

  /** True when something a person did is in the draft. */
  get isInProgress(): boolean {
    return !this.options.isEmpty(this.current);
  }

  /** Puts a draft in place without storing it or telling the host (a host's value, a fitted step). */
  replace(draft: D): void {
    this.current = draft;
    if (this.currentKey !== undefined) this.drafts.set(this.currentKey, draft);
    this.host.requestUpdate();
  }

  /** A person changed the draft while typing: stored now, handed over at most every `changeInterval`. */
  edit(draft: D): void {
    this.save(draft);
    if (this.options.onChange && this.timer === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.options.onChange?.();
      }, this.options.changeInterval ?? 300);
    }
  }

  /** A person made a choice or moved on: stored and handed over at once. */
  commit(draft: D): void {
    this.save(draft);
    this.flush();
  }

  /** True while a change typed is waiting to be handed over. */
  get isPending(): boolean {
    return this.timer !== undefined;
  }

  /** Hands a pending change over now. */
  flush(): void {
    this.cancel();
    this.options.onChange?.();
  }

  /** Drops a pending change (the record was handed over whole). */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The record was sent or the form reset: the stored draft goes, and `next` (default empty) starts. */
  clear(next: D = this.options.empty()): void {
    this.cancel();
    if (this.currentKey !== undefined) clearStored(persistOf(this.options.persist()), this.currentKey);
    this.notice = '';
    this.replace(next);
  }

  hostUpdate(): void {
    const persist = this.options.persist();
    if (this.hasSeenPersist && persist === this.lastPersist) return;
    const isFirst = !this.hasSeenPersist;
    this.hasSeenPersist = true;
    this.lastPersist = persist;
    if (isFirst || this.currentKey === undefined || !this.source) return;
    // A host that sets `persist` after the first render still gets the stored draft back, or has
    // what is on screen stored.
    const restored = this.isInProgress ? undefined : this.restored(this.source);
    if (restored) this.replace(restored);
    else if (this.isInProgress) this.store();
  }

  /** Stores a changed draft without handing it over (a host's own change, not a person's). */
  save(draft: D): void {
    this.notice = '';
    this.replace(draft);
    this.store();
  }

  private store(): void {
    if (this.currentKey === undefined) return;
    if (!writeStored(persistOf(this.options.persist()), this.currentKey, this.current)) {
      this.notice = this.options.notices().storageFailed;
    } else if (this.notice === this.options.notices().storageFailed) {
      this.notice = '';
    }
  }

  private restored(source: DraftSource<D>): D | undefined {
    if (this.currentKey === undefined) return undefined;
    const stored = readStored(persistOf(this.options.persist()), this.currentKey);
    const draft = stored === undefined ? undefined : source.restore(stored);
    if (!draft || this.options.isEmpty(draft)) return undefined;
    this.notice = this.options.notices().draftRestored;
    return draft;
  }

  private readonly onPageHide = (): void => {
    this.flush();
  };

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };
}
