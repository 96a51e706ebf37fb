/**
 * The checks of the programme records (issue 12) that their schema cannot say: dates that exist
 * (read as local dates in the framework's time zone, set in place like the placements'), ends on
 * or after starts, unique ids, follow-ups on a known job and not before it starts, an outcome with
 * its date, ISO weeks that exist and lie in the calendar, at most `limits.hoursWeeks` weeks from
 * the first week with hours to the last, one entry per week and activity, and at most
 * `limits.weekHours` planned and attended hours in a week over all activities.
 */
import { dayNumberOf, readLocalDate } from '../time/dates.js';
import { found, type FoundIssue, type IssuePath } from './issues.js';
import { isPeriodInCalendar, periodFromKey, type Period } from '../time/period.js';
import { limits } from '../format/limits.js';
import type { Framework, ProgressData } from '../format/schema.js';

type Dated = { start: string; end?: string | undefined };

/** `checkProgramme(data, framework, issues)`: pushes every issue found; dates become local. */
export function checkProgramme(data: ProgressData, framework: Framework, issues: FoundIssue[]): void {
  const localDate = (value: string, path: IssuePath): string => {
    const reading = readLocalDate(value, framework.timeZone);
    if (reading.date !== undefined) return reading.date;
    const code = reading.problem === 'outOfRange' ? 'dateOutOfRange' : 'impossibleDate';
    issues.push(found(path, code, { value }));
    return value;
  };
  const span = (entry: Dated, path: IssuePath) => {
    entry.start = localDate(entry.start, [...path, 'start']);
    if (entry.end !== undefined) entry.end = localDate(entry.end, [...path, 'end']);
    if (entry.end !== undefined && entry.end < entry.start) {
      issues.push(found([...path, 'end'], 'endBeforeStart'));
    }
  };
  const uniqueIds = (list: ReadonlyArray<{ id: string }>, key: string) => {
    const seen = new Set<string>();
    list.forEach((entry, index) => {
      if (seen.has(entry.id)) issues.push(found([key, index, 'id'], 'duplicateId', { value: entry.id }));
      seen.add(entry.id);
    });
  };

  const jobs = data.jobs ?? [];
  jobs.forEach((job, index) => span(job, ['jobs', index]));
  uniqueIds(jobs, 'jobs');
  const education = data.education ?? [];
  education.forEach((entry, index) => span(entry, ['education', index]));
  uniqueIds(education, 'education');

  const starts = new Map<string, string>();
  for (const job of jobs) if (!starts.has(job.id)) starts.set(job.id, job.start);
  const followUps = data.followUps ?? [];
  followUps.forEach((followUp, index) => {
    const path = ['followUps', index];
    followUp.due = localDate(followUp.due, [...path, 'due']);
    if (followUp.done !== undefined) followUp.done = localDate(followUp.done, [...path, 'done']);
    if (followUp.outcome !== undefined && followUp.done === undefined) {
      issues.push(found([...path, 'outcome'], 'outcomeWithoutDone'));
    }
    const start = starts.get(followUp.jobId);
    if (start === undefined) {
      issues.push(found([...path, 'jobId'], 'unknownJob', { value: followUp.jobId }));
      return;
    }
    if (followUp.due < start) issues.push(found([...path, 'due'], 'beforeJobStart', { value: start }));
    if (followUp.done !== undefined && followUp.done < start) {
      issues.push(found([...path, 'done'], 'beforeJobStart', { value: start }));
    }
  });
  uniqueIds(followUps, 'followUps');

  const seen = new Set<string>();
  const sums = new Map<string, { planned: number; attended: number; index: number }>();
  let first: Period | undefined;
  let last: Period | undefined;
  (data.hours ?? []).forEach((entry, index) => {
    const week = periodFromKey(entry.week);
    if (!week || !isPeriodInCalendar(week)) {
      const code = week ? 'weekOutOfRange' : 'impossibleWeek';
      issues.push(found(['hours', index, 'week'], code, { value: entry.week }));
      return;
    }
    if (!first || week.start < first.start) first = week;
    if (!last || week.start > last.start) last = week;
    const key = `${entry.week} ${entry.activity}`;
    if (seen.has(key)) issues.push(found(['hours', index, 'week'], 'duplicateWeek', { value: entry.week }));
    seen.add(key);
    const sum = sums.get(entry.week) ?? { planned: 0, attended: 0, index };
    sum.planned += entry.planned;
    sum.attended += entry.attended;
    sum.index = index;
    sums.set(entry.week, sum);
  });
  // The chart walks every week from the first to the last: the span bounds its work.
  if (first && last && (dayNumberOf(last.start) - dayNumberOf(first.start)) / 7 + 1 > limits.hoursWeeks) {
    issues.push(found(['hours'], 'hoursSpan', { max: limits.hoursWeeks }));
  }
  // One issue per week and kind, at the week's last entry.
  for (const sum of sums.values()) {
    for (const field of ['planned', 'attended'] as const) {
      if (sum[field] > limits.weekHours) {
        issues.push(found(['hours', sum.index, field], 'weekHours', { max: limits.weekHours }));
      }
    }
  }
}
