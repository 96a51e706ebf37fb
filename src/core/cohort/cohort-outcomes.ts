/**
 * Cohort outcomes: a cohort's counts for a period and the period before, as the `CohortOutcomes`
 * that `<spor-cohort-outcomes>` shows, with small cells hidden.
 *
 * Two ways in:
 * - `cohortReport(list, { period })`, **the fixed table**, what the element and the published JSON
 *   are: only whole periods of the framework's one reporting grid (`programme.reportingPeriod`,
 *   default half-years), each beside the period before it on the same grid, read as of the
 *   period's *reading day* (its last day plus `employedAfterMonths` calendar months: 2026-H1 is read
 *   as of 30 September 2026), and shown only once that day has come. The day someone looks never
 *   changes a number; it only decides which periods are ready. So a count shown once is the same
 *   count every time it is shown, and no two periods shown overlap: no difference between two
 *   tables (periods a day apart, a period and its sub-periods, one day's reading and the next) is
 *   a count of fewer people than `minCellSize`.
 * - `cohortOutcomes(list, { period, today })`: any period, read as of any day, for a counsellor
 *   with access to the records. Its results are not for publishing: the element refuses any that
 *   is off the grid.
 *
 * Small cells (docs/guides/cohort-outcomes.md), in both:
 * - Primary: a count below `minCellSize` (default 5, as Danish statistics commonly use) is `null`,
 *   never a number, never a zero. That holds for the denominators too.
 * - Secondary, within a period: some groups hold others (everyone counted took part; whoever is
 *   still employed had a job that counts, and was in ordinary employment). Where two such counts
 *   are both shown, their difference counts people too ("20 took part, 17 started": 3 did not), so
 *   when it is below `minCellSize` (zero included) the smaller group is hidden (of ordinary
 *   employment and the jobs that count for "still employed", ordinary employment), and a count
 *   whose denominator is hidden is hidden too.
 * - A percent is shown only when its count and its denominator are; a change (in people or in
 *   percentage points) only when both the values it is made from are; whether a goal is met only
 *   beside a percent shown.
 */
import { cohortCounts, type CohortCounts, type CohortRecord } from './cohort.js';
import type {
  CohortMeasure,
  CohortMeasureId,
  CohortOutcomes,
  CohortShare,
  DateRange,
} from '../format/cohort-schema.js';
import { addCalendarMonths, addDays, dayNumberOf, isCalendarDate } from '../time/dates.js';
import { todayIn } from '../time/today.js';
import { resolveFramework } from '../framework/framework.js';
import { programmeOf } from '../programme/programme.js';
import { periodFromKey, periodOf } from '../time/period.js';
import type { Cadence, Framework, Programme, ProgressData } from '../format/schema.js';

export const defaultMinCellSize = 5;
/** The smallest `minCellSize` a published table may use. */
export const leastMinCellSize = 3;

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
  /** The day the counts were read as of (for the fixed table, the period's reading day). */
  readonly asOf: string;
  /** Default 5. */
  readonly minCellSize?: number | undefined;
  /** Shares from 0 to 1; default: the default programme's (`cohortGoalsOf(programmeOf({}))`). */
  readonly goals?: CohortGoals | undefined;
  /** The months after which the counts read "still employed"; default: the default programme's (3). */
  readonly employedAfterMonths?: number | undefined;
}

type Cell = keyof CohortCounts;

/**
 * Groups that hold others, `[larger, smaller, which to hide]`: when both are shown and they differ
 * by less than `minCellSize`, the one named last is hidden. Checked in this order until none is left.
 */
const nested: ReadonlyArray<readonly [Cell, Cell, Cell]> = [
  ['tookPart', 'started', 'started'],
  ['tookPart', 'internship', 'internship'],
  ['tookPart', 'hourlyWork', 'hourlyWork'],
  ['tookPart', 'education', 'education'],
  ['tookPart', 'ordinaryEmployment', 'ordinaryEmployment'],
  ['tookPart', 'employmentKnown', 'employmentKnown'],
  ['tookPart', 'stillEmployed', 'stillEmployed'],
  ['ordinaryEmployment', 'employmentKnown', 'ordinaryEmployment'],
  ['ordinaryEmployment', 'stillEmployed', 'stillEmployed'],
  ['employmentKnown', 'stillEmployed', 'stillEmployed'],
];

/** The pairs of groups of which one holds the other, as `[larger, smaller]` (`parseCohortOutcomes` checks them). */
export const cohortNestedCounts: ReadonlyArray<readonly [Cell, Cell]> = nested.map(([a, b]) => [a, b]);

/**
 * `shownCounts(counts, minCellSize)`: one period's counts with every small cell `null` (primary and
 * secondary suppression, see the module). It reads this period's counts alone, so a period shows
 * the same counts beside whichever period it is shown with.
 */
