import type { Translation } from './translation.js';

export const en: Translation = {
  language: 'English',
  invalidData: {
    title: 'The data cannot be shown',
    lead: 'The data given by the page has errors:',
    more: (count: number) => `… and ${count} more.`,
  },
  sparkline: {
    empty: 'No data yet',
    notNumbers: 'The values must be numbers or empty (null).',
    summary: (label: string, first: string, last: string, count: number) =>
      `${label}: from ${first} to ${last} over ${count} measurements.`,
    single: (label: string, value: string) => `${label}: ${value}.`,
    defaultLabel: 'Development',
  },
};
