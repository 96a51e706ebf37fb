/** The young person's own page's words in the built-in languages (it shows charts' words too). */
import { chartsWords } from '../charts/words.js';
import { daOwn } from './da.js';
import { enOwn } from './en.js';
import type { BuiltInWords, OwnTranslation } from '../translation.js';

export const ownWords: BuiltInWords<OwnTranslation> = {
  da: { ...chartsWords.da, ...daOwn },
  en: { ...chartsWords.en, ...enOwn },
};
