import { expect } from '@open-wc/testing';
import {
  minimumRecord,
  minimumStandingOf,
  parseProgressData,
  weekHoursOf,
  type ProgressData,
} from '../../../src/core/index.js';

function dataWith(hours: unknown[], framework?: unknown): ProgressData {
  const result = parseProgressData({
    schemaVersion: 1,
    participant: { id: 'p', displayName: 'Liv' },
    hours,
    ...(framework ? { framework } : {}),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

// W10: 25 + 12 planned, 22.5 + 12 = 34.5 attended; W11: 25 planned, 25 attended; W12: no entry;
// W13: 25 planned, 10 attended. Minimum 15: W10 and W11 reach it, W13 does not, W12 is a gap.
const hours = [
  { week: '2026-W13', activity: 'internship', planned: 25, attended: 10 },
  { week: '2026-W10', activity: 'internship', planned: 25, attended: 22.5 },
  { week: '2026-W10', activity: 'teaching', planned: 12, attended: 12 },
  { week: '2026-W11', activity: 'internship', planned: 25, attended: 25 },
];

describe('weekHoursOf(data)', () => {
  it('sums each ISO week by activity, in order, with a week with no entry as a gap', () => {
    const result = weekHoursOf(dataWith(hours));
    expect(result.minimum).to.equal(15);
    expect(result.activities).to.deep.equal(['internship', 'teaching']);
    expect(
      result.weeks.map((w) => [w.key, w.hasPlan, w.plannedTotal, w.attendedTotal, w.meetsMinimum]),
    ).to.deep.equal([
      ['2026-W10', true, 37, 34.5, true],
      ['2026-W11', true, 25, 25, true],
      ['2026-W12', false, 0, 0, undefined],
      ['2026-W13', true, 25, 10, false],
    ]);
    expect(result.weeks[0]?.planned).to.deep.equal({ internship: 25, teaching: 12 });
    expect(result.weeks[0]?.start).to.equal('2026-03-02');
    expect(result.weeks[2]?.planned).to.deep.equal({});
  });

  it('counts exactly the minimum as reached, and takes the framework’s own minimum', () => {
    const exact = [{ week: '2026-W10', activity: 'other', planned: 15, attended: 15 }];
    expect(weekHoursOf(dataWith(exact)).weeks[0]?.meetsMinimum).to.equal(true);
    const framework = {
      id: 'strict',
      label: { da: 'S', en: 'S' },
      roles: [{ id: 'company', label: { da: 'V', en: 'C' } }],
      scales: [{ id: 's', min: 1, max: 5, step: 1 }],
      instruments: [
        {
          id: 'w',
          label: { da: 'W', en: 'W' },
          cadence: 'week',
          scale: 's',
          raterRoles: ['company'],
          items: [{ id: 'a', label: { da: 'A', en: 'A' } }],
        },
      ],
      programme: { minimumWeeklyHours: 20 },
    };
    const strict = weekHoursOf(dataWith(exact, framework));
    expect([strict.minimum, strict.weeks[0]?.meetsMinimum]).to.deep.equal([20, false]);
  });

  it('says whether a week is below, at or above the minimum (14, 15, 16 and 15.5 of 15 hours)', () => {
    // One week each, 15 hours planned; attended 14 is 1 short, 15 exactly the minimum, 16 and
    // 15.5 over it (the half hour counts).
    const weeks = weekHoursOf(
      dataWith([
        { week: '2026-W10', activity: 'internship', planned: 15, attended: 14 },
        { week: '2026-W11', activity: 'internship', planned: 15, attended: 15 },
        { week: '2026-W12', activity: 'internship', planned: 15, attended: 16 },
        { week: '2026-W13', activity: 'internship', planned: 10, attended: 10 },
        { week: '2026-W13', activity: 'teaching', planned: 5, attended: 5.5 },
      ]),
    ).weeks;
    expect(weeks.map((w) => [w.attendedTotal, w.minimumStanding, w.meetsMinimum])).to.deep.equal([
      [14, 'below', false],
      [15, 'at', true],
      [16, 'above', true],
      [15.5, 'above', true],
    ]);
    expect(minimumStandingOf(15, 15)).to.equal('at');
    expect(minimumStandingOf(14.9, 15)).to.equal('below');
    expect(minimumStandingOf(15.1, 15)).to.equal('above');
  });

  it('has no standing for a gap', () => {
    const weeks = weekHoursOf(
      dataWith([
        { week: '2026-W10', activity: 'internship', planned: 15, attended: 15 },
        { week: '2026-W12', activity: 'internship', planned: 15, attended: 15 },
      ]),
    ).weeks;
    expect(weeks.map((w) => [w.key, w.minimumStanding])).to.deep.equal([
      ['2026-W10', 'at'],
      ['2026-W11', undefined],
      ['2026-W12', 'at'],
    ]);
  });

  it('runs across a year with an ISO week 53', () => {
    const turn = [
      { week: '2026-W52', activity: 'internship', planned: 25, attended: 20 },
      { week: '2027-W01', activity: 'internship', planned: 25, attended: 20 },
    ];
    expect(weekHoursOf(dataWith(turn)).weeks.map((w) => [w.key, w.hasPlan])).to.deep.equal([
      ['2026-W52', true],
      ['2026-W53', false],
      ['2027-W01', true],
    ]);
  });

  it('has no weeks without hours', () => {
    expect(weekHoursOf(dataWith([])).weeks).to.deep.equal([]);
  });
});

describe('minimumRecord(weeks, count)', () => {
  const { weeks } = weekHoursOf(dataWith(hours));
  it('counts the last weeks, those with a plan and those at the minimum', () => {
    expect(minimumRecord(weeks, 12)).to.deep.equal({ count: 4, withPlan: 3, atMinimum: 2 });
    expect(minimumRecord(weeks, 2)).to.deep.equal({ count: 2, withPlan: 1, atMinimum: 0 });
    expect(minimumRecord(weeks, 3)).to.deep.equal({ count: 3, withPlan: 2, atMinimum: 1 });
  });
});

describe('weekHoursOf(data) at the calendar’s end', () => {
  it('ends with the week that holds 9999-12-31, even for data that was never parsed', () => {
    // Parsing refuses 9999-W52 (its Sunday is in year 10000); a walk over it must still end.
    const data = {
      schemaVersion: 1,
      participant: { id: 'p', displayName: 'Liv' },
      hours: [
        { week: '9999-W52', activity: 'internship', planned: 5, attended: 5 },
        { week: '9999-W50', activity: 'internship', planned: 5, attended: 5 },
      ],
    } as unknown as ProgressData;
    expect(weekHoursOf(data).weeks.map((week) => week.key)).to.deep.equal([
      '9999-W50',
      '9999-W51',
      '9999-W52',
    ]);
  });
});
