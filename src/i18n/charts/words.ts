/**
 * The charts' words (the sparkline, the trend chart, the trait star, the dimension summary, the
 * data table) in the built-in languages, and how a charts-only page adds or adjusts a language.
 */
import { daCharts } from './da.js';
import { daCommon } from '../common/da.js';
import { enCharts } from './en.js';
import { enCommon } from '../common/en.js';
import { registerWords } from '../locale.js';
import type { BuiltInWords, ChartsTranslation, Translation } from '../translation.js';

export const chartsWords: BuiltInWords<ChartsTranslation> = {
  da: { ...daCommon, ...daCharts },
  en: { ...enCommon, ...enCharts },
};

/**
 * `registerLocale` of the charts bundle: adds (or replaces) a language for the charts. `messages`
 * has every key of the charts' Danish (`da` of the charts bundle; the compiler checks); a complete
 * `Translation` will do too. Elements that speak it re-render on their next update.
 */
export function registerChartsLocale(code: string, messages: ChartsTranslation & Partial<Translation>): void {
  registerWords(code, messages);
}
