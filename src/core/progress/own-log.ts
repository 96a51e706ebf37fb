/**
 * The young person's log as it is read: the entries a viewer may see (`experiencesFor`, so a
 * private entry reaches the young person alone), newest first. Entries of one day keep the order
 * they were written in, reversed: the one added last comes first.
 */
import type { Experience, ProgressData } from '../format/schema.js';
import { experiencesFor, type Viewer } from '../people/audience.js';

/** `logFor(data, viewer)`: the entries this viewer may see, newest first. Dates are compared as `YYYY-MM-DD`. */
export function logFor(data: Pick<ProgressData, 'experiences'>, viewer: Viewer): Experience[] {
  return experiencesFor(data, viewer)
    .map((entry, index) => ({ entry, index, day: entry.date.slice(0, 10) }))
    .sort((a, b) => (a.day === b.day ? b.index - a.index : a.day < b.day ? 1 : -1))
    .map(({ entry }) => entry);
}