export function shownCounts(counts: CohortCounts, minCellSize: number): Record<Cell, number | null> {
  const shown = Object.fromEntries(
    Object.entries(counts).map(([key, value]) => [key, value >= minCellSize ? value : null]),
  ) as Record<Cell, number | null>;
  let changed = true;
  while (changed) {
    changed = false;
    for (const [larger, smaller, hide] of nested) {
      const a = shown[larger];
      const b = shown[smaller];
      if (a !== null && b !== null && a - b < minCellSize) {
        shown[hide] = null;
        changed = true;
      }
    }
    // A count is never shown without its denominator.
    if (shown.employmentKnown === null && shown.stillEmployed !== null) {
      shown.stillEmployed = null;
      changed = true;
    }
  }
  return shown;
}

/** Each measure's count and denominator. */
export const cohortCellsOf: Readonly<Record<CohortMeasureId, readonly [count: Cell, denominator: Cell]>> = {
  started: ['started', 'tookPart'],
  internship: ['internship', 'tookPart'],
  'hourly-work': ['hourlyWork', 'tookPart'],
  education: ['education', 'tookPart'],
  'ordinary-employment': ['ordinaryEmployment', 'tookPart'],
  'still-employed': ['stillEmployed', 'employmentKnown'],
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
  const shownNow = shownCounts(current, minCellSize);
  const shownBefore = shownCounts(previous, minCellSize);
  const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  const shareOf = (shown: Record<Cell, number | null>, [count, denominator]: readonly [Cell, Cell]) => {
    const c = shown[count];
    const d = shown[denominator];
    return {
      count: c,
      denominator: d,
      percent: c === null || d === null ? null : Math.round((100 * c) / d),
    } satisfies CohortShare;
  };
  const measures = (Object.keys(cohortCellsOf) as CohortMeasureId[]).map((id): CohortMeasure => {
    const now = shareOf(shownNow, cohortCellsOf[id]);
    const before = shareOf(shownBefore, cohortCellsOf[id]);
    const goalShare = goals[id];
    const goal = goalShare === undefined ? null : Math.round(goalShare * 100);
    return {
      id,
      current: now,
      previous: before,
      countChange: difference(now.count, before.count),
      pointsChange: difference(now.percent, before.percent),
      goal,
      isGoalMet: goal === null || now.percent === null ? null : now.percent >= goal,
    };
  });
  return {
    period: context.period,
    previousPeriod: context.previousPeriod,
    asOf: context.asOf,
    employedAfterMonths,
    minCellSize,
    tookPart: {
      current: shownNow.tookPart,
      previous: shownBefore.tookPart,
      change: difference(shownNow.tookPart, shownBefore.tookPart),
    },
    measures,
  };
}

/**
 * `cohortOutcomes(list, { period, today, minCellSize, goals })`: the outcomes of a cohort of young
 * people, one `ProgressData` each (dates as `parseProgressData` returns them), counted by the
 * definitions in `cohort.ts` for any period and the one before, read as of `today`, small cells
 * hidden. For a counsellor with access to the records: two such results for periods a day apart,
 * or read a day apart, differ by the few people who started or ended on that day, so they are not
 * for publishing (`<spor-cohort-outcomes>` refuses them); `cohortReport` makes the fixed table.
 * Throws a `RangeError` for an option that names no period, day or cell size.
 */
export function cohortOutcomes(
  list: ReadonlyArray<CohortOutcomesRecord>,
  options: CohortOutcomesOptions = {},
): CohortOutcomes {
  const framework = resolveFramework(list[0]?.framework);
  const programme = programmeOf(framework ?? {});
  const today = readingDayOf(options.today, framework, 'cohortOutcomes');
  const periods = cohortPeriods(options.period, today);
  const months = programme.employedAfterMonths;
  return cohortOutcomesFromCounts(
    cohortCounts(list, periods.period, today, months),
    cohortCounts(list, periods.previousPeriod, today, months),
    {
      ...periods,
      asOf: today,
      minCellSize: options.minCellSize,
      goals: options.goals ?? cohortGoalsOf(programme),
      employedAfterMonths: months,
    },
  );
}

/** What the fixed table reads from the framework: its grid and the months of "still employed". */
export type ReportingRules = Pick<Programme, 'reportingPeriod' | 'employedAfterMonths'>;

/**
 * `cohortReadingDay(period, employedAfterMonths)`: the day a period of the fixed table is read as
 * of, and shown from: its last day plus `employedAfterMonths` calendar months (30 June 2026 + 3 →
 * 30 September 2026; 30 November + 3 → 28 February). By then every job begun in the period is old
 * enough for "still employed" to be known.
 */
export function cohortReadingDay(period: DateRange, employedAfterMonths: number): string {
  return addCalendarMonths(period.to, employedAfterMonths);
}

