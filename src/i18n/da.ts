/**
 * Danish, the kit's original language: every area put together. Its shape is the `Translation`
 * every other language must match, so the compiler tells when a string is missing. An element
 * imports only the areas it shows (see `index.ts`), so a page of charts carries no form words.
 */
import { daCharts } from './da-charts.js';
import { daCommon } from './da-common.js';
import { daConversation } from './da-conversation.js';
import { daForm } from './da-form.js';
import { daProgramme } from './da-programme.js';

export const da = { ...daCommon, ...daCharts, ...daForm, ...daConversation, ...daProgramme };
