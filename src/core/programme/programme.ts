/** A framework's programme numbers, with the defaults the input format writes down. */
import type { Framework, Programme } from '../format/schema.js';
import { validate } from '../read/validate.js';

let defaultProgramme: Programme | undefined;

/**
 * `programmeOf(framework)`: the framework's programme numbers (follow-up plan, months to "still
 * employed", minimum weekly hours, planned week, goals), else the defaults written in
 * `ProgrammeSchema`: 1 week, 1 month, 3 months; 3 months; 15 hours; 25 + 12 hours; ½, 15 %, ½.
 */
export function programmeOf(framework: Pick<Framework, 'programme'>): Programme {
  if (framework.programme) return framework.programme;
  if (!defaultProgramme) {
    const parsed = validate('Programme', {});
    if (!parsed.success) throw new Error('ProgrammeSchema refuses {}: every field must have a default');
    defaultProgramme = parsed.data;
  }
  return defaultProgramme;
}
