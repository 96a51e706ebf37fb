/**
 * The input format (version 1) and the framework format, as zod/mini schemas. Every type of the
 * data a host passes in is inferred from these schemas, so a fact is written down only once.
 *
 * The schemas check shapes only. What needs the framework to decide (is this item known, is this
 * rating on the scale, do placements overlap) is checked in `check-data.ts` and
 * `check-framework.ts`, because a host may pass its own framework inside the data.
 *
 * Messages given to checks here are message codes (see `messages.ts`); `parse.ts` turns them into
 * Danish or English sentences.
 */
import { z } from 'zod/mini';
import {
  audiences,
  dateInputPattern,
  frameworkIdPattern,
  itemRefPattern,
  limits,
  localeCodePattern,
  weekKeyPattern,
} from './limits.js';
import { hasLanguage } from './refinements.js';

export {
  dateInputPattern,
  frameworkIdPattern,
  itemRefPattern,
  limits,
  localeCodePattern,
  weekKeyPattern,
} from './limits.js';

/** An array of at most `max` entries (`tooMany` beyond), and with `min` entries at least. */
function listOf<T extends z.ZodMiniType>(schema: T, max: number, min = 0) {
  const tooMany = z.maxLength(max, { error: 'tooMany' });
  return min > 0
    ? z.array(schema).check(z.minLength(min, { error: 'emptyList' }), tooMany)
    : z.array(schema).check(tooMany);
}

/**
 * Hints for the JSON Schema only. The fields of an assessment are checked in `check-data.ts`
 * rather than by zod checks: a zod/mini check costs about as much as the rest of a field's
 * parsing, and a two-year cohort has hundreds of thousands of these fields. The JSON Schema
 * still tells back-end teams the patterns and lengths, through this registry.
 */
export const jsonSchemaHints = z.registry<Record<string, unknown>>();

function hinted<T extends z.ZodMiniType>(schema: T, hint: Record<string, unknown>): T {
  jsonSchemaHints.add(schema, hint);
  return schema;
}

const FrameworkIdSchema = z.string().check(z.regex(frameworkIdPattern, { error: 'frameworkId' }));
const ItemRefSchema = z.string().check(z.regex(itemRefPattern, { error: 'itemRef' }));
/** Ids made by a host's own systems (participants, placements, assessments, raters): any short text. */
const HostIdSchema = z
  .string()
  .check(z.minLength(1, { error: 'empty' }), z.maxLength(limits.shortText, { error: 'tooLong' }));
const ShortTextSchema = z.string().check(z.maxLength(limits.shortText, { error: 'tooLong' }));
const DateInputSchema = z.string().check(z.regex(dateInputPattern, { error: 'dateFormat' }));
const NoteSchema = z.string().check(z.maxLength(limits.note, { error: 'tooLong' }));
/** Hours in a week: from 0 to `limits.weekHours`, fractions allowed (a half hour is real). */
const HoursSchema = z
  .number()
  .check(z.gte(0, { error: 'negativeHours' }), z.lte(limits.weekHours, { error: 'weekHours' }));
/** A share of a cohort, from 0 to 1 (`0.15` is 15 %). */
const ShareSchema = z.number().check(z.gte(0, { error: 'share' }), z.lte(1, { error: 'share' }));
const WeekKeySchema = z.string().check(z.regex(weekKeyPattern, { error: 'weekKey' }));

// Assessment fields: the same rules as above, checked in check-data.ts (see `jsonSchemaHints`).
const dateDescription =
  "YYYY-MM-DD, or an ISO 8601 date-time with an offset (read as a local date in the framework's time zone)";
const hintedFrameworkId = () => hinted(z.string(), { pattern: frameworkIdPattern.source });
const hintedHostId = () => hinted(z.string(), { minLength: 1, maxLength: limits.shortText });
const hintedShortText = () => hinted(z.string(), { maxLength: limits.shortText });
const hintedDate = () =>
  hinted(z.string(), { pattern: dateInputPattern.source, description: dateDescription });

