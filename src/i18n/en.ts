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
  chart: {
    empty: 'There are no ratings yet.',
    hint: 'Use the arrow keys to move between points. Press Escape to leave.',
    scaleCaption: (min: string, max: string) => `Scale ${min} to ${max}. Higher is stronger.`,
    cadence: { week: 'One point per week.', month: 'One point per month.', 'half-year': 'One point per half year.' },
    showTable: 'Show as table',
    showChart: 'Show as chart',
    showSummary: 'Show summary',
    hideSummary: 'Hide summary',
    skipToTable: 'Skip to the table',
    showAll: 'Show the whole period',
    showRecent: 'Show the last 6 months',
    legend: 'Choose what is shown',
    close: 'Close',
    valueOf: (value: string, max: string) => `${value} of ${max}`,
    ratings: (count: number, raters: number) =>
      `${count} ${count === 1 ? 'rating' : 'ratings'} from ${raters} ${raters === 1 ? 'person' : 'people'}`,
    coverage: 'Not enough data for a sure number.',
    conversation: (date: string) => `Conversation ${date}`,
    placement: (company: string) => `Internship at ${company}`,
    raters: { company: 'company', counsellor: 'counsellor', youth: 'young person' },
    pointAnnouncement: (series: string, period: string, value: string, ratings: string) =>
      `${series}, ${period}: ${value}. ${ratings}.`,
  },
  period: {
    week: (week: number, year: number) => `week ${week}, ${year}`,
    halfYear: (half: number, year: number) => `${half === 1 ? 'first' : 'second'} half of ${year}`,
  },
  summary: {
    title: 'Summary',
    rose: (series: string, before: string, after: string, since: string) => `${series} rose from ${before} to ${after} since ${since}.`,
    steady: (series: string, before: string, after: string, since: string) =>
      `${series} held steady, from ${before} to ${after} since ${since}.`,
    dipped: (series: string, before: string, after: string, since: string) =>
      `${series} dipped a little, from ${before} to ${after} since ${since}.`,
    new: (series: string, after: string) => `${series} was measured for the first time: ${after}.`,
    none: (series: string, before: string, since: string) => `${series} has not been measured since ${since}. Last time it was ${before}.`,
    latest: (series: string, value: string, period: string) => `${series} is ${value} (${period}).`,
    noData: (series: string) => `${series} has no ratings yet.`,
  },
};
