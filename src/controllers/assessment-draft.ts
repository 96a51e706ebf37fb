/**
 * What a person has filled in so far, and keeping it across a reload when the host opts in
 * (`persist`). Storage is the browser's, never the network; anything read back is untrusted and
 * checked against the form's own choices before it is shown.
 */
import { newRecordId, type Persist } from '../internal/draft-storage.js';
import type { AssessmentSetup } from './assessment-setup.js';

export interface Draft {
  /** The assessment's id, made once per draft so that sending twice sends the same assessment. */
  readonly id: string;
  /** Rated item id → a value on the scale, or null for "not observed". Missing: not answered. */
  readonly ratings: Readonly<Record<string, number | null>>;
  /** Text item id → what was written. */
  readonly notes: Readonly<Record<string, string>>;
}

export type { Persist };

/** What a draft may hold: the form's items and choices. */
export interface DraftShape {
  readonly ratedItems: ReadonlyArray<string>;
  readonly textItems: ReadonlyArray<string>;
  readonly isChoice: (value: number | null) => boolean;
}

export function newAssessmentId(): string {
  return newRecordId('a');
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
  const id =
    typeof input['id'] === 'string' && input['id'].length > 0 && input['id'].length <= 200
      ? input['id']
      : newAssessmentId();
  return { id, ratings, notes };
}

/** True when nothing is answered or written. */
export const isEmptyDraft = (draft: Draft): boolean =>
  Object.keys(draft.ratings).length === 0 && Object.keys(draft.notes).length === 0;

/** What a draft of this setup may hold (`draftFrom`): its items and the scale's choices. */
export function draftShapeOf(setup: AssessmentSetup): DraftShape {
  return {
    ratedItems: setup.ratedItems.map((item) => item.id),
    textItems: setup.textItems.map((item) => item.id),
    isChoice: (value: number | null) => setup.choices.some((choice) => choice.value === value),
  };
}

/** A draft of the host's `value` (an assessment to edit) when it is one of this setup's instrument. */
export function draftOfValue(
  setup: AssessmentSetup,
  value: { readonly instrument: string } | undefined,
): Draft | undefined {
  if (!value || value.instrument !== setup.instrument.id) return undefined;
  return restoreDraft(setup, value);
}

/** A draft of this setup from anything (stored JSON, a restored form state), keeping only what fits. */
export function restoreDraft(setup: AssessmentSetup, input: unknown): Draft | undefined {
  return draftFrom(input, draftShapeOf(setup));
}
