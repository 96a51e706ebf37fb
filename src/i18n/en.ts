/** English: every area put together, the shape of `da.ts`. */
import { enCharts } from './en-charts.js';
import { enCommon } from './en-common.js';
import { enConversation } from './en-conversation.js';
import { enForm } from './en-form.js';
import { enProgramme } from './en-programme.js';
import type { Translation } from './translation.js';

export const en: Translation = { ...enCommon, ...enCharts, ...enForm, ...enConversation, ...enProgramme };
