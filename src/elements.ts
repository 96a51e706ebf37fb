/**
 * Every element, registered under its `spor-*` tag, with the languages and event types. Shared by
 * the public entry (`index.ts`) and the single-file bundle (`bundle.ts`).
 */
export {
  registerLocale,
  registerTranslation,
  directionOf,
  da,
  en,
  ar,
  uk,
  type Translation,
  type SecondLanguage,
  type Direction,
} from './i18n/index.js';
export type * from './events/index.js';
export type { Audience } from './core/index.js';
export { SporSparkline } from './elements/spor-sparkline/spor-sparkline.js';
export { SporDataTable } from './elements/spor-data-table/spor-data-table.js';
export { SporTrendChart } from './elements/spor-trend-chart/spor-trend-chart.js';
export { SporTraitStar } from './elements/spor-trait-star/spor-trait-star.js';
export { SporDimensionSummary } from './elements/spor-dimension-summary/spor-dimension-summary.js';
export { SporAssessmentForm } from './elements/spor-assessment-form/spor-assessment-form.js';
export { SporConversationGuide } from './elements/spor-conversation-guide/spor-conversation-guide.js';
export { SporProgressConversation } from './elements/spor-progress-conversation/spor-progress-conversation.js';
export { SporFollowUpPlan } from './elements/spor-follow-up-plan/spor-follow-up-plan.js';
export { SporWeekHours } from './elements/spor-week-hours/spor-week-hours.js';
export { SporCohortOutcomes } from './elements/spor-cohort-outcomes/spor-cohort-outcomes.js';
export { SporConversationSummary } from './elements/spor-conversation-summary/spor-conversation-summary.js';
export { SporMyProgress } from './elements/spor-my-progress/spor-my-progress.js';
export { SporExperienceLog } from './elements/spor-experience-log/spor-experience-log.js';
