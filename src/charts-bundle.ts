/**
 * The charts-only single-file bundle (`dist/spor-charts.bundle.js`, `spor/charts-bundle`): the
 * trend chart, the trait star, the dimension summary, the data table and the sparkline, registered
 * under their `spor-*` tags, for a portal page that shows development but holds no conversation or
 * form. (Kept minimal here; issue 11 refines what goes in it.)
 */
export { SporSparkline } from './elements/spor-sparkline/spor-sparkline.js';
export { SporDataTable } from './elements/spor-data-table/spor-data-table.js';
export { SporTrendChart } from './elements/spor-trend-chart/spor-trend-chart.js';
export { SporTraitStar } from './elements/spor-trait-star/spor-trait-star.js';
export { SporDimensionSummary } from './elements/spor-dimension-summary/spor-dimension-summary.js';
export { parseProgressData } from './core/index.js';
export type * from './events/index.js';
