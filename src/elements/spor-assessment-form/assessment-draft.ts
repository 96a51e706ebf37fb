/**
 * What a person has filled in so far, and keeping it across a reload when the host opts in
 * (`persist`). Storage is the browser's, never the network; anything read back is untrusted and
 * checked against the form's own choices before it is shown.
 */

export interface Draft {
  /** The assessment's id, made once per draft so that sending twice sends the same assessment. */
  readonly id: string;
  /** Rated item id → a value on the scale, or null for "not observed". Missing: not answered. */
  readonly ratings: Readonly<Record<string, number | null>>;
  /** Text item id → what was written. */
  readonly notes: Readonly<Record<string, string>>;
}

export type Persist = 'none' | 'session' | 'local';

/** What a draft may hold: the form's items and choices. */
export interface DraftShape {
  readonly ratedItems: ReadonlyArray<string>;
  readonly textItems: ReadonlyArray<string>;
  readonly isChoice: (value: number | null) => boolean;
}

export function newAssessmentId(): string {
  try {
    if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  } catch {
    // randomUUID needs a secure context; plain http on a portal's test server is not one.
  }
  return `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export const emptyDraft = (): Draft => ({ id: newAssessmentId(), ratings: {}, notes: {} });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A draft from anything (stored JSON, a restored form state), keeping only what fits the form. */
export function draftFrom(input: unknown, shape: DraftShape): Draft | undefined {
  if (!isRecord(input)) return undefined;
  const ratings: Record<string, number | null> = {};
  const notes: Record<string, string> = {};
  const inRatings = isRecord(input['ratings']) ? input['ratings'] : {};
  const inNotes = isRecord(input['notes']) ? input['notes'] : {};
  for (const id of shape.ratedItems) {
    if (!Object.hasOwn(inRatings, id)) continue;
    const value = inRatings[id];
    if ((value === null || typeof value === 'number') && shape.isChoice(value)) ratings[id] = value;
  }
  for (const id of shape.textItems) {
    const text = Object.hasOwn(inNotes, id) ? inNotes[id] : undefined;
    if (typeof text === 'string') notes[id] = text;
  }
  const id = typeof input['id'] === 'string' && input['id'].length > 0 && input['id'].length <= 200 ? input['id'] : newAssessmentId();
  return { id, ratings, notes };
}

function storageOf(persist: Persist): Storage | undefined {
  // Reading `localStorage` itself throws when the browser blocks storage for the page.
  if (persist === 'session') return globalThis.sessionStorage;
  if (persist === 'local') return globalThis.localStorage;
  return undefined;
}

/** The stored draft under `key`, `undefined` when there is none, or `'failed'` when storage refused. */
export function readDraft(persist: Persist, key: string): unknown {
  if (persist === 'none') return undefined;
  try {
    const text = storageOf(persist)?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores the draft; false when the browser refused (full, blocked, private mode). */
export function writeDraft(persist: Persist, key: string, draft: Draft): boolean {
  if (persist === 'none') return true;
  try {
    storageOf(persist)?.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(persist: Persist, key: string): void {
  if (persist === 'none') return;
  try {
    storageOf(persist)?.removeItem(key);
  } catch {
    // Nothing to keep safe: the draft was sent.
  }
}
