/** English words of the programme views (the shape of `da.ts` beside it). */
import type { daProgramme } from './da.js';
import { enCohort } from './en-cohort.js';

export const enProgramme: typeof daProgramme = {
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
    hint: 'Use the arrow keys to move between check-ins, Home and End to go to the first and last. Press Enter or Space to open one.',
    showTable: 'Show as table',
    showTimeline: 'Show as time line',
    shown: (shown: number, total: number) => `Showing the latest ${shown} of ${total} check-ins.`,
    showEarlier: 'Show earlier check-ins',
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
    standing: { below: 'Below the minimum.', at: 'At the minimum.', above: 'Above the minimum.' },
    gapPoint: (week: string) => `${week}: no plan.`,
    showRecent: 'Show the last 12 weeks',
    hint: 'Use the left and right arrows (← →) to move between weeks, Home and End to go to the first and last week. Press Escape to leave.',
    columns: { week: 'Week', total: 'Total' },
    plannedColumn: (what: string) => `${what}, planned`,
    attendedColumn: (what: string) => `${what}, attended`,
  },
  cohort: enCohort,
};
