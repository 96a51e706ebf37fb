/**
 * `CohortOutcomes`: what `<spor-cohort-outcomes>` shows, as a zod/mini schema (its JSON Schema is
 * `cohortJsonSchema()`). Counts only, never names: every object is strict, so a list of names
 * or ids sent along by mistake is refused, not carried. A hidden count is `null`, never a number.
 * Messages are message codes (see `messages.ts`).
 */
import { z } from 'zod/mini';
import { limits } from './limits.js';

/** The measures, in the order they are shown. */
export const cohortMeasureIds = [
  'started',
  'internship',
  'hourly-work',
  'education',
  'ordinary-employment',
  'still-employed',
] as const;

const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const LocalDateSchema = z.string().check(z.regex(localDatePattern, { error: 'localDate' }));

/** A count of young people; `null` when it is hidden (below the smallest cell size). */
const CountSchema = z.nullable(z.int().check(z.gte(0, { error: 'notNegative' })));
/** A whole percent, 0–100; `null` when it is not shown. */
const PercentSchema = z.nullable(
  z.int().check(z.gte(0, { error: 'percent' }), z.lte(100, { error: 'percent' })),
);
/** A change since the previous period; `null` when it is hidden or there is nothing to compare. */
const ChangeSchema = z.nullable(z.int());

export const DateRangeSchema = z.strictObject({ from: LocalDateSchema, to: LocalDateSchema });

/** One period's share: `count` of `denominator`, and the share in whole percent. */
export const CohortShareSchema = z.strictObject({
  count: CountSchema,
  denominator: CountSchema,
  percent: PercentSchema,
});

export const CohortMeasureSchema = z.strictObject({
  id: z.enum(cohortMeasureIds),
  current: CohortShareSchema,
  previous: CohortShareSchema,
  /** This period's count minus the previous period's. */
  countChange: ChangeSchema,
  /** This period's percent minus the previous period's, in percentage points. */
  pointsChange: ChangeSchema,
  /** The programme's goal as a whole percent (a reference mark), or `null` for none. */
  goal: PercentSchema,
  /** Whether the percent shown is at or above the goal; `null` without a goal or a percent. */
  isGoalMet: z.nullable(z.boolean()),
});

export const CohortOutcomesSchema = z.strictObject({
  /** The period counted, both days included. */
  period: DateRangeSchema,
  /** The period of equal length just before it, for the change. */
  previousPeriod: DateRangeSchema,
  /**
   * The day everything is read as of: the period's last day plus `employedAfterMonths` calendar
   * months (the grid fixes it; never the day someone looks).
   */
  asOf: LocalDateSchema,
  /** How many months after a job's start "still employed" is read (the framework's; default 3). */
  employedAfterMonths: z
    .int()
    .check(z.gte(1, { error: 'followUpAfter' }), z.lte(limits.followUpAfter, { error: 'followUpAfter' })),
  /**
   * Counts below this (fewer than it) are hidden, and so is every count that could be worked out
   * from the counts shown as a difference below it. At least 3.
   */
  minCellSize: z.int().check(z.gte(3, { error: 'cellSize' }), z.lte(1000, { error: 'cellSize' })),
  /** How many young people took part, in this period and the one before, and the change. */
  tookPart: z.strictObject({ current: CountSchema, previous: CountSchema, change: ChangeSchema }),
  measures: z.array(CohortMeasureSchema).check(z.maxLength(cohortMeasureIds.length, { error: 'tooMany' })),
});

export type CohortMeasureId = (typeof cohortMeasureIds)[number];
export type DateRange = z.infer<typeof DateRangeSchema>;
export type CohortShare = z.infer<typeof CohortShareSchema>;
export type CohortMeasure = z.infer<typeof CohortMeasureSchema>;
export type CohortOutcomes = z.infer<typeof CohortOutcomesSchema>;