/**
 * A text in one or more languages, keyed by language tag. Any language may be given; none is
 * required, but at least one is. A reader gets their language, else English, else Danish, else
 * the first given (`labelOf`).
 */
export const LocalizedTextSchema = hinted(
  z
    .record(z.string().check(z.regex(localeCodePattern, { error: 'localeCode' })), z.string())
    .check(z.refine(hasLanguage, { error: 'noLanguage' })),
  { minProperties: 1, description: 'A text by language tag, e.g. { "da": "…", "ar": "…" }.' },
);

export const CadenceSchema = z.enum(['week', 'month', 'half-year']);

export const ScaleSchema = z.object({
  id: FrameworkIdSchema,
  min: z.number(),
  max: z.number(),
  step: z.number().check(z.positive({ error: 'positive' })),
  /** A label per value, for forms and axes (`1` = "Sjældent eller slet ikke"). */
  labels: z._default(
    listOf(z.object({ value: z.number(), label: LocalizedTextSchema }), limits.scaleLabels),
    [],
  ),
});

export const RaterRoleSchema = z.object({
  id: FrameworkIdSchema,
  label: LocalizedTextSchema,
});

export const InstrumentItemSchema = z.object({
  id: FrameworkIdSchema,
  label: LocalizedTextSchema,
  /** `rating`: a number on the instrument's scale or null; `text`: a written note. */
  kind: z._default(z.enum(['rating', 'text']), 'rating'),
  /** For forms: the item must be filled in. The data format itself does not enforce it. */
  required: z._default(z.boolean(), false),
});

export const ScoreBandSchema = z.object({
  id: FrameworkIdSchema,
  min: z.number(),
  max: z.number(),
  label: LocalizedTextSchema,
});

export const ScoringSchema = z.object({
  label: LocalizedTextSchema,
  method: z.literal('mean'),
  /** Reverse-scored items: `min + max − x` (on 1–5: `6 − x`). */
  reverse: z._default(listOf(FrameworkIdSchema, limits.reverse), []),
  /** How many items must be answered for a score; default: all rated items. */
  minAnswered: z.optional(z.int().check(z.positive({ error: 'positive' }))),
  /** Score bands, compared after rounding the score to two decimals. */
  bands: z._default(listOf(ScoreBandSchema, limits.bands), []),
});

export const InstrumentSchema = z.object({
  id: FrameworkIdSchema,
  label: LocalizedTextSchema,
  cadence: CadenceSchema,
  /** The scale id every rated item of this instrument uses. */
  scale: FrameworkIdSchema,
  raterRoles: listOf(FrameworkIdSchema, limits.raterRoles, 1),
  items: listOf(InstrumentItemSchema, limits.items, 1),
  scoring: z.optional(ScoringSchema),
});

export const TraitSchema = z.object({
  id: FrameworkIdSchema,
  label: LocalizedTextSchema,
  /** The items a trait is rated by, as `instrument.item`. */
  items: listOf(ItemRefSchema, limits.traitItems, 1),
});

export const DimensionComponentSchema = z.object({
  /** `trait`: a trait id; `item`: `instrument.item`; `score`: an instrument id with a scoring rule. */
  kind: z.enum(['trait', 'item', 'score']),
  ref: z.string(),
  weight: z._default(
    z.number().check(z.positive({ error: 'positive' }), z.lte(limits.weight, { error: 'tooHeavy' })),
    1,
  ),
});

export const DimensionSchema = z.object({
  id: FrameworkIdSchema,
  label: LocalizedTextSchema,
  cadence: CadenceSchema,
  /** The share of the total weight that must have a value, or the period is a gap. */
  minCoverage: z._default(
    z.number().check(z.gt(0, { error: 'coverage' }), z.lte(1, { error: 'coverage' })),
    0.5,
  ),
  components: listOf(DimensionComponentSchema, limits.components, 1),
  /** The traits drawn under this dimension. */
  shows: z._default(listOf(FrameworkIdSchema, limits.shows), []),
});

