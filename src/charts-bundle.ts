/**
 * The charts-only single-file bundle (`dist/spor-charts.bundle.js`) for a page that shows progress
 * but takes no reports and holds no conversation: the trend chart, the trait star, the dimension
 * summary, the data table and the sparkline, registered under their `spor-*` tags, with the
 * languages and the run-time data API they draw from. The assessment form and the conversation
 * elements are in `dist/spor.bundle.js`.
 */
export { registerTranslation, da, en, type Translation } from './i18n/index.js';
export type * from './events/index.js';
export type { Audience } from './core/index.js';
export { SporSparkline } from './elements/spor-sparkline/spor-sparkline.js';
export { SporDataTable } from './elements/spor-data-table/spor-data-table.js';
export { SporTrendChart } from './elements/spor-trend-chart/spor-trend-chart.js';
export { SporTraitStar } from './elements/spor-trait-star/spor-trait-star.js';
export { SporDimensionSummary } from './elements/spor-dimension-summary/spor-dimension-summary.js';
export { aggregate, changesSince, parseProgressData, rollingMean } from './core/index.js';
