/** The assessment form's words in the built-in languages. */
import { daCommon } from './da-common.js';
import { daForm } from './da-form.js';
import { enCommon } from './en-common.js';
import { enForm } from './en-form.js';
import type { BuiltInWords, FormTranslation } from './translation.js';

export const formWords: BuiltInWords<FormTranslation> = {
  da: { ...daCommon, ...daForm },
  en: { ...enCommon, ...enForm },
};
