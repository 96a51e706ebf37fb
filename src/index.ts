/**
 * Spor's public entry: every element (registered under its `spor-*` tag), the core data API, the
 * languages and the event types. Hosts that want their own tag names import the classes from
 * `spor/elements/<tag>.component` instead.
 */
export * from './core/index.js';
export { registerTranslation, da, en, type Translation } from './i18n/index.js';
export type * from './events/index.js';
export type { Audience } from './controllers/progress-data-controller.js';
export { SporSparkline } from './elements/spor-sparkline/spor-sparkline.js';
export { SporDataTable } from './elements/spor-data-table/spor-data-table.js';
export { SporTrendChart } from './elements/spor-trend-chart/spor-trend-chart.js';
export { SporTraitStar } from './elements/spor-trait-star/spor-trait-star.js';
export { SporDimensionSummary } from './elements/spor-dimension-summary/spor-dimension-summary.js';
