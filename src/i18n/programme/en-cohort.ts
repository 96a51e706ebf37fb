import type { daCohort } from './da-cohort.js';

/** English words of `<spor-cohort-outcomes>`, the shape of `da-cohort.ts`. */
export const enCohort: typeof daCohort = {
  title: 'Programme outcomes',
  period: (from, to) => `${from} – ${to}`,
  comparedWith: (from, to) => `Compared with the period before: ${from} – ${to}.`,
  tookPart: (count) => `${count} young people took part in the period.`,
  tookPartBefore: (count) => `In the period before: ${count}.`,
  tookPartHidden: (min) =>
    `Fewer than ${min} young people took part in the period. The numbers are not shown.`,
  caption: (min) =>
    `The share of the young people who took part. The upright line is the goal. Numbers below ${min} are hidden, and so are numbers one of them could be worked out from.`,
  labels: {
    started: () => 'Started in the period',
    internship: () => 'In an internship',
    'hourly-work': () => 'In paid hourly work',
    education: () => 'In education',
    'ordinary-employment': () => 'In ordinary employment',
    'still-employed': (months) => `Still employed ${months} months after starting`,
  },
  fewerThan: (min) => `fewer than ${min}`,
  hidden: 'hidden',
  hiddenCount: 'a hidden number',
  of: (count, total) => `${count} of ${total} young people`,
  ofEmployed: (count, total) => `${count} of ${total} young people who began a job in the period`,
  asOf: (day, months) =>
    `Counted as of ${day}, ${months} months after the period's last day, so every job begun in the period is included.`,
  shareHidden: 'The share is not shown, because the number is hidden.',
  goal: (percent) => `Goal: ${percent}`,
  goalMet: 'Goal reached',
  changeHigher: (points, before) => `${points} percentage points higher than the period before (${before}).`,
  changeLower: (points, before) => `${points} percentage points lower than the period before (${before}).`,
  changeSame: (before) => `The same share as the period before (${before}).`,
  changeHidden: 'The change is not shown, because one of the numbers is hidden.',
  hint: 'Use the arrow keys (↑ ↓ or ← →) to move between the numbers, Home and End to go to the first and last. Press Escape to leave.',
  roleDescription: 'outcomes',
  empty: 'There are no numbers yet.',
  table: {
    caption: (period) => `Outcomes for ${period}`,
    measure: 'Outcome',
    count: 'Count',
    share: 'Share',
    before: 'Period before',
    change: 'Change',
    goal: 'Goal',
    none: '–',
    points: (points) => `${points} percentage points`,
  },
};
