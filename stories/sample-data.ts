/**
 * Data for the stories: the three sample personas, a five-year history, a single rating, no
 * ratings and broken data. Everything is deterministic and comes from the public entry.
 */
import { samplePersonas, syntheticProgressData, type ProgressData } from '../src/index.js';

const [simon, liv, rasmus] = samplePersonas as [ProgressData, ProgressData, ProgressData];
export { simon, liv, rasmus };

export const personas = { Simon: simon, Liv: liv, Rasmus: rasmus } as const;

/** The day of the stories' conversations: a week after the personas' latest ratings. */
export const conversationDate = '2026-11-13';

/** Five years of weekly reports at one company, for long-history stories. */
export const fiveYears: ProgressData = syntheticProgressData({
  seed: 5,
  participant: { id: 'long', displayName: 'Noah' },
  start: '2021-11-01',
  end: '2026-10-30',
  counsellor: { id: 'uv-1', name: 'Karin Holm' },
  placements: [
    {
      id: 'long-p1',
      company: 'Vestjysk Maskinstation',
      start: '2021-11-01',
      raters: [{ id: 'vm-1', name: 'Ole Sand' }],
    },
  ],
  pauses: [
    ['2022-07-04', '2022-07-24'],
    ['2023-07-03', '2023-07-23'],
    ['2024-07-01', '2024-07-21'],
    ['2025-07-07', '2025-07-27'],
    ['2026-07-06', '2026-07-26'],
  ],
  curves: {
    'weekly-company.initiative': { from: 2, to: 4 },
    'weekly-company.persistence': { from: 2, to: 4.2 },
    'weekly-company.curiosity': { from: 3, to: 4 },
    'weekly-company.cooperation': { from: 2.5, to: 4 },
    'weekly-company.social': { from: 2, to: 3.5 },
    'weekly-company.responsibility': { from: 3, to: 4.5 },
    'weekly-company.punctuality': { from: 2, to: 4.5 },
    'weekly-company.productivity': { from: 2.5, to: 4 },
    'monthly-determination.persistence': { from: 2, to: 4 },
    'monthly-determination.independence': { from: 2, to: 4 },
    'monthly-determination.direction': { from: 1.5, to: 4 },
  },
  resilience: { from: 2.6, to: 3.9 },
  selfReports: [
    '2022-03-01',
    '2022-09-01',
    '2023-03-01',
    '2023-09-01',
    '2024-03-01',
    '2024-09-01',
    '2025-03-01',
    '2025-09-01',
    '2026-03-02',
    '2026-09-01',
  ],
  doneWell: ['Passede maskinerne grundigt.', 'Hjalp en ny kollega i gang.'],
  conversations: [
    { id: 'long-c1', date: '2026-06-01', promptSet: 'nextwork', answers: {}, focus: 'social' },
    { id: 'long-c2', date: '2026-09-15', promptSet: 'nextwork', answers: {}, focus: 'social' },
  ],
});

/** The first week: one company report. */
export const singleRating: ProgressData = {
  ...simon,
  assessments: simon.assessments.filter((a) => a.instrument === 'weekly-company').slice(0, 1),
  conversations: [],
};

/** A young person who has just started: no ratings yet. */
export const noRatings: ProgressData = { ...simon, assessments: [], conversations: [] };

/** Data with a rating off the scale and an impossible date: the elements show why they draw nothing. */
export const brokenData: unknown = {
  ...simon,
  assessments: [
    { ...simon.assessments[0], ratings: { ...simon.assessments[0]?.ratings, initiative: 9 } },
    { ...simon.assessments[1], date: '2026-02-30' },
  ],
};