/** A rolling window: a whole number of periods, from 1 to `limits.changeWindow`. */
const ChangeWindowSchema = z
  .int({ error: 'changeWindow' })
  .check(z.gte(1, { error: 'changeWindow' }), z.lte(limits.changeWindow, { error: 'changeWindow' }));

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

export const FrameworkSchema = z.object({
  id: FrameworkIdSchema,
  label: LocalizedTextSchema,
  /** IANA time zone in which date-times become dates and periods are counted. */
  timeZone: z._default(z.string(), 'Europe/Copenhagen'),
  roles: listOf(RaterRoleSchema, limits.roles, 1),
  scales: listOf(ScaleSchema, limits.scales, 1),
  instruments: listOf(InstrumentSchema, limits.instruments, 1),
  traits: z._default(listOf(TraitSchema, limits.traits), []),
  dimensions: z._default(listOf(DimensionSchema, limits.dimensions), []),
  /**
   * How many periods of each cadence the rolling mean spans, by which every element tells change
   * (docs/design.md, "One story of change"); default 4 weeks, 1 month, 1 half-year.
   */
  changeWindow: z.optional(
    z.object({
      week: z.optional(ChangeWindowSchema),
      month: z.optional(ChangeWindowSchema),
      'half-year': z.optional(ChangeWindowSchema),
    }),
  ),
  /** The programme's numbers (follow-up plan, minimum hours, planned week, goals); see `programmeOf`. */
  programme: z.optional(ProgrammeSchema),
});

export const PromptSchema = z.object({
  id: FrameworkIdSchema,
  text: LocalizedTextSchema,
  /**
   * What the conversation shows beside the prompt: `changes` (what changed since last time),
   * `examples` (concrete examples, the "done well" notes), `focus` (pick a focus area), `open`.
   */
  purpose: z._default(z.enum(['changes', 'examples', 'appreciation', 'focus', 'open']), 'open'),
});

export const PromptSetSchema = z.object({
  id: FrameworkIdSchema,
  label: LocalizedTextSchema,
  prompts: listOf(PromptSchema, limits.prompts, 1),
});

export const PlacementSchema = z.object({
  id: HostIdSchema,
  company: HostIdSchema,
  role: z.optional(ShortTextSchema),
  start: DateInputSchema,
  /** Missing while the internship is still going on. */
  end: z.optional(DateInputSchema),
});

export const RaterSchema = z.object({
  role: hintedFrameworkId(),
  id: z.optional(hintedHostId()),
  name: z.optional(hintedShortText()),
  placementId: z.optional(hintedHostId()),
});

export const AssessmentSchema = z.object({
  id: hintedHostId(),
  instrument: hintedFrameworkId(),
  date: hintedDate(),
  rater: RaterSchema,
  // Keys are checked against the framework (which says more than a pattern could). A catchall
  // object rather than a record: the same JSON Schema, and a fifth faster to parse.
  /** Rated item id → a number on the scale, or null for "not observed" (never a low score). */
  ratings: z.catchall(z.object({}), z.nullable(z.number())),
  /** Text item id → text. */
  notes: z.optional(z.catchall(z.object({}), hinted(z.string(), { maxLength: limits.note }))),
});

