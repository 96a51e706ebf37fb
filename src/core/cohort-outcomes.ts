/**
 * `cohortOutcomes(list, options)`: a cohort's counts for a period and the period before, as the
 * `CohortOutcomes` that `<spor-cohort-outcomes>` shows, with small cells hidden.
 *
 * Small cells (README, "Cohort outcomes"):
 * - A count below `minCellSize` (default 5, as Danish statistics commonly use) is `null`: it reads
 *   "fewer than 5", never a number, never a zero. That holds for the denominators too.
 * - A percent is shown only when its count and its denominator are: from a percent and its
 *   denominator the count could be worked out.
 * - Secondary suppression: the measures overlap (a young person can be in an internship and in
 *   education in one period), so no count is the total less the others; the sums that do exist are
 *   across the periods, `this period = previous period + change`. So a change (in people or in
 *   percentage points) is shown only when both the values it is made from are; otherwise a
 *   hidden count could be worked out from the one shown and the change.
 */
import { cohortCounts, type CohortCounts, type CohortRecord } from './cohort.js';
import type {
  CohortMeasure,
  CohortMeasureId,
  CohortOutcomes,
  CohortShare,
  DateRange,
} from './cohort-schema.js';
import { addCalendarMonths, addDays, dayNumberOf, isCalendarDate, localDateOf } from './dates.js';
import { programmeOf, resolveFramework } from './framework.js';
import { periodFromKey, periodOf } from './period.js';
import type { Programme, ProgressData } from './schema.js';

export const defaultMinCellSize = 5;

export interface CohortOutcomesOptions {
  /**
   * The period counted: a period key (`2026-H1`, `2026-03`, `2026-W09`) or `{ from, to }` (both
   * days included); default: the 12 months up to and including `today`.
   */
  readonly period?: string | DateRange | undefined;
  /** The day the counts are read on, `YYYY-MM-DD`; default: today in the framework's time zone. */
  readonly today?: string | undefined;
  /** Counts below this are hidden (a whole number from 1); default 5. */
  readonly minCellSize?: number | undefined;
  /**
   * Goals as shares from 0 to 1 by measure; default: the goals of the framework of the first
   * record (its `programme.goals`: half into an internship, 15 % into paid hourly work, half still
   * employed), which also says how many months "still employed" is read after (default 3).
   */
  readonly goals?: CohortGoals | undefined;
}

export type CohortGoals = Readonly<Partial<Record<CohortMeasureId, number>>>;

/** A young person's record as the outcomes read it: `ProgressData`, or the parts counted. */
export type CohortOutcomesRecord = CohortRecord & Readonly<Partial<Pick<ProgressData, 'framework'>>>;

/** The framework's goals by measure. */
export function cohortGoalsOf(programme: Programme): CohortGoals {
  return {
    internship: programme.goals.internship,
    'hourly-work': programme.goals.hourlyJob,
    'still-employed': programme.goals.stillEmployed,
  };
}

/**
 * `cohortPeriods(period, today)`: the period counted and the one of equal length before it. A
 * period key's previous period is the key before (`2026-H1` → `2025-H2`); dates give as many days
 * just before.
 */
export function cohortPeriods(
  period: string | DateRange | undefined,
  today: string,
): { period: DateRange; previousPeriod: DateRange } {
  if (typeof period === 'string') {
    const named = periodFromKey(period);
    if (!named) throw new RangeError(`cohortOutcomes: ${period} is not a period key`);
    const before = periodOf(addDays(named.start, -1), named.cadence);
    return {
      period: { from: named.start, to: named.end },
      previousPeriod: { from: before.start, to: before.end },
    };
  }
  const range = period ?? { from: addDays(addCalendarMonths(today, -12), 1), to: today };
  if (!isCalendarDate(range.from) || !isCalendarDate(range.to) || range.to < range.from) {
    throw new RangeError('cohortOutcomes: period needs from ≤ to, both YYYY-MM-DD');
  }
  const days = dayNumberOf(range.to) - dayNumberOf(range.from) + 1;
  return {
    period: { from: range.from, to: range.to },
    previousPeriod: { from: addDays(range.from, -days), to: addDays(range.from, -1) },
  };
}

