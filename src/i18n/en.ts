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
    titleDimensions: (name: string) => (name ? `How ${name} is developing` : 'Development'),
    titleTraits: (name: string) => (name ? `${name}'s traits over time` : 'Traits over time'),
    titleSeries: (name: string) => (name ? `How ${name} is developing` : 'Development'),
    empty: 'There are no ratings yet.',
    hint: 'Use the arrow keys to move between points. Press Escape to leave.',
    scaleCaption: (min: string, minLabel: string, max: string, maxLabel: string) =>
      `Scale from ${min} (${minLabel.toLowerCase()}) to ${max} (${maxLabel.toLowerCase()}). Higher is stronger.`,
    cadence: { week: 'One point per week.', month: 'One point per month.', 'half-year': 'One point per half year.' },
    showTable: 'Show as table',
    showChart: 'Show as chart',
    showSummary: 'Show summary',
    hideSummary: 'Hide summary',
    skipToTable: 'Skip to the table',
    showAll: 'Show the whole period',
    showRecent: 'Show the last 6 months',
    roleDescription: 'chart',
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
  star: {
    title: (name: string) => (name ? `${name}'s traits: now and last time` : 'Traits: now and last time'),
    caption: (weeks: number, since: string) =>
      `Average of the last ${weeks} weeks. The solid line is now. The dashed line is the conversation on ${since}.`,
    captionNoConversation: (weeks: number) => `Average of the last ${weeks} weeks.`,
    now: 'Now',
    before: 'Last conversation',
    hint: 'Use the arrow keys to move between the traits. Press Escape to leave.',
    readout: (trait: string, now: string, before: string) => `${trait}: now ${now}, last time ${before}.`,
    nowOnly: (trait: string, now: string) => `${trait} is ${now} now.`,
    noRecent: (trait: string, before: string) => `${trait} has not been rated lately. Last time it was ${before}.`,
  },
  dimensions: {
    of: (max: string) => `of ${max}`,
    noValue: 'No value yet',
    change: {
      rose: (since: string, delta: string) => `Rose ${delta} since ${since}`,
      steady: (since: string) => `Steady since ${since}`,
      dipped: (since: string, delta: string) => `A little lower (${delta}) since ${since}`,
      new: () => 'First measurement',
      none: (since: string) => `Not measured since ${since}`,
    },
    lastAssessed: (period: string) => `Last assessed ${period}.`,
    cadence: { week: 'Assessed every week.', month: 'Assessed every month.', 'half-year': 'Assessed every half year.' },
    thin: 'Based on few ratings. The number is uncertain.',
    /** Resilience bands in gentle, strength-based words, by the framework's band id. */
    bands: {
      high: 'Strong resilience right now.',
      normal: 'Good, steady resilience.',
      low: 'A lot is going on right now. Support can make a difference.',
    } as Partial<Record<string, string>>,
  },
  table: {
    period: 'Period',
    noValue: 'no value',
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
