import { enCohort } from './en-cohort.js';
import type { Translation } from './translation.js';

type Cadence = 'week' | 'month' | 'half-year';
const units: Readonly<Record<Cadence, readonly [string, string]>> = {
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  'half-year': ['half-year', 'half-years'],
};

export const en: Translation = {
  language: 'English',
  invalidData: {
    title: 'The data cannot be shown',
    lead: 'The data given by the page has errors:',
    more: (count: number) => `… and ${count} more.`,
    kept: 'The page’s data cannot be used just now. What has been written is still here.',
  },
  cohort: enCohort,
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
    hint: 'Use the arrow keys to move between points. Press Escape to leave.',
    scaleCaption: (min: string, minLabel: string, max: string, maxLabel: string) =>
      `Scale from ${min} (${minLabel.toLowerCase()}) to ${max} (${maxLabel.toLowerCase()}). Higher is stronger.`,
    cadence: {
      week: 'One point per week.',
      month: 'One point per month.',
      'half-year': 'One point per half year.',
    },
    showTable: 'Show as table',
    showChart: 'Show as chart',
    showSummary: 'Show summary',
    hideSummary: 'Hide summary',
    skipToTable: 'Skip to the table',
    showAll: 'Show the whole period',
    showRecent: 'Show the last 6 months',
    roleDescription: 'chart',
    legend: 'Choose what is shown',
    focusArea: 'Focus area',
    focusSentence: (series: string) => `The focus area is ${series}.`,
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
  /** The trend chart's own words (issue 10: smoothed lines, panels, the key, placements and conversations). */
  trend: {
    ratingsOf: (values: string, count: number) => (count === 1 ? `Rating: ${values}` : `Ratings: ${values}`),
    meanOver: (value: string, n: number, cadence: Cadence) =>
      `Average of ${n} ${units[cadence][n === 1 ? 0 : 1]}: ${value}`,
    list: (items: ReadonlyArray<string>) =>
      items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`,
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
    hint: 'Use the arrow keys to move between the traits. Press Escape to leave.',
    readout: (trait: string, now: string, before: string) => `${trait}: now ${now}, last time ${before}.`,
    nowOnly: (trait: string, now: string) => `${trait} is ${now} now.`,
    noRecent: (trait: string, before: string) =>
      `${trait} has not been rated lately. Last time it was ${before}.`,
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
  },
  period: {
    week: (week: number, year: number) => `week ${week}, ${year}`,
    halfYear: (half: number, year: number) => `${half === 1 ? 'first' : 'second'} half of ${year}`,
  },
  summary: {
    title: 'Summary',
    rose: (series: string, before: string, after: string, since: string) =>
      `${series} rose from ${before} to ${after} since ${since}.`,
    steady: (series: string, before: string, after: string, since: string) =>
      `${series} held steady, from ${before} to ${after} since ${since}.`,
    dipped: (series: string, before: string, after: string, since: string) =>
      `${series} dipped a little, from ${before} to ${after} since ${since}.`,
    new: (series: string, after: string) => `${series} was measured for the first time: ${after}.`,
    none: (series: string, before: string, since: string) =>
      `${series} has not been measured since ${since}. Last time it was ${before}.`,
    latest: (series: string, value: string, period: string) => `${series} is ${value} (${period}).`,
    noData: (series: string) => `${series} has no ratings yet.`,
    roseOver: (series: string, before: string, then: string, after: string, now: string) =>
      `${series} rose from ${before} in ${then} to ${after} in ${now}.`,
    steadyOver: (series: string, before: string, then: string, after: string, now: string) =>
      `${series} held steady: ${before} in ${then} and ${after} in ${now}.`,
    dippedOver: (series: string, before: string, then: string, after: string, now: string) =>
      `${series} dipped a little, from ${before} in ${then} to ${after} in ${now}.`,
    newOver: (series: string, after: string, now: string) =>
      `${series} was measured for the first time: ${after} in ${now}.`,
    noneOver: (series: string, before: string, then: string, since: string) =>
      `${series} has not been measured since ${since}. Last time it was ${before} in ${then}.`,
    latestOver: (series: string, value: string, now: string) => `${series} is ${value} in ${now}.`,
  },
  window: {
    last: (n: number, cadence: Cadence) =>
      n === 1 ? `the last ${units[cadence][0]}` : `the last ${n} ${units[cadence][1]}`,
    before: (n: number, cadence: Cadence, since: string) =>
      n === 1 ? `the ${units[cadence][0]} before ${since}` : `the ${n} ${units[cadence][1]} before ${since}`,
    thin: (reports: number, where: string) =>
      reports === 1 ? `Only 1 report in ${where}.` : `Only ${reports} reports in ${where}.`,
  },

  form: {
    notObserved: 'Not observed',
    option: (value: string, label: string) => (label ? `${value} – ${label}` : value),
    optional: '(optional)',
    submit: 'Send',
    submitting: 'Sending …',
    next: 'Next',
    previous: 'Back',
    progress: (index: number, total: number) => `${index} of ${total}`,
    review: 'Ready to send',
    answered: (count: number, total: number) => `You have answered ${count} of ${total}.`,
    missingChoice: 'Choose an answer.',
    missingText: 'Write a few words here.',
    missing: (count: number) => (count === 1 ? '1 answer is missing.' : `${count} answers are missing.`),
    validity: 'The assessment has missing answers.',
    score: (label: string, value: string, band: string) =>
      band ? `${label}: ${value} (${band})` : `${label}: ${value}`,
    scoreIncomplete: 'The score shows when every question is answered.',
    sent: (date: string) => `Thank you. The assessment for ${date} has been sent.`,
    again: 'Fill in a new one',
    draftRestored: 'What you filled in last time is back.',
    storageFailed: 'The draft could not be saved on this device. What you filled in is still here.',
    about: (name: string, date: string) => (name ? `${name} · ${date}` : date),
    rater: (role: string, name: string) => (name ? `${role}: ${name}` : role),
    invalid: {
      unknownFramework: (id: string) => `There is no framework "${id}".`,
      unknownInstrument: (id: string, ids: string) =>
        `The framework has no instrument "${id}". Use one of: ${ids}.`,
      noScale: (id: string) => `The framework has no scale "${id}".`,
      role: (role: string, roles: string) =>
        `The role "${role}" may not fill in this instrument. Use one of: ${roles}.`,
      rater: 'The rater must be an object with at least a role ({ role }).',
      participant: 'The participant must be an object with an id ({ id, displayName }).',
      date: (value: string) => `"${value}" is not a valid date (YYYY-MM-DD).`,
      value: 'The assessment to edit does not have the right format.',
      valueInstrument: (id: string) => `The assessment to edit belongs to the instrument "${id}".`,
    },
  },
  conversation: {
    label: 'Conversation',
    progress: (index: number, total: number) => `${index} of ${total}`,
    overview: 'The whole conversation',
    overviewLead: 'Look it all through before you finish.',
    back: 'Back',
    next: 'Next',
    toOverview: 'See it all',
    finish: 'Finish the conversation',
    edit: (step: number) => `Edit answer ${step}`,
    editText: 'Edit',
    answer: 'Your answer',
    notAnswered: 'Not answered yet.',
    changesTitle: (since: string) => `What changed since ${since}`,
    firstTitle: 'Your first conversation',
    firstLead: 'This is what has been measured so far.',
    steady: (names: string) => `Steady: ${names}.`,
    more: (count: number) => (count === 1 ? 'And 1 more.' : `And ${count} more.`),
    noChanges: 'There are no new ratings since last time.',
    noData: 'There are no ratings yet.',
    notesTitle: 'Done well, the company wrote',
    noteBy: (date: string, name: string) => (name ? `${date}, ${name}` : date),
    focusTitle: 'Choose one area',
    lastFocus: (label: string) => `Last time you chose: ${label}.`,
    whole: (label: string) => `${label}, overall`,
    now: (value: string) => `Now ${value}`,
    noValue: 'No rating yet',
    change: {
      rose: (delta: string) => `rose ${delta}`,
      dipped: (delta: string) => `dipped ${delta}`,
      steady: 'steady',
      new: 'new rating',
      none: 'not rated since',
    },
    focus: (label: string) => `Focus until next time: ${label}`,
    noFocus: 'No area chosen yet.',
    consent: 'Show resilience',
    consentHint: 'Only if the young person says yes. It counts for this conversation only.',
    done: 'The conversation is finished. Thank you for today.',
    again: 'Start a new conversation',
    draftRestored: 'What you wrote last time is back.',
    storageFailed: 'The draft could not be saved on this device. What you wrote is still here.',
    charts: 'What you are looking at',
    starTitle: 'Now and at the last conversation',
    summaryTitle: 'Where things stand',
    trendTitle: 'Development over time',
    focusTrendTitle: (label: string) => `${label} over time`,
    invalid: {
      promptSet: (id: string) => `There is no conversation "${id}". Use nextwork or next-level.`,
      value: 'The conversation draft does not have the right format.',
      valuePromptSet: (id: string) => `The draft belongs to the conversation "${id}".`,
      date: (value: string) => `"${value}" is not a valid date (YYYY-MM-DD).`,
    },
  },
  // The conversation guide's words for issue 10's hand audit (kept apart so blocks merge cleanly).
  record: {
    title: (name: string) => (name ? `Conversation with ${name}` : 'Conversation'),
    date: 'Date',
    promptSet: 'Conversation guide',
    answers: 'Questions and answers',
    notAnswered: 'Not answered.',
    focusTitle: 'Focus area',
    focus: (label: string) => `Chosen for next time: ${label}.`,
    noFocus: 'No area was chosen.',
    lastFocus: (label: string, date: string) => `At the conversation on ${date} you chose: ${label}.`,
    changesTitle: (since: string) => `What has changed since the conversation on ${since}`,
    firstTitle: 'What has been measured so far',
    chartsTitle: 'The charts',
    empty: 'There is no finished conversation to show.',
    print: 'Print or save as PDF',
    invalid: 'The conversation cannot be shown.',
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
  guide: {
    stepHeading: (index: number, total: number) => `Step ${index} of ${total}:`,
  },
  followUp: {
    title: (name: string) => (name ? `${name}'s follow-up after a job` : 'Follow-up after a job'),
    caption: (steps: string) => `Agreed check-ins ${steps} after the job starts. Follow-up is voluntary.`,
    step: (after: number, unit: 'week' | 'month') =>
      `${after} ${unit === 'week' ? (after === 1 ? 'week' : 'weeks') : after === 1 ? 'month' : 'months'}`,
    extra: 'Extra check-in',
    start: 'Start',
    empty: 'There are no jobs yet.',
    job: (employer: string) => `Job at ${employer}`,
    kind: { ordinary: 'ordinary job', hourly: 'paid hourly job' },
    from: (from: string) => `from ${from}`,
    span: (from: string, to: string) => `${from} to ${to}`,
    hours: (hours: string) => `${hours} hours a week`,
    status: {
      done: 'Held',
      declined: 'Said no thanks',
      overdue: 'Not held yet',
      'due-soon': 'Soon',
      planned: 'Planned',
    },
    outcome: {
      'going-well': 'Going well',
      'needs-support': 'A little support will help',
      declined: 'The young person said no thanks. That is fine.',
      ended: 'The job has ended',
    },
    with: { 'young-person': 'with the young person', employer: 'with the employer', both: 'with both' },
    due: (date: string) => `Agreed for ${date}`,
    doneOn: (date: string) => `Held ${date}`,
    declinedNote: 'Follow-up is voluntary.',
    stillEmployed: {
      yes: (months: number) => `In the job after ${months} months: yes`,
      no: (months: number) => `In the job after ${months} months: no`,
      'not-yet': (months: number, date: string) => `In the job after ${months} months: known ${date}`,
    },
    summary: (job: string, held: number, total: number, open: string) =>
      `${job}: ${held} of ${total} check-ins held${open ? ` (${open})` : ''}.`,
    open: (overdue: number, soon: number, declined: number) =>
      [
        overdue > 0 ? `${overdue} not held yet` : '',
        soon > 0 ? `${soon} soon` : '',
        declined > 0 ? `${declined} said no thanks` : '',
      ]
        .filter(Boolean)
        .join(', '),
    hint: 'Use the arrow keys to move between check-ins. Press Enter to open one.',
    showTable: 'Show as table',
    showTimeline: 'Show as time line',
    columns: { job: 'Job', checkIn: 'Check-in', date: 'Date', with: 'With', status: 'Status' },
    badToday: (value: string) => `The day "${value}" is not a valid date (YYYY-MM-DD).`,
  },
  weekHours: {
    title: (name: string) => (name ? `${name}'s hours a week` : 'Hours a week'),
    caption: (minimum: string) =>
      `Planned and attended hours each week. The line is the minimum of ${minimum} hours.`,
    empty: 'There are no hours yet.',
    activity: { internship: 'Internship', teaching: 'Teaching', other: 'Other' },
    planned: 'Planned',
    attended: 'Attended',
    minimum: (hours: string) => `Minimum ${hours} h`,
    noPlan: 'no plan',
    week: (week: number) => `wk ${week}`,
    attendedOf: (attended: string, planned: string) => `Attended ${attended} of ${planned} planned hours`,
    atMinimum: (minimum: string, reached: number, weeks: number) =>
      `at or above the minimum of ${minimum} hours in ${reached} of the last ${weeks} weeks`,
    atMinimumGaps: (minimum: string, reached: number, planned: number, weeks: number) =>
      `at or above the minimum of ${minimum} hours in ${reached} of ${planned} planned weeks among the last ${weeks}`,
    latest: (week: string, words: string) => `${week}: ${words}.`,
    line: (attendedOf: string, week: string, record: string) => `${attendedOf} in ${week}; ${record}.`,
    gaps: (count: number) => (count === 1 ? '1 week without a plan.' : `${count} weeks without a plan.`),
    point: (week: string, attendedOf: string, parts: string, minimum: string) =>
      `${week}: ${attendedOf}. ${parts} ${minimum}`,
    part: (activity: string, attended: string, planned: string) => `${activity} ${attended} of ${planned}.`,
    reached: 'At or above the minimum.',
    below: 'Below the minimum.',
    gapPoint: (week: string) => `${week}: no plan.`,
    showRecent: 'Show the last 12 weeks',
    hint: 'Use the arrow keys to move between weeks. Press Escape to leave.',
    columns: { week: 'Week', total: 'Total' },
  },
};