export const ConversationRecordSchema = z.object({
  id: HostIdSchema,
  date: DateInputSchema,
  promptSet: FrameworkIdSchema,
  /** Prompt id → answer; the ids are checked against the prompt set. */
  answers: z.record(z.string(), z.string().check(z.maxLength(limits.answer, { error: 'tooLong' }))),
  /** A series id (trait, dimension or `instrument.item`) the charts highlight from then on. */
  focus: z.optional(z.string()),
  /**
   * The young person agreed, in this conversation, to show their self-report (resilience); absent
   * is false. Only this conversation's printed summary reads it: consent is asked each time.
   */
  resilienceConsent: z.optional(
    hinted(z.boolean(), {
      default: false,
      description: 'The young person agreed in this conversation to show resilience; absent means no.',
    }),
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

export const ParticipantSchema = z.object({
  id: HostIdSchema,
  displayName: ShortTextSchema,
  locale: z.optional(ShortTextSchema),
});

export const ProgressDataSchema = z.object({
  schemaVersion: z.literal(1),
  participant: ParticipantSchema,
  /** A built-in framework id (default `nextwork`) or a whole framework. */
  framework: z._default(z.union([FrameworkIdSchema, FrameworkSchema]), 'nextwork'),
  placements: z._default(
    z.array(PlacementSchema).check(z.maxLength(limits.placements, { error: 'tooMany' })),
    [],
  ),
  assessments: z._default(
    z.array(AssessmentSchema).check(z.maxLength(limits.assessments, { error: 'tooMany' })),
    [],
  ),
  conversations: z._default(
    z.array(ConversationRecordSchema).check(z.maxLength(limits.conversations, { error: 'tooMany' })),
    [],
  ),
  /** Jobs, education, check-ins and weekly hours (issue 12): optional, absent in older data. */
  jobs: z.optional(listOf(JobSchema, limits.jobs)),
  education: z.optional(listOf(EducationSchema, limits.education)),
  followUps: z.optional(listOf(FollowUpSchema, limits.followUps)),
  hours: z.optional(listOf(WeekHoursSchema, limits.hours)),
});

/** Who is looking (see `audience.ts`, which decides what each may see). */
export const AudienceSchema = z.enum(audiences);

export type Audience = z.infer<typeof AudienceSchema>;
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Cadence = z.infer<typeof CadenceSchema>;
export type Scale = z.infer<typeof ScaleSchema>;
export type RaterRole = z.infer<typeof RaterRoleSchema>;
export type InstrumentItem = z.infer<typeof InstrumentItemSchema>;
export type ScoreBand = z.infer<typeof ScoreBandSchema>;
export type Scoring = z.infer<typeof ScoringSchema>;
export type Instrument = z.infer<typeof InstrumentSchema>;
export type Trait = z.infer<typeof TraitSchema>;
export type DimensionComponent = z.infer<typeof DimensionComponentSchema>;
export type Dimension = z.infer<typeof DimensionSchema>;
export type Framework = z.infer<typeof FrameworkSchema>;
/** A framework as a host may write it: fields with defaults may be left out. */
export type FrameworkInput = z.input<typeof FrameworkSchema>;
export type Prompt = z.infer<typeof PromptSchema>;
export type PromptSet = z.infer<typeof PromptSetSchema>;
export type PromptSetInput = z.input<typeof PromptSetSchema>;
export type Placement = z.infer<typeof PlacementSchema>;
export type Rater = z.infer<typeof RaterSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
export type ConversationRecord = z.infer<typeof ConversationRecordSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type FollowUpStep = z.infer<typeof FollowUpStepSchema>;
export type Programme = z.infer<typeof ProgrammeSchema>;
export type ProgrammeInput = z.input<typeof ProgrammeSchema>;
export type Job = z.infer<typeof JobSchema>;
export type Education = z.infer<typeof EducationSchema>;
export type FollowUpOutcome = z.infer<typeof FollowUpOutcomeSchema>;
export type FollowUp = z.infer<typeof FollowUpSchema>;
export type WeekHours = z.infer<typeof WeekHoursSchema>;
export type ProgressData = z.infer<typeof ProgressDataSchema>;
/** Progress data as a host may write it: `framework`, `placements`, … may be left out. */
export type ProgressDataInput = z.input<typeof ProgressDataSchema>;
