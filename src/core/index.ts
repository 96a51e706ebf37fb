/**
 * Spor's core: the data format, the frameworks, period keys, aggregation and changes. Pure: no
 * DOM, no lit, no d3; it runs in the browser and in Node.
 */
export {
  ActivitySchema,
  AssessmentSchema,
  AudienceSchema,
  EducationSchema,
  ExperienceSchema,
  experienceKinds,
  FollowUpOutcomeSchema,
  FollowUpSchema,
  FollowUpStepSchema,
  JobSchema,
  ProgrammeSchema,
  WeekHoursSchema,
  CadenceSchema,
  ConversationRecordSchema,
  DimensionSchema,
  FrameworkSchema,
  InstrumentSchema,
  LocalizedTextSchema,
  PlacementSchema,
  ProgressDataSchema,
  PromptSchema,
  PromptSetSchema,
  ScaleSchema,
  TraitSchema,
  limits,
  type Activity,
  type Assessment,
  type Cadence,
  type Education,
  type Experience,
  type ExperienceInput,
  type FollowUp,
  type FollowUpOutcome,
  type FollowUpStep,
  type Job,
  type Programme,
  type ProgrammeInput,
  type WeekHours,
  type ConversationRecord,
  type Dimension,
  type DimensionComponent,
  type Framework,
  type FrameworkInput,
  type Instrument,
  type InstrumentItem,
  type LocalizedText,
  type Participant,
  type Placement,
  type ProgressData,
  type ProgressDataInput,
  type Prompt,
  type PromptSet,
  type PromptSetInput,
  type Rater,
  type RaterRole,
  type Scale,
  type ScoreBand,
  type Scoring,
  type Trait,
} from './format/schema.js';
export { nextworkFramework } from './framework/framework-nextwork.js';
export {
  bandOf,
  builtinFrameworks,
  chartScaleOf,
  frameworkIndex,
  itemOf,
  labelIn,
  labelOf,
  resolveFramework,
  roleLabel,
  scaleOf,
  selectedSeriesIds,
  changeWindowOf,
  seriesDefinitions,
  seriesIdsOf,
  seriesScaleOf,
  isSelfReading,
  selfReadingsOf,
  type SelfReading,
  type FrameworkIndex,
  type SeriesDefinition,
  type SeriesKind,
  defaultChangeWindow,
} from './framework/framework.js';
export { programmeOf } from './programme/programme.js';
export {
  builtinPromptSets,
  nextLevelPromptSet,
  nextworkPromptSet,
  resolvePromptSet,
} from './framework/prompts.js';
export {
  addCalendarMonths,
  addDays,
  addMonths,
  compareDateText,
  firstCalendarDate,
  isCalendarDate,
  lastCalendarDate,
  localDateOf,
  readLocalDate,
  type LocalDateProblem,
  type LocalDateReading,
} from './time/dates.js';
export { recentDomainOf, wholeDomainOf, type DateDomain, type DomainSources } from './time/domains.js';
export { periodFromKey, periodKey, periodOf, periodsBetween, type Period } from './time/period.js';
export { isBidiSensitive, isolateIfSensitive } from './read/bidi-text.js';
export { messageLocaleOf, type MessageLocale } from './read/messages.js';
export type { IssuePath, ValidationIssue } from './read/issues.js';
export {
  parseFramework,
  parseProgressData,
  parsePromptSet,
  type ParseOptions,
  type ParseResult,
} from './read/parse.js';
export {
  parseAssessment,
  parseConversationRecord,
  parseExperience,
  type ParseAssessmentOptions,
  type ParseConversationRecordOptions,
  type ParseExperienceOptions,
} from './read/parse-records.js';
export {
  aggregate,
  isThinPoint,
  questionnaireScore,
  seriesOf,
  type AggregateOptions,
  type Aggregation,
  type Series,
  type SeriesPoint,
} from './progress/aggregate.js';
export { selfSeriesFor, selfSeriesOf } from './progress/self-series.js';
export { logFor } from './progress/own-log.js';
export {
  latestIndexOf,
  rollingMean,
  rollingNow,
  windowStartOf,
  type RollingPoint,
  type RollingSource,
} from './progress/rolling.js';
export {
  windowOf,
  changeOf,
  shownDeltaOf,
  changeSizeOf,
  largeChangeOf,
  changesSince,
  defaultSteadyThreshold,
  type Change,
  type ChangeDirection,
  type ChangeSize,
  type ChangesOptions,
  type ChangeWindow,
} from './progress/changes.js';
export { roundAsWritten } from './progress/round.js';
export { plainStepOf, type PlainStep } from './progress/plain-level.js';
export { notesBetween, type Note, type NotesOptions } from './progress/notes.js';
export {
  currentFocus,
  currentTarget,
  lastConversation,
  type CurrentTarget,
} from './progress/conversations.js';
export {
  isConsentValid,
  ownerOf,
  participantIdOf,
  recordFit,
  type RecordContext,
  type RecordFit,
} from './people/person-boundary.js';
export { csvOf, periodRowsOf, type CsvCell, type CsvFormat, type PeriodRow } from './progress/period-rows.js';
export {
  audienceOf,
  experiencesFor,
  forAudience,
  selfRole,
  youngPersonNoteItems,
  isSelfReportedSeries,
  maySeeRole,
  maySeeOwnReading,
  maySeeSelfReport,
  maySeeSeries,
  selfReportedInstruments,
  visibleRaterRoles,
  type Audience,
  type AudienceReading,
  type Viewer,
} from './people/audience.js';
export {
  cohortJsonSchema,
  conversationRecordJsonSchema,
  progressDataJsonSchema,
} from './format/json-schema.js';
export {
  CohortMeasureSchema,
  CohortOutcomesSchema,
  CohortShareSchema,
  DateRangeSchema,
  cohortMeasureIds,
  type CohortMeasure,
  type CohortMeasureId,
  type CohortOutcomes,
  type CohortShare,
  type DateRange,
} from './format/cohort-schema.js';
export { cohortCounts, type CohortCounts, type CohortRecord } from './cohort/cohort.js';
export {
  cohortCellsOf,
  cohortGoalsOf,
  cohortNestedCounts,
  cohortOutcomes,
  cohortOutcomesFromCounts,
  cohortPeriods,
  cohortReadingDay,
  cohortReport,
  cohortReportPeriods,
  isReportPeriod,
  latestReportPeriod,
  leastMinCellSize,
  shownCounts,
  defaultMinCellSize,
  type CohortContext,
  type CohortGoals,
  type CohortOutcomesOptions,
  type CohortOutcomesRecord,
  type CohortReportOptions,
  type ReportingRules,
} from './cohort/cohort-outcomes.js';
export { parseCohortOutcomes } from './cohort/parse-cohort.js';
export {
  checkInStatus,
  defaultSoonDays,
  followUpPlan,
  jobFollowUp,
  latestCheckIns,
  shownCheckIns,
  stepDue,
  stillEmployed,
  type CheckIn,
  type CheckInStatus,
  type FollowUpPlanOptions,
  type JobFollowUp,
  type ShownFollowUp,
  type StillEmployed,
} from './programme/follow-ups.js';
export {
  activities,
  minimumRecord,
  minimumStandingOf,
  recentWeeks,
  weekHoursOf,
  type HoursWeek,
  type HoursByWeek,
  type MinimumRecord,
  type MinimumStanding,
} from './programme/week-hours.js';
export { samplePersonas, sampleAsOf } from './samples/personas.js';
export { syntheticProgressData, type SyntheticProfile } from './samples/synthetic.js';
export { syntheticCohort, type SyntheticCohortOptions } from './samples/synthetic-cohort.js';
