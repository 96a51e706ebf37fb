/**
 * The programme records of the input format: the programme's numbers in a framework (check-ins
 * after a job, the minimum week, the goals), and a young person's jobs, educations, follow-ups
 * and week hours.
 */
import { z } from 'zod/mini';
import { limits } from './limits.js';
import {
  CadenceSchema,
  DateInputSchema,
  FrameworkIdSchema,
  HostIdSchema,
  HoursSchema,
  listOf,
  NoteSchema,
  ShareSchema,
  WeekKeySchema,
} from './schema-parts.js';

/** What a young person does in a week's plan: internship, teaching (school, courses) or other. */
export const ActivitySchema = z.enum(['internship', 'teaching', 'other']);

/** One agreed check-in after a job starts: `{ id: '1-month', after: 1, unit: 'month' }`. */
export const FollowUpStepSchema = z.object({
  id: FrameworkIdSchema,
  after: z
    .int({ error: 'followUpAfter' })
    .check(z.gte(1, { error: 'followUpAfter' }), z.lte(limits.followUpAfter, { error: 'followUpAfter' })),
  unit: z.enum(['week', 'month']),
});

/**
 * The programme's numbers, as data (docs/design.md, "Programme records"): the check-ins after a job
 * starts, how long a job must last to count as "still employed", the minimum hours of a week, the
 * planned week, and the cohort's goals. Every field has a default, so `{}` is Herning's plan with
 * NExTWORK's minimum, Flere varme hænder's week and Flere skal med's goals; `programmeOf` reads it.
 */
export const ProgrammeSchema = z.object({
  /** The agreed check-ins after a job starts; default 1 week, 1 month and 3 months. */
  followUps: z._default(listOf(FollowUpStepSchema, limits.followUpSteps), [
    { id: '1-week', after: 1, unit: 'week' },
    { id: '1-month', after: 1, unit: 'month' },
    { id: '3-months', after: 3, unit: 'month' },
  ]),
  /** A job lasting this many months from its start counts as "still employed"; default 3. */
  employedAfterMonths: z._default(
    z
      .int({ error: 'followUpAfter' })
      .check(z.gte(1, { error: 'followUpAfter' }), z.lte(limits.followUpAfter, { error: 'followUpAfter' })),
    3,
  ),
  /**
   * The one reporting grid cohort counts are published on: its period length (default half-years).
   * Only whole periods of it that have ended are shown, each beside the one before it.
   */
  reportingPeriod: z._default(CadenceSchema, 'half-year'),
  /** The least hours a week should hold, all activities together (NExTWORK: 15). */
  minimumWeeklyHours: z._default(HoursSchema, 15),
  /** The planned week by activity, in hours (Flere varme hænder: 25 internship + 12 teaching). */
  plannedWeek: z._default(
    z.object({
      internship: z.optional(HoursSchema),
      teaching: z.optional(HoursSchema),
      other: z.optional(HoursSchema),
    }),
    { internship: 25, teaching: 12 },
  ),
  /** The cohort's goals, as shares from 0 to 1 (Herning; Flere skal med). */
  goals: z._default(
    z.object({
      /** Still employed `employedAfterMonths` after starting a job: half. */
      stillEmployed: z._default(ShareSchema, 0.5),
      /** Into paid hourly work: 15 %. */
      hourlyJob: z._default(ShareSchema, 0.15),
      /** Into an internship: half. */
      internship: z._default(ShareSchema, 0.5),
    }),
    { stillEmployed: 0.5, hourlyJob: 0.15, internship: 0.5 },
  ),
});

/** A job after (or beside) the programme: `ordinary` employment or paid `hourly` work. */
export const JobSchema = z.object({
  id: HostIdSchema,
  employer: HostIdSchema,
  start: DateInputSchema,
  /** Missing while the job goes on. */
  end: z.optional(DateInputSchema),
  kind: z.enum(['ordinary', 'hourly']),
  /** Agreed hours a week, when known. */
  hoursPerWeek: z.optional(HoursSchema),
});

/** An education the young person started (a course, a vocational school, FGU). */
export const EducationSchema = z.object({
  id: HostIdSchema,
  institution: HostIdSchema,
  start: DateInputSchema,
  /** Missing while it goes on. */
  end: z.optional(DateInputSchema),
});

/** How a check-in went, in the programme's own words; `declined`: the young person said no thanks. */
export const FollowUpOutcomeSchema = z.enum(['going-well', 'needs-support', 'declined', 'ended']);

/** An agreed check-in after a job starts (Herning: 1 week, 1 month, 3 months). Voluntary. */
export const FollowUpSchema = z.object({
  id: HostIdSchema,
  /** The job it follows up on (an id in `jobs`). */
  jobId: HostIdSchema,
  /** When it is agreed to happen; not before the job starts. */
  due: DateInputSchema,
  /** When it happened (or was declined); missing while it has not. */
  done: z.optional(DateInputSchema),
  with: z.enum(['young-person', 'employer', 'both']),
  /** Recorded with `done`. */
  outcome: z.optional(FollowUpOutcomeSchema),
  note: z.optional(NoteSchema),
});

/** Planned and attended hours of one activity in one ISO week. A week with no entry has no plan. */
export const WeekHoursSchema = z.object({
  week: WeekKeySchema,
  activity: ActivitySchema,
  planned: HoursSchema,
  attended: HoursSchema,
});

export type Activity = z.infer<typeof ActivitySchema>;
export type FollowUpStep = z.infer<typeof FollowUpStepSchema>;
export type Programme = z.infer<typeof ProgrammeSchema>;
export type ProgrammeInput = z.input<typeof ProgrammeSchema>;
export type Job = z.infer<typeof JobSchema>;
export type Education = z.infer<typeof EducationSchema>;
export type FollowUpOutcome = z.infer<typeof FollowUpOutcomeSchema>;
export type FollowUp = z.infer<typeof FollowUpSchema>;
export type WeekHours = z.infer<typeof WeekHoursSchema>;
