/** The programme views' words in the built-in languages (the follow-up plan, the week hours, the cohort). */
import { chartsWords } from '../charts/words.js';
import { daProgramme } from './da.js';
import { enProgramme } from './en.js';
import type { BuiltInWords, ProgrammeTranslation } from '../translation.js';

export const programmeWords: BuiltInWords<ProgrammeTranslation> = {
  da: { ...chartsWords.da, ...daProgramme },
  en: { ...chartsWords.en, ...enProgramme },
};
