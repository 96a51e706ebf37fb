import { expect } from '@open-wc/testing';
import {
  cohortCounts,
  cohortJsonSchema,
  cohortOutcomes,
  cohortPeriods,
  cohortReport,
  cohortReportPeriods,
  latestReportPeriod,
  nextworkFramework,
  programmeOf,
  type CohortMeasureId,
  type CohortOutcomes,
  type CohortRecord,
} from '../../../src/core/index.js';
import { parseCohortOutcomes } from '../checked-core.js';
import { internship, job, times } from '../../fixtures/cohort.js';
import { handCohort } from '../../fixtures/hand-cohort.js';

const h1: { from: string; to: string } = { from: '2026-01-01', to: '2026-06-30' };
const h2Before = { from: '2025-07-01', to: '2025-12-31' };

/** The hand-made cohort (records a to i of tests/fixtures/hand-cohort.ts); every count below is worked out by hand from it. */
const cohort = handCohort;
const measure = (outcomes: CohortOutcomes, id: CohortMeasureId) => outcomes.measures.find((m) => m.id === id);

describe('core/cohort: cohortCounts', () => {
  it('counts the hand-made cohort in 2026-H1 by the definitions', () => {
    expect(cohortCounts(cohort, h1, '2026-11-30')).to.deep.equal({
      tookPart: 6, // a b c d e h
      started: 3, // a (1 Feb), d (1 Jun), e (1 May)
      internship: 3, // a d h
      hourlyWork: 1, // a
      education: 1, // c
      ordinaryEmployment: 3, // b d e
      employmentKnown: 3, // b (15 Apr), d (1 Sep), e (1 Aug)
      stillEmployed: 1, // e
    });
  });

  it('leaves out a job whose 3 months have not passed by today', () => {
    // On 10 August d's 3 months (1 September) are not yet known; e's (1 August) are.
    const counts = cohortCounts(cohort, h1, '2026-08-10');
    expect(counts.employmentKnown).to.equal(2); // b e
    expect(counts.stillEmployed).to.equal(1); // e
  });

  it('counts the previous half-year the same way', () => {
    expect(cohortCounts(cohort, h2Before, '2026-11-30')).to.deep.equal({
      tookPart: 3, // b c h
      started: 3, // b (1 Sep), c (1 Aug), h (1 Oct)
      internship: 2, // b h
      hourlyWork: 0,
      education: 1, // c
      ordinaryEmployment: 0,
      employmentKnown: 0,
      stillEmployed: 0,
    });
  });

  it('reads "3 months after" in calendar months: 30 November → 28 February, as SQL does', () => {
    const late: CohortRecord[] = [{ jobs: [job('2025-11-30', undefined, 'ordinary')] }];
    const autumn = { from: '2025-07-01', to: '2025-12-31' };
    expect(cohortCounts(late, autumn, '2026-02-27').employmentKnown).to.equal(0);
    expect(cohortCounts(late, autumn, '2026-02-28').employmentKnown).to.equal(1);
    expect(cohortCounts(late, autumn, '2026-02-28').stillEmployed).to.equal(1);
  });

  it('leaves out a job not yet 3 months old even when it has ended, and reads months from the framework', () => {
    const ended: CohortRecord[] = [{ jobs: [job('2026-06-01', '2026-06-20', 'ordinary')] }];
    expect(cohortCounts(ended, h1, '2026-08-31').employmentKnown).to.equal(0);
    expect(cohortCounts(ended, h1, '2026-09-01').employmentKnown).to.equal(1);
    expect(cohortCounts(ended, h1, '2026-09-01').stillEmployed).to.equal(0);
    // A one-month rule: known on 1 July.
    expect(cohortCounts(ended, h1, '2026-07-01', 1).employmentKnown).to.equal(1);
  });
});