export interface CohortContext {
  readonly period: DateRange;
  readonly previousPeriod: DateRange;
  readonly today: string;
  /** Default 5. */
  readonly minCellSize?: number | undefined;
  /** Shares from 0 to 1; default: the default programme's (`cohortGoalsOf(programmeOf({}))`). */
  readonly goals?: CohortGoals | undefined;
  /** The months after which the counts read "still employed"; default: the default programme's (3). */
  readonly employedAfterMonths?: number | undefined;
}

const countsOf: Readonly<
  Record<CohortMeasureId, (counts: CohortCounts) => readonly [count: number, denominator: number]>
> = {
  started: (c) => [c.started, c.tookPart],
  internship: (c) => [c.internship, c.tookPart],
  'hourly-work': (c) => [c.hourlyWork, c.tookPart],
  education: (c) => [c.education, c.tookPart],
  'ordinary-employment': (c) => [c.ordinaryEmployment, c.tookPart],
  'still-employed': (c) => [c.stillEmployed, c.employmentKnown],
};

/**
 * `cohortOutcomesFromCounts(current, previous, context)`: the `CohortOutcomes` of two periods'
 * raw counts, small cells hidden. For hosts whose counts come from `sql/cohort-outcomes.sql`.
 */
export function cohortOutcomesFromCounts(
  current: CohortCounts,
  previous: CohortCounts,
  context: CohortContext,
): CohortOutcomes {
  const minCellSize = context.minCellSize ?? defaultMinCellSize;
  if (!Number.isInteger(minCellSize) || minCellSize < 1 || minCellSize > 1000) {
    throw new RangeError('cohortOutcomes: minCellSize must be a whole number from 1 to 1000');
  }
  const goals = context.goals ?? cohortGoalsOf(programmeOf({}));
  const employedAfterMonths = context.employedAfterMonths ?? programmeOf({}).employedAfterMonths;
  const shown = (count: number): number | null => (count >= minCellSize ? count : null);
  const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  const shareOf = (count: number, denominator: number): CohortShare => {
    const shownCount = shown(count);
    const shownDenominator = shown(denominator);
    return {
      count: shownCount,
      denominator: shownDenominator,
      percent:
        shownCount === null || shownDenominator === null ? null : Math.round((100 * count) / denominator),
    };
  };
  const measures = Object.entries(countsOf).map(([id, read]): CohortMeasure => {
    const now = shareOf(...read(current));
    const before = shareOf(...read(previous));
    const goalShare = goals[id as CohortMeasureId];
    const goal = goalShare === undefined ? null : Math.round(goalShare * 100);
    return {
      id: id as CohortMeasureId,
      current: now,
      previous: before,
      countChange: difference(now.count, before.count),
      pointsChange: difference(now.percent, before.percent),
      goal,
      isGoalMet: goal === null || now.percent === null ? null : now.percent >= goal,
    };
  });
  const tookPart = shown(current.tookPart);
  const tookPartBefore = shown(previous.tookPart);
  return {
    period: context.period,
    previousPeriod: context.previousPeriod,
    today: context.today,
    employedAfterMonths,
    minCellSize,
    tookPart: { current: tookPart, previous: tookPartBefore, change: difference(tookPart, tookPartBefore) },
    measures,
  };
}

/**
 * `cohortOutcomes(list, { period, today, minCellSize, goals })`: the outcomes of a cohort of young
 * people, one `ProgressData` each (dates as `parseProgressData` returns them), counted by the
 * definitions in `cohort.ts` for the period and the one before, small cells hidden. Throws a
 * `RangeError` for an option that names no period, day or cell size.
 */
export function cohortOutcomes(
  list: ReadonlyArray<CohortOutcomesRecord>,
  options: CohortOutcomesOptions = {},
): CohortOutcomes {
  const framework = resolveFramework(list[0]?.framework);
  const programme = programmeOf(framework ?? {});
  const today =
    options.today ?? localDateOf(new Date().toISOString(), framework?.timeZone ?? 'Europe/Copenhagen');
  if (today === undefined || !isCalendarDate(today)) {
    throw new RangeError('cohortOutcomes: today must be YYYY-MM-DD');
  }
  const periods = cohortPeriods(options.period, today);
  const months = programme.employedAfterMonths;
  return cohortOutcomesFromCounts(
    cohortCounts(list, periods.period, today, months),
    cohortCounts(list, periods.previousPeriod, today, months),
    {
      ...periods,
      today,
      minCellSize: options.minCellSize,
      goals: options.goals ?? cohortGoalsOf(programme),
      employedAfterMonths: months,
    },
  );
}
