/** The programme views' words in the built-in languages (the follow-up plan, the week hours, the cohort). */
import { chartsWords } from './charts.js';
import { daProgramme } from './da-programme.js';
import { enProgramme } from './en-programme.js';
import type { BuiltInWords, ProgrammeTranslation } from './translation.js';

export const programmeWords: BuiltInWords<ProgrammeTranslation> = {
  da: { ...chartsWords.da, ...daProgramme },
  en: { ...chartsWords.en, ...enProgramme },
};