/**
 * `cohortReportPeriods(key, rules)`: a period of the reporting grid (`2026-H1` for half-years), the
 * one before it on the grid, and the day it is read as of. Throws a `RangeError` for a key that is
 * not a period of the grid (a month when the grid is half-years).
 */
export function cohortReportPeriods(
  key: string,
  rules: ReportingRules,
): { period: DateRange; previousPeriod: DateRange; asOf: string } {
  const named = periodFromKey(key);
  if (!named || named.cadence !== rules.reportingPeriod) {
    throw new RangeError(
      `cohortReport: ${key} is not a period of the reporting grid (${rules.reportingPeriod})`,
    );
  }
  const before = periodOf(addDays(named.start, -1), rules.reportingPeriod);
  const period = { from: named.start, to: named.end };
  return {
    period,
    previousPeriod: { from: before.start, to: before.end },
    asOf: cohortReadingDay(period, rules.employedAfterMonths),
  };
}

/** `isReportPeriod(range, grid)`: whether a range is one whole period of the grid. */
export function isReportPeriod(range: DateRange, grid: Cadence): boolean {
  const period = periodOf(range.from, grid);
  return period.start === range.from && period.end === range.to;
}

/**
 * `latestReportPeriod(rules, today)`: the key of the latest period of the grid whose reading day
 * has come by `today` (on 7 December 2026, half-years read 3 months on: `2026-H1`).
 */
export function latestReportPeriod(rules: ReportingRules, today: string): string {
  let period = periodOf(today, rules.reportingPeriod);
  while (cohortReadingDay({ from: period.start, to: period.end }, rules.employedAfterMonths) > today) {
    period = periodOf(addDays(period.start, -1), rules.reportingPeriod);
  }
  return period.key;
}

export interface CohortReportOptions {
  /**
   * A period key of the framework's reporting grid (`2026-H1` for half-years); default: the latest
   * whose reading day has come by `today`.
   */
  readonly period?: string | undefined;
  /**
   * The day it is now, `YYYY-MM-DD`; default: today in the framework's time zone. It only says
   * which periods are ready (a period is shown from its reading day on), never what they count.
   */
  readonly today?: string | undefined;
  /** Counts below this are hidden (a whole number from 3); default 5. */
  readonly minCellSize?: number | undefined;
  /** Goals as shares from 0 to 1 by measure; default: the framework's. */
  readonly goals?: CohortGoals | undefined;
}

/**
 * `cohortReport(list, { period, today, minCellSize, goals })`: the fixed table of a cohort, what
 * `<spor-cohort-outcomes>` shows and what may be published: the period of the framework's
 * reporting grid (the framework of the first record), the one before it on the grid, each counted
 * as of its own reading day, small cells hidden. Throws a `RangeError` for a period off the grid,
 * a period whose reading day has not come by `today`, or a `minCellSize` below 3.
 */
export function cohortReport(
  list: ReadonlyArray<CohortOutcomesRecord>,
  options: CohortReportOptions = {},
): CohortOutcomes {
  const framework = resolveFramework(list[0]?.framework);
  const programme = programmeOf(framework ?? {});
  const today = readingDayOf(options.today, framework, 'cohortReport');
  const minCellSize = options.minCellSize ?? defaultMinCellSize;
  if (!Number.isInteger(minCellSize) || minCellSize < leastMinCellSize || minCellSize > 1000) {
    throw new RangeError('cohortReport: minCellSize must be a whole number from 3 to 1000');
  }
  const periods = cohortReportPeriods(options.period ?? latestReportPeriod(programme, today), programme);
  if (periods.asOf > today) {
    throw new RangeError(`cohortReport: the period is read as of ${periods.asOf}, which has not come yet`);
  }
  const months = programme.employedAfterMonths;
  const previousAsOf = cohortReadingDay(periods.previousPeriod, months);
  return cohortOutcomesFromCounts(
    cohortCounts(list, periods.period, periods.asOf, months),
    cohortCounts(list, periods.previousPeriod, previousAsOf, months),
    {
      ...periods,
      minCellSize,
      goals: options.goals ?? cohortGoalsOf(programme),
      employedAfterMonths: months,
    },
  );
}

/**
 * The day a cohort is read on: the host's `today`, else today in the framework's time zone.
 * Throws a `RangeError` (naming `caller`) for a day that is no `YYYY-MM-DD`.
 */
function readingDayOf(today: string | undefined, framework: Framework | undefined, caller: string): string {
  const day = today ?? todayIn(framework?.timeZone ?? 'Europe/Copenhagen');
  if (day === undefined || !isCalendarDate(day)) throw new RangeError(`${caller}: today must be YYYY-MM-DD`);
  return day;
}
