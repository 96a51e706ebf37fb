/** English words every element may show (the shape of `da.ts` beside it). */
import type { daCommon } from './da.js';

export const enCommon: typeof daCommon = {
  language: 'English',
  invalidData: {
    title: 'The data cannot be shown',
    lead: 'The data given by the page has errors:',
    more: (count: number) => `… and ${count} more.`,
    kept: 'The page’s data cannot be used just now. What has been written is still here.',
  },
  period: {
    week: (week: number, year: number) => `week ${week}, ${year}`,
    halfYear: (half: number, year: number) => `${half === 1 ? 'first' : 'second'} half of ${year}`,
  },
};
