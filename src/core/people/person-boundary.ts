/**
 * A person is a boundary. A host's record (a draft to resume, a finished conversation to print)
 * belongs to the young person who was shown when the host gave it, and to its own date; an element
 * uses it only for that person and that conversation, and the young person's consent to show
 * resilience holds only in the conversation it was given in.
 *
 * Records carry no person of their own, so an element remembers whom a record was given for
 * (`data.participant.id` at the moment the host set it) and asks these functions.
 */

/**
 * `participantIdOf(data)`: the person a host's data names (`data.participant.id`), read as given,
 * before or without validation; `''` when it names no one or cannot be read (a throwing getter).
 */
export function participantIdOf(data: unknown): string {
  try {
    const id = (data as { participant?: { id?: unknown } } | null | undefined)?.participant?.id;
    return typeof id === 'string' ? id : '';
  } catch {
    return '';
  }
}

/** A host's record beside what an element shows now. */
export interface RecordContext {
  /**
   * The person the record was given for: `data.participant.id` when the host set it; `''` when
   * no person was known then (it is taken as the next person's, see `ownerOf`).
   */
  readonly givenFor: string;
  /** The person shown now (`data.participant.id`). */
  readonly participant: string;
  /** The record's date, a local `YYYY-MM-DD`. */
  readonly recordDate: string;
  /** The conversation's date, a local `YYYY-MM-DD`. */
  readonly date: string;
}

/** Whether a record may be used here: it fits, or it is another person's, or another day's. */
export type RecordFit = 'fits' | 'otherPerson' | 'otherDate';

/**
 * `ownerOf(givenFor, participant)`: whom a record belongs to once a person is shown. A record
 * given before any person was known becomes the first person's, and stays theirs.
 */
export function ownerOf(givenFor: string, participant: string): string {
  return givenFor === '' ? participant : givenFor;
}

/**
 * `recordFit(context)`: a record is used only for the person it was given for and on its own
 * date. Another person's record is refused first: it is never shown, stored or sent for this one.
 */
export function recordFit(context: RecordContext): RecordFit {
  if (ownerOf(context.givenFor, context.participant) !== context.participant) return 'otherPerson';
  return context.recordDate === context.date ? 'fits' : 'otherDate';
}

/**
 * `isConsentValid(record, context)`: the young person's "yes" to showing resilience counts only
 * in the conversation it was given in: the record says yes, and it is this person's record of this
 * date. A yes from an earlier conversation, or from another person, is never carried over: consent
 * is asked again, each time.
 */
export function isConsentValid(
  record: { readonly resilienceConsent?: boolean | undefined },
  context: RecordContext,
): boolean {
  return record.resilienceConsent === true && recordFit(context) === 'fits';
}
