import { expect } from '@open-wc/testing';
import {
  aggregate,
  parseFramework,
  parseProgressData,
  seriesOf,
  type ProgressData,
} from '../../../src/core/index.js';
import { monthly, progress, selfReport, weekly } from '../fixtures.js';
import { craftFramework } from '../other-framework.js';

const points = (data: ProgressData, id: string) => {
  const series = seriesOf(aggregate(data), id);
  if (!series) throw new Error(`no series ${id}`);
  return series.points.map(({ period, value, count, raters, coverage }) => ({
    period,
    value,
    count,
    raters,
    coverage,
  }));
};

describe('aggregate(data): traits and items', () => {
  it('takes the mean of all non-null ratings in a week, over raters, and counts both', () => {
    const data = progress([
      weekly('2026-03-04', { initiative: 3 }, 'mentor-a'),
      weekly('2026-03-06', { initiative: 4 }, 'mentor-b'),
      weekly('2026-03-05', { initiative: null }, 'mentor-a'),
      weekly('2026-03-12', { initiative: null }, 'mentor-a'),
    ]);
    // W10: (3 + 4) / 2 = 3.5 from two ratings by two raters; W11 had only "not observed": a gap, not a zero.
    expect(points(data, 'initiative')).to.deep.equal([
      { period: '2026-W10', value: 3.5, count: 2, raters: 2, coverage: 1 },
    ]);
    // Each rating stays beside the mean, for the marks drawn behind the line: two raters, two marks.
    expect(seriesOf(aggregate(data), 'initiative')?.points[0]?.values).to.deep.equal([3, 4]);
  });

  it('keeps the period bounds on every point, across daylight saving changes', () => {
    const data = progress([
      // Monday 30 March 00:30 in Copenhagen (summer time), not Sunday 29 March.
      weekly('2026-03-29T22:30:00Z', { punctuality: 2 }),
      // Sunday 25 October 23:30 in Copenhagen (winter time again), still week 43.
      weekly('2026-10-25T22:30:00Z', { punctuality: 4 }),
    ]);
    const series = aggregate(data).items['weekly-company.punctuality'];
    expect(series?.points.map(({ period, start, end }) => ({ period, start, end }))).to.deep.equal([
      { period: '2026-W14', start: '2026-03-30', end: '2026-04-05' },
      { period: '2026-W43', start: '2026-10-19', end: '2026-10-25' },
    ]);
  });

  it('puts 31 December 2026 and 1 January 2027 in one week (2026-W53) but in two months', () => {
    const data = progress([
      weekly('2026-12-31', { persistence: 3 }),
      weekly('2027-01-01', { persistence: 5 }),
      monthly('2026-12-20', { persistence: 3, independence: 3, direction: 3 }),
      monthly('2027-01-20', { persistence: 5, independence: 5, direction: 5 }),
    ]);
    expect(points(data, 'persistence')).to.deep.equal([
      { period: '2026-W53', value: 4, count: 2, raters: 1, coverage: 1 },
    ]);
    const determination = aggregate(data).dimensions['determination'];
    // December: trait persistence 3 and the three monthly items 3 → 3; January likewise 5.
    expect(determination?.points.map((p) => [p.period, p.value])).to.deep.equal([
      ['2026-12', 3],
      ['2027-01', 5],
    ]);
  });

  it('keeps an item that shares a name with a trait as its own series', () => {
    const data = progress([
      weekly('2026-03-06', { persistence: 2 }),
      monthly('2026-03-25', { persistence: 4 }),
    ]);
    expect(points(data, 'persistence').map((p) => p.value)).to.deep.equal([2]);
    expect(points(data, 'weekly-company.persistence').map((p) => p.value)).to.deep.equal([2]);
    expect(points(data, 'monthly-determination.persistence')).to.deep.equal([
      { period: '2026-03', value: 4, count: 1, raters: 1, coverage: 1 },
    ]);
  });

  it('has a series for every rated item, and none for text items', () => {
    const items = Object.keys(aggregate(progress([])).items);
    expect(items).to.include.members([
      'weekly-company.punctuality',
      'weekly-company.productivity',
      'monthly-determination.persistence',
      'monthly-determination.independence',
      'monthly-determination.direction',
      'resilience-self-report.r1',
    ]);
    expect(items).not.to.include('weekly-company.done-well');
  });

  it('gives empty series, not errors, for no data', () => {
    const aggregation = aggregate(progress([]));
    expect(Object.keys(aggregation.traits)).to.have.length(6);
    expect(Object.keys(aggregation.dimensions)).to.deep.equal([
      'work-readiness',
      'determination',
      'resilience',
    ]);
    expect(aggregation.traits['social']?.points).to.deep.equal([]);
    expect(aggregation.traits['social']?.label).to.deep.equal({
      da: 'Sociale egenskaber',
      en: 'Social skills',
      ar: 'المهارات الاجتماعية',
      uk: 'Соціальні навички',
    });
  });

  it('can leave out rater roles (the company view)', () => {
    const data = progress([
      monthly('2026-03-25', { direction: 2 }, 'counsellor'),
      monthly('2026-03-26', { direction: 4 }, 'company'),
    ]);
    expect(seriesOf(aggregate(data), 'monthly-determination.direction')?.points[0]?.value).to.equal(3);
    expect(
      seriesOf(aggregate(data, { roles: ['company'] }), 'monthly-determination.direction')?.points[0]?.value,
    ).to.equal(4);
  });
});

