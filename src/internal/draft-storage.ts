/**
 * Keeping a draft across a reload when the host opts in (`persist`): the browser's session or
 * local storage, never the network. Storage may be full, blocked or in private mode; every call
 * here says so instead of throwing. Anything read back is untrusted: callers check it.
 */

export type Persist = 'none' | 'session' | 'local';

/** A new id for a record, made once per draft so that sending twice sends the same record. */
export function newRecordId(prefix = 'a'): string {
  try {
    if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  } catch {
    // randomUUID needs a secure context; plain http on a portal's test server is not one.
  }
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function storageOf(persist: Persist): Storage | undefined {
  // Reading `localStorage` itself throws when the browser blocks storage for the page.
  if (persist === 'session') return globalThis.sessionStorage;
  if (persist === 'local') return globalThis.localStorage;
  return undefined;
}

/** The stored value under `key` (parsed JSON), or `undefined` when there is none or storage refused. */
export function readStored(persist: Persist, key: string): unknown {
  if (persist === 'none') return undefined;
  try {
    const text = storageOf(persist)?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON; false when the browser refused (full, blocked, private mode). */
export function writeStored(persist: Persist, key: string, value: unknown): boolean {
  if (persist === 'none') return true;
  try {
    storageOf(persist)?.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function clearStored(persist: Persist, key: string): void {
  if (persist === 'none') return;
  try {
    storageOf(persist)?.removeItem(key);
  } catch {
    // Nothing to keep safe: the record was handed over.
  }
}

/** `persist` from an attribute: anything unknown is `none`, so nothing is stored by mistake. */
export function persistOf(value: unknown): Persist {
  return value === 'session' || value === 'local' ? value : 'none';
}
