/** English: every area put together, the shape of `da.ts`. */
import { enCharts } from './charts/en.js';
import { enCommon } from './common/en.js';
import { enConversation } from './conversation/en.js';
import { enForm } from './form/en.js';
import { enOwn } from './own/en.js';
import { enLog } from './log/en.js';
import { enProgramme } from './programme/en.js';
import type { Translation } from './translation.js';

export const en: Translation = {
  ...enCommon,
  ...enCharts,
  ...enForm,
  ...enConversation,
  ...enProgramme,
  ...enOwn,
  ...enLog,
};
