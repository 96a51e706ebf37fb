/**
 * The charts-only single-file bundle (`dist/spor-charts.bundle.js`) for a page that shows progress
 * but takes no reports and holds no conversation: the trend chart, the trait star, the dimension
 * summary, the data table and the sparkline, registered under their `spor-*` tags, with the
 * run-time data API they draw from. The assessment form and the conversation elements, and their
 * words, are in `dist/spor.bundle.js`.
 *
 * Its languages are the charts' words: `da` and `en` here hold only what these five elements say
 * (`ChartsTranslation`), and `registerLocale` takes that (or a complete `Translation`).
 */
import { chartsWords } from './i18n/charts/words.js';

export {
  registerChartsLocale as registerLocale,
  registerChartsLocale as registerTranslation,
} from './i18n/charts/words.js';
export { directionOf } from './i18n/locale.js';
export type { ChartsTranslation, Direction, Translation } from './i18n/translation.js';
/** The charts' Danish words, the shape a language registered here must have. */
export const da = chartsWords.da;
/** The charts' English words. */
export const en = chartsWords.en;
export type * from './events/index.js';
export type { Audience } from './core/index.js';
export { SporSparkline } from './elements/spor-sparkline/spor-sparkline.js';
export { SporDataTable } from './elements/spor-data-table/spor-data-table.js';
export { SporTrendChart } from './elements/spor-trend-chart/spor-trend-chart.js';
export { SporTraitStar } from './elements/spor-trait-star/spor-trait-star.js';
export { SporDimensionSummary } from './elements/spor-dimension-summary/spor-dimension-summary.js';
export { aggregate, changesSince, parseProgressData, rollingMean } from './core/index.js';
