/**
 * Danish, the kit's original language: every area put together. Its shape is the `Translation`
 * every other language must match, so the compiler tells when a string is missing. An element
 * imports only the areas it shows (see `index.ts`), so a page of charts carries no form words.
 */
import { daCharts } from './charts/da.js';
import { daCommon } from './common/da.js';
import { daConversation } from './conversation/da.js';
import { daForm } from './form/da.js';
import { daLog } from './log/da.js';
import { daOwn } from './own/da.js';
import { daProgramme } from './programme/da.js';

export const da = {
  ...daCommon,
  ...daCharts,
  ...daForm,
  ...daConversation,
  ...daProgramme,
  ...daOwn,
  ...daLog,
};
