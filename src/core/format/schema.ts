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
import { audiences, limits, localeCodePattern } from './limits.js';
import {
  EducationSchema,
  FollowUpSchema,
  JobSchema,
  ProgrammeSchema,
  WeekHoursSchema,
} from './programme-schema.js';
import { ExperienceSchema } from './own-side-schema.js';
import { hasLanguage } from './refinements.js';
import {
  CadenceSchema,
  DateInputSchema,
  FrameworkIdSchema,
  hinted,
  hintedDate,
  hintedFrameworkId,
  hintedHostId,
  hintedShortText,
  HostIdSchema,
  ItemRefSchema,
  listOf,
  NoteSchema,
  ShortTextSchema,
} from './schema-parts.js';

export {
  dateInputPattern,
  experienceKinds,
  frameworkIdPattern,
  itemRefPattern,
  limits,
  localeCodePattern,
  weekKeyPattern,
} from './limits.js';
export * from './own-side-schema.js';
export * from './programme-schema.js';
export { CadenceSchema, jsonSchemaHints } from './schema-parts.js';

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
  /** What the young person will try until the next conversation, in their own words. */
  nextStep: z.optional(NoteSchema),
  /**
   * The level the young person aims for on the focus series, on that series' scale (checked in
   * `check-data.ts`, which knows the framework); only with a focus.
   */
  target: z.optional(z.number()),
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
  /** The young person's own log (work, social, other); optional, absent in older data. */
  experiences: z.optional(listOf(ExperienceSchema, limits.experiences)),
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
export type ProgressData = z.infer<typeof ProgressDataSchema>;
/** Progress data as a host may write it: `framework`, `placements`, … may be left out. */
export type ProgressDataInput = z.input<typeof ProgressDataSchema>;
