/**
 * The assessment form's check of a young person's own rating against their whole data: the data
 * read once per object, the person it belongs to, and core's rule of one self-rating per period
 * (`selfRatingTakenIn`, check-own-side's rule), in the form's words.
 */
import { parseProgressData, type Framework } from '../core/index.js';
import { selfRatingTakenIn } from '../core/progress/assessment-form.js';
import type { InvalidDataIssue } from '../events/index.js';
import { formatPeriod } from '../i18n/locale.js';
import type { FormTranslation } from '../i18n/translation.js';
import { unusable, type InputResolver, type Resolution } from './input-resolution.js';

/**
 * What is wrong with a self-rating on `about.date` against the person's whole `data` (parsed once
 * per object): data that cannot be read, another person's data, or a rating already given in that
 * period (core's `selfRatingTakenIn`, check-own-side's rule); undefined when there is nothing.
 */
export function takenIn(
  inputs: InputResolver<unknown>,
  props: {
    readonly data?: unknown;
    readonly value: { readonly id?: string } | undefined;
    readonly sentId?: string;
  },
  about: { framework: Framework; instrument: string; date: string; participantId: string },
  t: FormTranslation,
  locale: string,
): Resolution<never> | undefined {
  if (props.data === undefined) return undefined;
  const parsed = inputs.builtinOrParsed(props.data, {
    path: 'data',
    locale,
    builtin: () => undefined,
    parse: parseProgressData,
    unknownId: () => t.form.invalid.data,
  });
  if (!('value' in parsed)) return parsed;
  const data = parsed.value;
  if (about.participantId !== '' && data.participant.id !== about.participantId) {
    return unusable(['data', 'participant'], t.form.invalid.dataParticipant);
  }
  const ownIds = [props.value?.id, props.sentId].filter((id): id is string => id !== undefined);
  const taken = selfRatingTakenIn(data.assessments, about.framework, { ...about, ownIds });
  if (!taken) return undefined;
  const path = ['data', 'assessments', taken.index, 'date'];
  const resolution = unusable(path, t.form.invalid.alreadyRated(formatPeriod(locale, taken.period)));
  resolution.issues.forEach((issue) => alreadyRated.add(issue));
  return resolution;
}

const alreadyRated = new WeakSet<InvalidDataIssue>();

/** True for the issue that says the period is rated already: the form says it as a note, not an error. */
export function isAlreadyRated(issue: InvalidDataIssue | undefined): boolean {
  return issue !== undefined && alreadyRated.has(issue);
}

/**
 * The problems with `data` that refuse a submit, from the properties as they are now (`now`
 * resolves them): a week rated already, also when the host's new `data` came while the person was
 * answering (the form is kept on screen then) or holds the rating they sent before starting again.
 * None when `data` is fine (other problems show in the form as they always do).
 */
export function submitRefusalOf(now: () => Resolution<unknown>): ReadonlyArray<InvalidDataIssue> {
  try {
    const result = now();
    return result.setup === undefined ? result.issues.filter((issue) => issue.path[0] === 'data') : [];
  } catch {
    return [];
  }
}
