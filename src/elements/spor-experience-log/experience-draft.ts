/**
 * What the young person is writing in their log: a new entry, or a change to one of theirs. Kept
 * by the same draft rules as the conversation (`DraftController`); anything read back from storage
 * is untrusted and kept only where it fits.
 */
import { experienceKinds, limits, type Experience } from '../../core/index.js';
import { newRecordId } from '../../internal/draft-storage.js';

export type ExperienceKind = Experience['kind'];

export interface ExperienceDraft {
  /** The entry's id: a new one per new entry, the entry's own when it is changed. */
  readonly id: string;
  /** `YYYY-MM-DD`; empty: today, fixed when the young person starts to write. */
  readonly date: string;
  readonly kind: ExperienceKind;
  readonly text: string;
  /** Private (false) unless the young person chooses to share it. */
  readonly shared: boolean;
}

export const emptyExperienceDraft = (): ExperienceDraft => ({
  id: newRecordId('x'),
  date: '',
  kind: 'work',
  text: '',
  shared: false,
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isKind = (value: unknown): value is ExperienceKind =>
  typeof value === 'string' && (experienceKinds as ReadonlyArray<string>).includes(value);

/** A draft from stored JSON or an entry: what fits is kept, the rest is the empty draft's. */
export function experienceDraftFrom(input: unknown): ExperienceDraft | undefined {
  if (!isRecord(input)) return undefined;
  const { id, date, kind, text, shared } = input;
  const empty = emptyExperienceDraft();
  return {
    id: typeof id === 'string' && id.length > 0 && id.length <= limits.shortText ? id : empty.id,
    date: typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '',
    kind: isKind(kind) ? kind : empty.kind,
    text: typeof text === 'string' ? text.slice(0, limits.note) : '',
    shared: shared === true,
  };
}

/** Nothing written: a draft not worth keeping (a kind or a date alone is not an entry). */
export const isEmptyExperienceDraft = (draft: ExperienceDraft): boolean => draft.text.trim() === '';

/** The entry to hand over: today's date when none was chosen, the text without spaces around it. */
export const entryOf = (draft: ExperienceDraft, today: string): Experience => ({
  id: draft.id,
  date: draft.date || today,
  kind: draft.kind,
  text: draft.text.trim(),
  shared: draft.shared,
});
