/**
 * The checks of the young person's own side that the schema cannot say: a log entry's date exists
 * (read as a local date in the framework's time zone and set in place, like the placements'), its
 * id is unique; a conversation's `target` comes with a focus and lies on the focus series' scale;
 * and the young person rates themselves at most once per period of the self-rating instrument's
 * cadence (once per ISO week for `self-weekly`), periods counted in the framework's time zone.
 */
import { localDateOf, readLocalDate } from '../time/dates.js';
import { found, type FoundIssue, type IssuePath } from './issues.js';
import { periodKey } from '../time/period.js';
import { selfReadingsOf, seriesIdsOf, seriesScaleOf } from '../framework/framework.js';
import type { ConversationRecord, Framework, ProgressData } from '../format/schema.js';

/**
 * `targetIssues(record, framework, path)`: a target without a focus, or off the focus series'
 * scale. A focus the framework does not know is reported as `unknownFocus` elsewhere.
 */
export function targetIssues(
  record: Pick<ConversationRecord, 'focus' | 'target'>,
  framework: Framework,
  path: IssuePath,
): FoundIssue[] {
  const target = record.target;
  if (target === undefined) return [];
  if (record.focus === undefined) return [found([...path, 'target'], 'targetWithoutFocus')];
  if (!seriesIdsOf(framework).includes(record.focus)) return [];
  const scale = seriesScaleOf(framework, record.focus);
  if (scale && (target < scale.min || target > scale.max)) {
    return [found([...path, 'target'], 'targetOffScale', { value: target, min: scale.min, max: scale.max })];
  }
  return [];
}

/** `checkOwnSide(data, framework, issues)`: pushes every issue found; log dates become local. */
export function checkOwnSide(data: ProgressData, framework: Framework, issues: FoundIssue[]): void {
  const experiences = data.experiences ?? [];
  const seen = new Set<string>();
  experiences.forEach((entry, index) => {
    const reading = readLocalDate(entry.date, framework.timeZone);
    if (reading.date === undefined) {
      const code = reading.problem === 'outOfRange' ? 'dateOutOfRange' : 'impossibleDate';
      issues.push(found(['experiences', index, 'date'], code, { value: entry.date }));
    } else entry.date = reading.date;
    if (seen.has(entry.id)) {
      issues.push(found(['experiences', index, 'id'], 'duplicateId', { value: entry.id }));
    }
    seen.add(entry.id);
  });

  data.conversations.forEach((conversation, index) => {
    issues.push(...targetIssues(conversation, framework, ['conversations', index]));
  });

  // One self-rating per period: a second one in the same week would make "my reading" ambiguous.
  const rated = new Set<string>();
  data.assessments.forEach((assessment, index) => {
    const period = selfRatingPeriodOf(framework, assessment.instrument, assessment.date);
    if (period === undefined) return;
    const key = `${assessment.instrument} ${period}`;
    if (rated.has(key)) {
      issues.push(found(['assessments', index, 'date'], 'secondSelfRating', { value: period }));
    }
    rated.add(key);
  });
}

/**
 * `selfRatingPeriodOf(framework, instrumentId, date)`: the period (`2026-W49`) a self-rating of
 * `instrumentId` on `date` counts for, at most one per period of the instrument's cadence, read in
 * the framework's time zone; undefined when the instrument is no self-rating instrument
 * (`selfReadingsOf`) or the date cannot be read (reported as a date issue elsewhere).
 */
export function selfRatingPeriodOf(
  framework: Framework,
  instrumentId: string,
  date: string,
): string | undefined {
  const reading = selfReadingsOf(framework).find((candidate) => candidate.instrument.id === instrumentId);
  if (!reading) return undefined;
  const local = localDateOf(date, framework.timeZone);
  return local === undefined ? undefined : periodKey(local, reading.instrument.cadence);
}
