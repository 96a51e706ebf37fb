/**
 * Whose a host's `value` (a record to edit) is. An assessment carries no person, so it belongs to
 * the person shown when the host set it: set in the same update as a new person, it is that
 * person's; set while nobody is named, it is claimed by the first person named after. A person is a
 * boundary: a value kept while the host switches to someone else is never that someone's.
 *
 * Participant ids are compared as given; '' means nobody is named (a host that clears its input for
 * a moment while it refetches). Who owns a record is `person-boundary.ts`'s rule (`ownerOf`), the
 * same for the guide's conversation records and the form's assessments.
 */
import { ownerOf } from './person-boundary.js';

/**
 * The owner of the host's value after an update: `isValueSet` when the host set `value` in it,
 * `participantId` the person named after it, `previous` the owner before it.
 */
export function valueOwnerAfter(previous: string, isValueSet: boolean, participantId: string): string {
  return isValueSet ? participantId : ownerOf(previous, participantId);
}

/**
 * True when a value owned by `owner` may be shown for `participantId`: the same person, or nobody
 * named on either side (nothing of one person can then reach another).
 */
export function isValueForPerson(owner: string, participantId: string): boolean {
  return owner === '' || participantId === '' || owner === participantId;
}

/**
 * True when a state the browser restores into a form (saved with the draft's key, `stateKey`) may
 * fill the draft open under `key`: only the same key; a state without one only where nobody is
 * named, since it cannot say whose it is.
 */
export function mayRestoreState(stateKey: string | undefined, key: string, isAnonymous: boolean): boolean {
  return stateKey === undefined ? isAnonymous : stateKey === key;
}
