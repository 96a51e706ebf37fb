/**
 * Follow-up after employment ("efterværn"; docs/design.md, "Programme records"): the agreed check-ins of each job and where
 * each stands on a given day, and whether the young person was still employed a set number of
 * months after starting. Pure, on parsed data (local `YYYY-MM-DD` dates), relative to a `today`
 * that the caller passes, never the live clock.
 */
import { addCalendarMonths, addDays, dayNumberOf } from '../time/dates.js';
import { resolveFramework } from '../framework/framework.js';
import { programmeOf } from './programme.js';
import type { FollowUp, FollowUpStep, Job, Programme, ProgressData } from '../format/schema.js';

/**
 * Where a check-in stands on `today`:
 * - `done`: it happened (`done` is set and its outcome is not `declined`);
 * - `declined`: the young person said no thanks (follow-up is voluntary);
 * - `overdue`: not done, and its due date is before `today`;
 * - `due-soon`: not done, due from `today` to `soonDays` days later (both included);
 * - `planned`: not done, due later than that.
 */
export type CheckInStatus = 'done' | 'declined' | 'overdue' | 'due-soon' | 'planned';

/** Still employed `employedAfterMonths` after the start: `yes`, `no`, or `not-yet` known. */
export type StillEmployed = 'yes' | 'no' | 'not-yet';

export interface CheckIn {
  /** The recorded follow-up's id; undefined for a step of the plan that nobody has recorded. */
  readonly id: string | undefined;
  readonly jobId: string;
  /** The plan step it counts for (`1-month`); undefined for a check-in beyond the plan. */
  readonly step: FollowUpStep | undefined;
  readonly due: string;
  readonly status: CheckInStatus;
  /** The recorded follow-up, when there is one (its `done`, `with`, `outcome` and `note`). */
  readonly record: FollowUp | undefined;
}

export interface JobFollowUp {
  readonly job: Job;
  /** Every check-in of the job, by due date (a step and an extra check-in on one day: the step first). */
  readonly checkIns: ReadonlyArray<CheckIn>;
  /** The day the job has lasted `employedAfterMonths` months: `start` plus those months. */
  readonly employedUntil: string;
  readonly stillEmployed: StillEmployed;
}

export interface FollowUpPlanOptions {
  /** The day to read the plan on, `YYYY-MM-DD` (required: core never reads the clock). */
  readonly today: string;
  /** How many days ahead a check-in is "due soon"; default 14. */
  readonly soonDays?: number;
}

export const defaultSoonDays = 14;

/**
 * `stepDue(start, step)`: the step's due date, `start` plus its weeks or calendar months (a month
 * after 31 January is 28 or 29 February, as in SQL).
 */
export function stepDue(start: string, step: FollowUpStep): string {
  return step.unit === 'week' ? addDays(start, 7 * step.after) : addCalendarMonths(start, step.after);
}

/**
 * `stillEmployed(job, months, today)`: `no` when the job ended before `start + months` (calendar
 * months, as `stepDue`); else `yes`
 * once that day has come (a job with no end is taken as going on); else `not-yet`. A job ending on
 * that very day counts as still employed.
 */
export function stillEmployed(job: Pick<Job, 'start' | 'end'>, months: number, today: string): StillEmployed {
  const until = addCalendarMonths(job.start, months);
  if (job.end !== undefined && job.end < until) return 'no';
  return until <= today ? 'yes' : 'not-yet';
}

/** `checkInStatus(due, done, outcome, today, soonDays)`: see `CheckInStatus`. */
export function checkInStatus(
  record: Pick<FollowUp, 'done' | 'outcome'> | undefined,
  due: string,
  today: string,
  soonDays = defaultSoonDays,
): CheckInStatus {
  return statusOn(record, due, today, addDays(today, soonDays));
}

/** `checkInStatus` with the last "due soon" day worked out once, for a list of check-ins. */
function statusOn(
  record: Pick<FollowUp, 'done' | 'outcome'> | undefined,
  due: string,
  today: string,
  lastSoon: string,
): CheckInStatus {
  if (record?.outcome === 'declined') return 'declined';
  if (record?.done !== undefined) return 'done';
  if (due < today) return 'overdue';
  return due <= lastSoon ? 'due-soon' : 'planned';
}

const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `jobFollowUp(job, followUps, programme, options)`: the job's check-ins. Each recorded follow-up
 * of the job counts for the plan step whose due date is nearest its own (the earlier step on a
 * tie); when several count for one step, the nearest keeps it and the others are shown as check-ins
 * beyond the plan. A step nobody recorded is shown at its planned date, unless the job ended
 * before that date.
 */
