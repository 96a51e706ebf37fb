/** English words of the charts (the shape of `da.ts` beside it). */
import type { daCharts, MovedWords } from './da.js';

import type { Cadence, ChangeSize } from '../../core/index.js';

const moved: MovedWords = {
  rose: { little: 'a little higher', large: 'higher' },
  dipped: { little: 'a little lower', large: 'lower' },
  steady: 'steady',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const units: Readonly<Record<Cadence, readonly [string, string]>> = {
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  'half-year': ['half-year', 'half-years'],
};

export const enCharts: typeof daCharts = {
  sparkline: {
    empty: 'No data yet',
    notNumbers: 'The values must be numbers or empty (null).',
    notBound: 'Min and max must be numbers.',
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
    hint: 'Use the arrow keys: ← and → move between points, ↑ and ↓ between lines. Page Up and Page Down move a month, Home and End go to the first and last point. Press Escape to leave.',
    scaleCaption: (min: string, minLabel: string, max: string, maxLabel: string) =>
      `Scale from ${min} (${minLabel.toLowerCase()}) to ${max} (${maxLabel.toLowerCase()}). Higher is stronger.`,
    cadence: {
      week: 'One point per week.',
      month: 'One point per month.',
      'half-year': 'One point per half year.',
    },
    showTable: 'Show as table',
    showChart: 'Show as chart',
    /** The summary is always read out; this toggle shows it on screen too. */
    summaryOnScreen: 'Show summary on screen',
    skipToTable: 'Skip to the table',
    showAll: 'Show the whole period',
    showRecent: 'Show the last 6 months',
    roleDescription: 'chart',
    legend: 'Choose what is shown',
    focusArea: 'Focus area',
    focusSentence: (series: string) => `The focus area is ${series}.`,
    close: 'Close',
    valueOf: (value: string, max: string) => `${value}\u00a0of\u00a0${max}`,
    ratings: (count: number, raters: number) =>
      `${count} ${count === 1 ? 'rating' : 'ratings'} from ${raters} ${raters === 1 ? 'person' : 'people'}`,
    coverage: 'Not enough data for a sure number.',
    conversation: (date: string) => `Conversation ${date}`,
    placement: (company: string) => `Internship at ${company}`,
    raters: { company: 'company', counsellor: 'counsellor', youth: 'young person' },
    pointAnnouncement: (series: string, period: string, value: string, ratings: string) =>
      `${series}, ${period}: ${value}. ${ratings}.`,
    own: 'Your own reading',
    ownReading: (trait: string, company: string, self: string) =>
      `${trait}: the company ${company}, your own ${self}.`,
    ownAt: (value: string, max: string) => `Your own reading: ${value}\u00a0of\u00a0${max}`,
    withOwn: (point: string, own: string) => `${point} ${own}.`,
    ownAnnouncement: (series: string, period: string, own: string) => `${series}, ${period}: ${own}.`,
    targetMark: (value: string) => `Target ${value}`,
    targetSentence: (series: string, value: string, max: string, date: string) =>
      `The target for ${series} is ${value}\u00a0of\u00a0${max}. It was set on ${date}.`,
  },
  /** The trend chart's own words (issue 10: smoothed lines, panels, the key, placements and conversations). */
  trend: {
    ratingsOf: (values: string, count: number) => (count === 1 ? `Rating: ${values}` : `Ratings: ${values}`),
    meanOver: (value: string, n: number, cadence: Cadence) =>
      `Average of ${n} ${units[cadence][n === 1 ? 0 : 1]}: ${value}`,
    pointAnnouncement: (series: string, period: string, ratings: string, mean: string) =>
      `${series}, ${period}: ${ratings}. ${mean}.`,
    keyPlacement: 'Internship',
    keyConversation: 'Conversation',
    keyRatings: 'Rating',
    keyMean: (n: number, cadence: Cadence) => `Average of ${n} ${units[cadence][n === 1 ? 0 : 1]}`,
    key: 'How to read the chart',
    placementSpan: (company: string, from: string, to: string) =>
      `Internship at ${company} from ${from} to ${to}.`,
    placementOpen: (company: string, from: string) => `Internship at ${company} from ${from}.`,
    conversations: (dates: string) => `Conversations: ${dates}.`,
    conversationOne: (date: string) => `Conversation: ${date}.`,
    actions: 'More',
    actionsLabel: 'More views',
  },
  star: {
    title: (name: string) => (name ? `${name}'s traits: now and last time` : 'Traits: now and last time'),
    caption: (window: string, since: string) =>
      `Average of ${window}. The solid line is now. The dashed line is the conversation on ${since}.`,
    captionNoConversation: (window: string) => `Average of ${window}.`,
    now: 'Now',
    before: 'Last conversation',
    hint: 'Use the arrow keys to move around the traits, Home and End to go to the first and last. Press Escape to leave.',
    readout: (trait: string, now: string, before: string) => `${trait}: now ${now}, last time ${before}.`,
    readoutSelf: (trait: string, now: string, self: string, before: string) =>
      `${trait}: the company ${now}, your own ${self}, last time ${before}.`,
    nowOnly: (trait: string, now: string) => `${trait} is ${now} now.`,
    noRecent: (trait: string, before: string) =>
      `${trait} has not been rated lately. Last time it was ${before}.`,
  },
  dimensions: {
    of: (max: string) => `of ${max}`,
    noValue: 'No value yet',
    change: {
      rose: (since: string, delta: string, size: ChangeSize) =>
        `${capitalised(moved.rose[size])} (${delta}) since ${since}`,
      steady: (since: string) => `Steady since ${since}`,
      dipped: (since: string, delta: string, size: ChangeSize) =>
        `${capitalised(moved.dipped[size])} (${delta}) since ${since}`,
      new: () => 'First measurement',
      none: (since: string) => `Not measured since ${since}`,
    },
    /** Says which two periods a change compares, so a one-week change is read as one. */
    compared: (before: string, after: string) => `Compares ${before} with ${after}.`,
    lastAssessed: (period: string) => `Last assessed ${period}.`,
    cadence: {
      week: 'Assessed every week.',
      month: 'Assessed every month.',
      'half-year': 'Assessed every half year.',
    },
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
    placement: 'Internship',
    noPlacement: 'no internship',
    placementSpan: (from: string, to: string) => `${from}–${to}`,
    placementFrom: (from: string) => `from ${from}`,
    conversation: (day: string) => `conversation ${day}`,
    target: (series: string, value: string) => `target for ${series}: ${value}`,
  },
  summary: {
    title: 'Summary',
    rose: (series: string, before: string, after: string, since: string, size: ChangeSize) =>
      `${series}: ${moved.rose[size]}, from ${before} before ${since} to ${after} now.`,
    steady: (series: string, after: string, since: string) =>
      `${series}: ${moved.steady} since ${since}, ${after} now.`,
    dipped: (series: string, before: string, after: string, since: string, size: ChangeSize) =>
      `${series}: ${moved.dipped[size]}, from ${before} before ${since} to ${after} now.`,
    new: (series: string, after: string) => `${series} was measured for the first time: ${after}.`,
    none: (series: string, before: string, since: string) =>
      `${series} has not been measured since ${since}. Last time it was ${before}.`,
    latest: (series: string, value: string, period: string) => `${series} is ${value} (${period}).`,
    noData: (series: string) => `${series} has no ratings yet.`,
    roseOver: (
      series: string,
      before: string,
      after: string,
      since: string,
      average: string,
      size: ChangeSize,
    ) => `${series}: ${moved.rose[size]}, from ${before} before ${since} to ${after} now (${average}).`,
    steadyOver: (series: string, after: string, since: string, average: string) =>
      `${series}: ${moved.steady} since ${since}, ${after} now (${average}).`,
    dippedOver: (
      series: string,
      before: string,
      after: string,
      since: string,
      average: string,
      size: ChangeSize,
    ) => `${series}: ${moved.dipped[size]}, from ${before} before ${since} to ${after} now (${average}).`,
    newOver: (series: string, after: string, now: string) =>
      `${series} was measured for the first time: ${after} in ${now}.`,
    noneOver: (series: string, before: string, then: string, since: string) =>
      `${series} has not been measured since ${since}. Last time it was ${before} in ${then}.`,
    latestOver: (series: string, value: string, now: string) => `${series} is ${value} in ${now}.`,
    moved,
    line: (series: string, moves: string) => `${series}: ${moves}`,
    moves: (moved: string, before: string, after: string) => `${moved}, from ${before} to ${after}`,
    steadyLine: (series: string, moved: string, after: string) => `${series}: ${moved}, ${after}`,
  },
  window: {
    last: (n: number, cadence: Cadence) =>
      n === 1 ? `the last ${units[cadence][0]}` : `the last ${n} ${units[cadence][1]}`,
    before: (n: number, cadence: Cadence, since: string) =>
      n === 1 ? `the ${units[cadence][0]} before ${since}` : `the ${n} ${units[cadence][1]} before ${since}`,
    thin: (reports: number, where: string) =>
      reports === 1 ? `Only 1 report in ${where}.` : `Only ${reports} reports in ${where}.`,
    average: (n: number, cadence: Cadence) => `average of ${n} ${units[cadence][n === 1 ? 0 : 1]}`,
  },
  export: {
    action: 'Save as a file',
    svg: 'Save as SVG',
    png: 'Save as PNG',
    csv: 'Save numbers as CSV',
    from: 'From',
    to: 'To',
    failed: 'The file could not be made.',
    csvFormat: { separator: ',', decimalMark: '.' } as {
      separator: ';' | ',' | '\t';
      decimalMark: ',' | '.';
    },
  },
};
