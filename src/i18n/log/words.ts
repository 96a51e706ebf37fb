/** The log's words in the built-in languages (`<spor-experience-log>`). */
import { chartsWords } from '../charts/words.js';
import { daLog } from './da.js';
import { enLog } from './en.js';
import type { BuiltInWords, LogTranslation } from '../translation.js';

export const logWords: BuiltInWords<LogTranslation> = {
  da: { ...chartsWords.da, ...daLog },
  en: { ...chartsWords.en, ...enLog },
};