export function jobFollowUp(
  job: Job,
  followUps: ReadonlyArray<FollowUp>,
  programme: Programme,
  options: FollowUpPlanOptions,
): JobFollowUp {
  const lastSoon = addDays(options.today, options.soonDays ?? defaultSoonDays);
  const steps = programme.followUps
    .map((step) => {
      const due = stepDue(job.start, step);
      return { step, due, day: dayNumberOf(due) };
    })
    .sort((a, b) => byDate(a.due, b.due));
  const records = followUps.filter((followUp) => followUp.jobId === job.id);
  // Each record's due date as a day number, read once (a job may have many records).
  const claims = new Map<number, { record: FollowUp; day: number }>();
  const extras: FollowUp[] = [];
  for (const record of records) {
    const day = dayNumberOf(record.due);
    let nearest = -1;
    steps.forEach((step, index) => {
      const best = steps[nearest];
      if (!best || Math.abs(step.day - day) < Math.abs(best.day - day)) nearest = index;
    });
    const claimed = claims.get(nearest);
    const target = steps[nearest];
    if (!target) extras.push(record);
    else if (!claimed) claims.set(nearest, { record, day });
    else if (Math.abs(day - target.day) < Math.abs(claimed.day - target.day)) {
      claims.set(nearest, { record, day });
      extras.push(claimed.record);
    } else extras.push(record);
  }
  const checkIn = (record: FollowUp | undefined, step: FollowUpStep | undefined, due: string): CheckIn => ({
    id: record?.id,
    jobId: job.id,
    step,
    due,
    status: statusOn(record, due, options.today, lastSoon),
    record,
  });
  const checkIns: CheckIn[] = [];
  steps.forEach(({ step, due }, index) => {
    const record = claims.get(index)?.record;
    if (record) checkIns.push(checkIn(record, step, record.due));
    else if (job.end === undefined || due <= job.end) checkIns.push(checkIn(undefined, step, due));
  });
  for (const record of extras) checkIns.push(checkIn(record, undefined, record.due));
  // A stable sort: on one day, plan steps (pushed first) stay before extra check-ins.
  checkIns.sort((a, b) => byDate(a.due, b.due));
  return {
    job,
    checkIns,
    employedUntil: addCalendarMonths(job.start, programme.employedAfterMonths),
    stillEmployed: stillEmployed(job, programme.employedAfterMonths, options.today),
  };
}

/**
 * `followUpPlan(data, { today })`: every job of the (parsed) data, by start date, with its
 * check-ins and whether the young person was still employed after the programme's months.
 */
export function followUpPlan(data: ProgressData, options: FollowUpPlanOptions): JobFollowUp[] {
  const framework = resolveFramework(data.framework);
  const programme = programmeOf(framework ?? {});
  const jobs = [...(data.jobs ?? [])].sort((a, b) => byDate(a.start, b.start));
  // Grouped once: each job reading every follow-up was 200 jobs × 2,000 follow-ups.
  const byJob = new Map<string, FollowUp[]>();
  for (const followUp of data.followUps ?? []) {
    const list = byJob.get(followUp.jobId);
    if (list) list.push(followUp);
    else byJob.set(followUp.jobId, [followUp]);
  }
  return jobs.map((job) => jobFollowUp(job, byJob.get(job.id) ?? [], programme, options));
}

/** How many jobs and check-ins the plan shows at first, and how many more each request shows. */
export const shownCheckIns = 40;

export interface ShownFollowUp {
  /** The jobs shown, in order; the earliest of them may show only its last check-ins. */
  readonly plans: ReadonlyArray<JobFollowUp>;
  /** The earlier jobs not shown at all. */
  readonly hiddenJobs: number;
  /** The earlier check-ins not shown (of hidden jobs, and of a job shown in part). */
  readonly hiddenCheckIns: number;
}

/**
 * `latestCheckIns(plans, count)`: the latest part of the plan, at most `count` items, where a job
 * counts one and each of its check-ins one: whole jobs from the last back, then the last
 * check-ins of the earliest job shown (a job is shown with at least one of its check-ins, or
 * whole). What a person most needs is at the end (the current job, the next check-in), and what
 * is drawn stays bounded however long the history (2,000 follow-ups are allowed).
 */
export function latestCheckIns(plans: ReadonlyArray<JobFollowUp>, count: number): ShownFollowUp {
  const shown: JobFollowUp[] = [];
  let room = count;
  let hiddenCheckIns = 0;
  // The earliest job shown, whole or in part.
  let first = plans.length;
  for (let index = plans.length - 1; index >= 0; index--) {
    const plan = plans[index] as JobFollowUp;
    const size = plan.checkIns.length;
    if (room >= 1 + size) {
      shown.push(plan);
      room -= 1 + size;
      first = index;
      continue;
    }
    if (room >= 2 && size > 0) {
      const kept = room - 1;
      shown.push({ ...plan, checkIns: plan.checkIns.slice(size - kept) });
      hiddenCheckIns += size - kept;
      first = index;
    }
    break;
  }
  const hidden = plans.slice(0, first);
  return {
    plans: shown.reverse(),
    hiddenJobs: hidden.length,
    hiddenCheckIns: hidden.reduce((sum, plan) => sum + plan.checkIns.length, hiddenCheckIns),
  };
}