describe('core/cohort: cohortPeriods', () => {
  it('a period key and the key before', () => {
    expect(cohortPeriods('2026-H1', '2026-11-30')).to.deep.equal({ period: h1, previousPeriod: h2Before });
    expect(cohortPeriods('2026-03', '2026-11-30').previousPeriod).to.deep.equal({
      from: '2026-02-01',
      to: '2026-02-28',
    });
  });

  it('dates and as many days just before; by default the 12 months up to today', () => {
    expect(
      cohortPeriods({ from: '2026-01-01', to: '2026-01-31' }, '2026-11-30').previousPeriod,
    ).to.deep.equal({
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(cohortPeriods(undefined, '2026-11-30')).to.deep.equal({
      period: { from: '2025-12-01', to: '2026-11-30' },
      previousPeriod: { from: '2024-12-01', to: '2025-11-30' },
    });
    // 12 calendar months back from 29 February is 28 February: the 366 days from 1 March.
    expect(cohortPeriods(undefined, '2028-02-29').period).to.deep.equal({
      from: '2027-03-01',
      to: '2028-02-29',
    });
  });

  it('names a bad period', () => {
    expect(() => cohortPeriods('2026-H3', '2026-11-30')).to.throw(RangeError);
    expect(() => cohortPeriods({ from: '2026-02-01', to: '2026-01-01' }, '2026-11-30')).to.throw(RangeError);
  });
});

describe('core/cohort: cohortOutcomes', () => {
  it('with cells of 1, shows every count, its share and the change (hand-made cohort)', () => {
    const outcomes = cohortOutcomes(cohort, { period: '2026-H1', today: '2026-11-30', minCellSize: 1 });
    expect(outcomes.tookPart).to.deep.equal({ current: 6, previous: 3, change: 3 });
    expect(measure(outcomes, 'internship')).to.deep.equal({
      id: 'internship',
      current: { count: 3, denominator: 6, percent: 50 },
      previous: { count: 2, denominator: 3, percent: 67 },
      countChange: 1,
      pointsChange: -17, // 50 − 67: the difference of the percents shown
      goal: 50,
      isGoalMet: true,
    });
    expect(measure(outcomes, 'still-employed')?.current).to.deep.equal({
      count: 1,
      denominator: 3,
      percent: 33,
    });
    expect(measure(outcomes, 'still-employed')?.isGoalMet).to.equal(false);
    expect(measure(outcomes, 'hourly-work')?.goal).to.equal(15);
    expect(measure(outcomes, 'hourly-work')?.isGoalMet).to.equal(true); // 1 of 6 = 17 % ≥ 15 %
    expect(measure(outcomes, 'education')?.goal).to.equal(null);
    expect(outcomes.measures.map((m) => m.id)).to.deep.equal([
      'started',
      'internship',
      'hourly-work',
      'education',
      'ordinary-employment',
      'still-employed',
    ]);
    expect(outcomes.period).to.deep.equal(h1);
    expect(outcomes.previousPeriod).to.deep.equal(h2Before);
    expect(outcomes.asOf).to.equal('2026-11-30');
  });

  it('hides every count below 5, zero included, and its share', () => {
    // 12 start an internship in H1; 3 more were in one since October and took hourly work in April.
    const list = [
      ...times(12, { placements: [internship('2026-02-01', '2026-05-31')] }),
      ...times(3, {
        placements: [internship('2025-10-01', '2026-03-31')],
        jobs: [job('2026-04-01', undefined, 'hourly')],
      }),
      ...times(6, { placements: [internship('2025-08-01', '2025-11-30')] }),
    ];
    const outcomes = cohortOutcomes(list, { period: '2026-H1', today: '2026-11-30' });
    expect(outcomes.minCellSize).to.equal(5);
    expect(outcomes.tookPart).to.deep.equal({ current: 15, previous: 9, change: 6 });
    // 12 of 15 started: the 3 who did not would show as 15 − 12, so "started" is hidden too; before,
    // all 9 started (9 − 9 = 0 did not), hidden as well. Every one was in an internship: hidden.
    expect(measure(outcomes, 'started')).to.deep.include({
      current: { count: null, denominator: 15, percent: null },
      previous: { count: null, denominator: 9, percent: null },
      countChange: null,
      pointsChange: null,
    });
    expect(measure(outcomes, 'internship')?.current).to.deep.equal({
      count: null,
      denominator: 15,
      percent: null,
    });
    // 3 in hourly work: hidden, and so is its share; 0 in the period before: hidden too, not 0.
    expect(measure(outcomes, 'hourly-work')).to.deep.equal({
      id: 'hourly-work',
      current: { count: null, denominator: 15, percent: null },
      previous: { count: null, denominator: 9, percent: null },
      countChange: null,
      pointsChange: null,
      goal: 15,
      isGoalMet: null,
    });
    expect(measure(outcomes, 'education')?.current).to.deep.equal({
      count: null,
      denominator: 15,
      percent: null,
    });
    // Nobody with a job: the denominator itself is a small cell.
    expect(measure(outcomes, 'still-employed')?.current).to.deep.equal({
      count: null,
      denominator: null,
      percent: null,
    });
    const counts = outcomes.measures.flatMap((m) =>
      [m.current, m.previous].flatMap((s) => [s.count, s.denominator]),
    );
    expect(counts.length).to.be.greaterThan(0);
    expect(counts.every((count) => count === null || count >= 5)).to.equal(true);
  });

  it('secondary suppression: no change is shown when the other period hides its count', () => {
    // H1: 6 in hourly work (shown). H2 before: 3 (hidden). 6 − change would give the 3 away.
    // 5 more were in an internship from March to August 2025, before the others.
    const list = [
      ...times(6, { jobs: [job('2026-02-01', undefined, 'hourly')] }),
      ...times(3, { jobs: [job('2025-08-01', '2025-11-30', 'hourly')] }),
      ...times(10, { placements: [internship('2025-07-01', '2026-06-30')] }),
      ...times(5, { placements: [internship('2025-03-01', '2025-08-31')] }),
    ];
    const outcomes = cohortOutcomes(list, { period: '2026-H1', today: '2026-11-30' });
    expect(measure(outcomes, 'hourly-work')).to.deep.include({
      current: { count: 6, denominator: 16, percent: 38 },
      previous: { count: null, denominator: 18, percent: null },
      countChange: null,
      pointsChange: null,
      isGoalMet: true,
    });
    // Where both periods show their count (6 of 16 started in H1, 13 of 18 before), the change shows.
    expect(measure(outcomes, 'started')).to.deep.include({ countChange: -7, pointsChange: 38 - 72 });

    // This period hidden, the one before shown: H1 has 3, H2 had 6.
    const reverse = [
      ...times(3, { jobs: [job('2026-02-01', undefined, 'hourly')] }),
      ...times(6, { jobs: [job('2025-08-01', '2025-11-30', 'hourly')] }),
      ...times(10, { placements: [internship('2025-07-01', '2026-06-30')] }),
    ];
    const hidden = measure(
      cohortOutcomes(reverse, { period: '2026-H1', today: '2026-11-30' }),
      'hourly-work',
    );
    expect(hidden?.current).to.deep.equal({ count: null, denominator: 13, percent: null });
    expect(hidden?.previous).to.deep.equal({ count: 6, denominator: 16, percent: 38 });
    expect(hidden?.countChange).to.equal(null);
    expect(hidden?.pointsChange).to.equal(null);
  });

  it("reads the goals and the months of 'still employed' from the records' framework", () => {
    const framework = {
      ...nextworkFramework,
      programme: programmeOf({}) && {
        ...programmeOf({}),
        employedAfterMonths: 1,
        goals: { stillEmployed: 0.6, hourlyJob: 0.2, internship: 0.4 },
      },
    };
    const list = cohort.map((record) => ({ ...record, framework }));
    const outcomes = cohortOutcomes(list, { period: '2026-H1', today: '2026-08-10', minCellSize: 1 });
    expect(outcomes.employedAfterMonths).to.equal(1);
    expect(outcomes.measures.map((m) => m.goal)).to.deep.equal([null, 40, 20, null, null, 60]);
    // One month: b (15 Feb, ended 1 Mar: yes), d (1 Jul, ended 20 Jun: no), e (1 Jun: yes).
    expect(measure(outcomes, 'still-employed')?.current).to.deep.equal({
      count: 2,
      denominator: 3,
      percent: 67,
    });
  });

  it('takes goals and a cell size from the options', () => {
    const outcomes = cohortOutcomes(cohort, {
      period: '2026-H1',
      today: '2026-11-30',
      minCellSize: 3,
      goals: { education: 0.25 },
    });
    expect(measure(outcomes, 'education')?.goal).to.equal(25);
    expect(measure(outcomes, 'internship')?.goal).to.equal(null);
    expect(measure(outcomes, 'internship')?.current.count).to.equal(3);
    expect(measure(outcomes, 'ordinary-employment')?.previous.count).to.equal(null);
    expect(() => cohortOutcomes(cohort, { today: '2026-02-30' })).to.throw(RangeError);
    expect(() => cohortOutcomes(cohort, { today: '2026-11-30', minCellSize: 0 })).to.throw(RangeError);
  });
});

describe('core/cohort: the fixed table', () => {
  const halfYears = { reportingPeriod: 'half-year', employedAfterMonths: 3 } as const;

  it('a period of the grid, the one before it, and its reading day: the last day plus the months', () => {
    expect(cohortReportPeriods('2026-H1', halfYears)).to.deep.equal({
      period: h1,
      previousPeriod: h2Before,
      asOf: '2026-09-30',
    });
    expect(cohortReportPeriods('2025-H2', halfYears).asOf).to.equal('2026-03-31');
    // A month grid: 30 November + 3 calendar months is 28 February.
    expect(
      cohortReportPeriods('2026-11', { reportingPeriod: 'month', employedAfterMonths: 3 }),
    ).to.deep.equal({
      period: { from: '2026-11-01', to: '2026-11-30' },
      previousPeriod: { from: '2026-10-01', to: '2026-10-31' },
      asOf: '2027-02-28',
    });
    expect(() => cohortReportPeriods('2026-03', halfYears)).to.throw(RangeError);
    expect(() => cohortReportPeriods('2026-W10', halfYears)).to.throw(RangeError);
  });

  it('the latest period is the latest whose reading day has come', () => {
    expect(latestReportPeriod(halfYears, '2026-09-29')).to.equal('2025-H2');
    expect(latestReportPeriod(halfYears, '2026-09-30')).to.equal('2026-H1');
    expect(latestReportPeriod(halfYears, '2027-03-30')).to.equal('2026-H1');
    expect(latestReportPeriod(halfYears, '2027-03-31')).to.equal('2026-H2');
  });

  it('cohortReport: the hand-made cohort in 2026-H1, read as of 30 September whatever day it is', () => {
    // 2026-H1 as of 30 September: 6 took part, 3 started, 3 in an internship, 1 in hourly work,
    // 1 in education, 3 in ordinary employment, 3 whose job counts (b, d, e), 1 still employed (e).
    // Cells of 3: 1 is hidden; 3 in ordinary employment and 3 whose job counts differ by 0, so
    // ordinary employment is hidden. 2025-H2 (as of 31 March 2026): 3 took part, all 3 started
    // (3 − 3 = 0 did not: hidden), 2 in an internship, 1 in education (hidden).
    const hidden = (denominator: number | null) => ({ count: null, denominator, percent: null });
    const share = (count: number, denominator: number) => ({
      count,
      denominator,
      percent: Math.round((100 * count) / denominator),
    });
    const expected: CohortOutcomes = {
      period: h1,
      previousPeriod: h2Before,
      asOf: '2026-09-30',
      employedAfterMonths: 3,
      minCellSize: 3,
      tookPart: { current: 6, previous: 3, change: 3 },
      measures: [
        ['started', share(3, 6), hidden(3), null],
        ['internship', share(3, 6), hidden(3), 50],
        ['hourly-work', hidden(6), hidden(3), 15],
        ['education', hidden(6), hidden(3), null],
        ['ordinary-employment', hidden(6), hidden(3), null],
        ['still-employed', hidden(3), hidden(null), 50],
      ].map(([id, current, previous, goal]) => ({
        id: id as CohortMeasureId,
        current: current as ReturnType<typeof hidden>,
        previous: previous as ReturnType<typeof hidden>,
        countChange: null,
        pointsChange: null,
        goal: goal as number | null,
        isGoalMet: id === 'internship' ? true : null,
      })),
    };
    const report = cohortReport(cohort, { period: '2026-H1', today: '2026-10-01', minCellSize: 3 });
    expect(report).to.deep.equal(expected);
    expect(cohortReport(cohort, { period: '2026-H1', today: '2027-06-01', minCellSize: 3 })).to.deep.equal(
      expected,
    );
    expect(cohortReport(cohort, { today: '2026-10-01', minCellSize: 3 })).to.deep.equal(expected);
    expect(parseCohortOutcomes(report, { today: '2026-10-01' }).ok).to.equal(true);
  });

  it('cohortReport refuses a period off the grid, one not yet read, and cells below 3', () => {
    expect(() => cohortReport(cohort, { period: '2026-03', today: '2026-11-30' })).to.throw(RangeError);
    expect(() => cohortReport(cohort, { period: '2026-H1', today: '2026-09-29' })).to.throw(RangeError);
    expect(() => cohortReport(cohort, { period: '2026-H1', today: '2026-11-30', minCellSize: 2 })).to.throw(
      RangeError,
    );
  });
});

describe('core/cohort: cohortJsonSchema', () => {
  it('is a strict draft 2020-12 schema of the outcomes, hidden counts as null', () => {
    const schema = cohortJsonSchema() as {
      $schema: string;
      additionalProperties: boolean;
      required: string[];
      properties: Record<string, { properties?: Record<string, unknown> }>;
      description: string;
    };
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).to.equal(false);
    expect(schema.required).to.include.members(['period', 'minCellSize', 'tookPart', 'measures']);
    expect(schema.properties['tookPart']?.properties?.['current']).to.deep.include({
      anyOf: [{ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER }, { type: 'null' }],
    });
    expect(schema.description).to.contain('fewer than');
    expect(JSON.parse(JSON.stringify(schema))).to.deep.equal(schema);
  });
});