describe('aggregate(data): dimensions', () => {
  it('work readiness: 3 of 5 equal components (0.6 ≥ 0.5) is a value, 2 of 5 (0.4) is a gap', () => {
    const data = progress([
      weekly('2026-03-06', { responsibility: 4, social: 2, punctuality: 3, cooperation: null }),
      weekly('2026-03-13', { responsibility: 4, social: 2 }),
    ]);
    expect(points(data, 'work-readiness')).to.deep.equal([
      { period: '2026-W10', value: 3, count: 3, raters: 1, coverage: 0.6 },
    ]);
  });

  it('determination: monthly means of weekly traits and of the monthly items over raters', () => {
    const data = progress([
      weekly('2026-03-06', { persistence: 2, initiative: 3, curiosity: null }, 'mentor-a'),
      weekly('2026-03-13', { persistence: 4, initiative: 5 }, 'mentor-a'),
      weekly('2026-03-20', { persistence: 3 }, 'mentor-a'),
      monthly('2026-03-25', { persistence: 2, independence: 3, direction: 4 }, 'counsellor'),
      monthly('2026-03-26', { persistence: 4, independence: 3, direction: null }, 'company'),
    ]);
    // persistence (2+4+3)/3 = 3, initiative (3+5)/2 = 4, curiosity none,
    // md.persistence (2+4)/2 = 3, md.independence 3, md.direction 4:
    // 5 of 6 components → coverage 5/6, value (3+4+3+3+4)/5 = 3.4, from 3+2+2+2+1 = 10 ratings by 3 raters.
    expect(points(data, 'determination')).to.deep.equal([
      { period: '2026-03', value: 3.4, count: 10, raters: 3, coverage: 0.833333333 },
    ]);
  });

  it('determination: 3 of 6 components (exactly 0.5) is a value, 2 of 6 is a gap', () => {
    const data = progress([
      monthly('2026-03-25', { persistence: 2, independence: 3, direction: 4 }),
      monthly('2026-04-25', { persistence: 2, independence: 3, direction: null }),
    ]);
    expect(points(data, 'determination')).to.deep.equal([
      { period: '2026-03', value: 3, count: 3, raters: 1, coverage: 0.5 },
    ]);
  });

  it('resilience: the mean of the six statements with r2, r4, r6 reversed, per half-year', () => {
    const data = progress([
      // 4, 6−2, 4, 6−2, 4, 6−2 → 4.
      selfReport('2026-02-01', { r1: 4, r2: 2, r3: 4, r4: 2, r5: 4, r6: 2 }),
      // All 3 → 3. Same half-year: (4 + 3) / 2 = 3.5 from two questionnaires.
      selfReport('2026-06-30', { r1: 3, r2: 3, r3: 3, r4: 3, r5: 3, r6: 3 }),
      // A statement not answered: no score (the questionnaire needs all six).
      selfReport('2026-07-01', { r1: 5, r2: 1, r3: 5, r4: 1, r5: 5, r6: null }),
      // 5, 6−1, 5, 6−1, 2, 6−4 → (5+5+5+5+2+2)/6 = 4.
      selfReport('2027-01-10', { r1: 5, r2: 1, r3: 5, r4: 1, r5: 2, r6: 4 }),
    ]);
    expect(points(data, 'resilience')).to.deep.equal([
      { period: '2026-H1', value: 3.5, count: 2, raters: 1, coverage: 1 },
      { period: '2027-H1', value: 4, count: 1, raters: 1, coverage: 1 },
    ]);
    // The statements themselves stay as answered.
    expect(points(data, 'resilience-self-report.r2').map((p) => p.value)).to.deep.equal([2.5, 1, 1]);
  });
});

describe("aggregate(data) with another programme's framework", () => {
  it('uses its items, its 0–10 scale, its weights, its minCoverage and its time zone', () => {
    const framework = parseFramework(craftFramework);
    if (!framework.ok) throw new Error(JSON.stringify(framework.issues));
    const log = (id: string, date: string, ratings: Record<string, number | null>) => ({
      id,
      instrument: 'site-log',
      date,
      rater: { role: 'master', id: 'm1' },
      ratings,
    });
    const parsed = parseProgressData({
      schemaVersion: 1,
      participant: { id: 'x', displayName: 'X' },
      framework: craftFramework,
      assessments: [
        log('a', '2026-03-03', { attendance: 8, teamwork: 6, craft: null }),
        // 23:30 UTC on 31 March is 1 April 01:30 in Oslo: an April rating.
        log('b', '2026-03-31T23:30:00Z', { teamwork: 7, craft: 9 }),
        log('c', '2026-03-10', { attendance: 9 }),
        log('d', '2026-05-05', { attendance: 10 }),
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const aggregation = aggregate(parsed.data);
    // March: attendance (8+9)/2 = 8.5 (w 3), teamwork 6 (w 1), craft none: coverage 4/5 = 0.8,
    // value (3·8.5 + 6)/4 = 7.875. April: teamwork + craft, coverage 2/5 = 0.4 < 0.6: a gap.
    // May: attendance alone, coverage 3/5 = 0.6: just enough, value 10.
    expect(
      aggregation.dimensions['readiness']?.points.map((p) => [p.period, p.value, p.coverage]),
    ).to.deep.equal([
      ['2026-03', 7.875, 0.8],
      ['2026-05', 10, 0.6],
    ]);
    expect(aggregation.dimensions['readiness']?.scale).to.deep.equal({ min: 0, max: 10 });
    expect(Object.keys(aggregation.traits)).to.deep.equal(['teamwork']);
    expect(Object.keys(aggregation.items)).to.deep.equal([
      'site-log.attendance',
      'site-log.teamwork',
      'site-log.craft',
    ]);
    expect(aggregation.traits['teamwork']?.points.map((p) => p.period)).to.deep.equal([
      '2026-W10',
      '2026-W14',
    ]);
  });
});
