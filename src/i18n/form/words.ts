/** The assessment form's words in the built-in languages. */
import { daCommon } from '../common/da.js';
import { daForm } from './da.js';
import { enCommon } from '../common/en.js';
import { enForm } from './en.js';
import type { BuiltInWords, FormTranslation } from '../translation.js';

export const formWords: BuiltInWords<FormTranslation> = {
  da: { ...daCommon, ...daForm },
  en: { ...enCommon, ...enForm },
};
