/**
 * Cohort counts: how many young people of a cohort took part in a period, started, were in an
 * internship, in paid hourly work, in education, in ordinary employment, and were still employed 3
 * months after starting a job. Counts of people only: no name or id leaves this module.
 *
 * The definitions (docs/guides/cohort-outcomes.md), for a period from `from` to `to` (both included):
 *
 * - Something **overlaps** the period when it starts on or before `to` and has not ended before
 *   `from` (no end: still going on).
 * - **Took part**: the record has an internship, a job or an education that overlaps the period.
 *   This is the denominator of the first five shares.
 * - **Started**: the young person's first day, the earliest start among all their internships,
 *   jobs and educations, lies in the period.
 * - **In an internship**, **in paid hourly work** (a job of kind `hourly`), **in education**,
 *   **in ordinary employment** (a job of kind `ordinary`): one of them overlaps the period.
 * - **Still employed 3 months after starting**: for each young person, their first ordinary job
 *   that began in the period (of two begun on one day, the one lasting longer), and the day 3
 *   months after it began (the framework's `employedAfterMonths`, default 3; calendar months as
 *   `addCalendarMonths`, 31 January → 30 April). In the denominator only when that day is on or
 *   before `today`: a job that began less than 3 months before today is not yet known and left
 *   out, even one that has already ended, so that early endings do not weigh more than jobs still
 *   going. Still employed when that job had not ended before that day (`stillEmployed` of the
 *   follow-up plan says `yes`).
 *
 * `sql/cohort-outcomes.sql` counts the same by the same words; a test runs both on one cohort.
 */
import type { DateRange } from '../format/cohort-schema.js';
import { addCalendarMonths } from '../time/dates.js';
import { stillEmployed } from '../programme/follow-ups.js';
import type { Job, ProgressData } from '../format/schema.js';

/** What the counts read from one young person's `ProgressData`. */
export type CohortRecord = Readonly<Partial<Pick<ProgressData, 'placements' | 'jobs' | 'education'>>>;

interface Span {
  readonly start: string;
  readonly end?: string | undefined;
}

/** The raw counts of one period, before small cells are hidden. */
export interface CohortCounts {
  readonly tookPart: number;
  readonly started: number;
  readonly internship: number;
  readonly hourlyWork: number;
  readonly education: number;
  readonly ordinaryEmployment: number;
  /** Young people whose first ordinary job in the period began at least 3 months before today. */
  readonly employmentKnown: number;
  /** Of those, the ones who held an ordinary job 3 months after it began. */
  readonly stillEmployed: number;
}

const overlaps = (span: Span, period: DateRange) =>
  span.start <= period.to && (span.end === undefined || span.end >= period.from);

const isIn = (date: string, period: DateRange) => date >= period.from && date <= period.to;

/**
 * Which job is "first": the earlier start, and on one day the longer (no end is longest), as the SQL
 * orders them.
 */
const isBefore = (job: Span, other: Span) =>
  job.start < other.start ||
  (job.start === other.start && other.end !== undefined && (job.end === undefined || job.end > other.end));

/**
 * `cohortCounts(list, period, today, employedAfterMonths = 3)`: the raw counts (see the module's
 * definitions), read as of `today`. Dates are local `YYYY-MM-DD`, as `parseProgressData` returns
 * them. Any period and any day, for a counsellor with the records; the published table reads each
 * period of its grid as of the period's reading day (`cohortReport` in `cohort-outcomes.ts`).
 */
export function cohortCounts(
  list: ReadonlyArray<CohortRecord>,
  period: DateRange,
  today: string,
  employedAfterMonths = 3,
): CohortCounts {
  let tookPart = 0;
  let started = 0;
  let internship = 0;
  let hourlyWork = 0;
  let education = 0;
  let ordinaryEmployment = 0;
  let employmentKnown = 0;
  let stillEmployedCount = 0;
  for (const record of list) {
    const placements = record.placements ?? [];
    const jobs = record.jobs ?? [];
    const educations = record.education ?? [];
    const isInInternship = placements.some((span) => overlaps(span, period));
    const isInEducation = educations.some((span) => overlaps(span, period));
    let isInHourly = false;
    let isInOrdinary = false;
    let firstDay: string | undefined;
    let firstOrdinary: Job | undefined;
    for (const job of jobs) {
      if (overlaps(job, period)) {
        if (job.kind === 'hourly') isInHourly = true;
        else isInOrdinary = true;
      }
      if (job.kind === 'ordinary' && isIn(job.start, period)) {
        if (firstOrdinary === undefined || isBefore(job, firstOrdinary)) firstOrdinary = job;
      }
      if (firstDay === undefined || job.start < firstDay) firstDay = job.start;
    }
    for (const span of [...placements, ...educations]) {
      if (firstDay === undefined || span.start < firstDay) firstDay = span.start;
    }
    if (!(isInInternship || isInEducation || isInHourly || isInOrdinary)) continue;
    tookPart += 1;
    if (firstDay !== undefined && isIn(firstDay, period)) started += 1;
    if (isInInternship) internship += 1;
    if (isInHourly) hourlyWork += 1;
    if (isInEducation) education += 1;
    if (isInOrdinary) ordinaryEmployment += 1;
    if (firstOrdinary !== undefined && addCalendarMonths(firstOrdinary.start, employedAfterMonths) <= today) {
      employmentKnown += 1;
      if (stillEmployed(firstOrdinary, employedAfterMonths, today) === 'yes') stillEmployedCount += 1;
    }
  }
  return {
    tookPart,
    started,
    internship,
    hourlyWork,
    education,
    ordinaryEmployment,
    employmentKnown,
    stillEmployed: stillEmployedCount,
  };
}
