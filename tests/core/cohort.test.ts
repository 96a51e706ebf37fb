import { expect } from '@open-wc/testing';
import {
  cohortCounts,
  cohortJsonSchema,
  cohortOutcomes,
  cohortPeriods,
  nextworkFramework,
  programmeOf,
  type CohortMeasureId,
  type CohortOutcomes,
  type CohortRecord,
} from '../../src/core/index.js';
import { parseCohortOutcomes } from './checked-core.js';
import { internship, job, school, times } from '../fixtures/cohort.js';

const h1: { from: string; to: string } = { from: '2026-01-01', to: '2026-06-30' };
const h2Before = { from: '2025-07-01', to: '2025-12-31' };

/** A hand-made cohort; every count below is worked out by hand from these eight records. */
const hand: Record<string, CohortRecord> = {
  // Internship Feb–Apr, then hourly work from May: took part, started, internship, hourly.
  a: {
    placements: [internship('2026-02-01', '2026-04-30')],
    jobs: [job('2026-05-01', undefined, 'hourly')],
  },
  // Internship in 2025 only; an ordinary job 15 Jan – 1 Mar: not still employed on 15 April.
  b: {
    placements: [internship('2025-09-01', '2025-12-31')],
    jobs: [job('2026-01-15', '2026-03-01', 'ordinary')],
  },
  // In education since August 2025: took part, not started in H1.
  c: { education: [school('2025-08-01')] },
  // An ordinary job in June, then another from July: the first one ended before 1 September, so
  // not still employed (per job, as the follow-up plan says). The internship starts on the
  // period's last day, which still overlaps it.
  d: {
    placements: [internship('2026-06-30', '2026-08-31')],
    jobs: [job('2026-06-01', '2026-06-20', 'ordinary'), job('2026-07-01', undefined, 'ordinary')],
  },
  // An ordinary job from May, still going: employed on 1 August.
  e: { jobs: [job('2026-05-01', undefined, 'ordinary')] },
  // Nothing in either period: not counted at all.
  g: { placements: [internship('2024-01-01', '2024-03-31')] },
  // An internship that ends on the period's first day.
  h: { placements: [internship('2025-10-01', '2026-01-01')] },
  // No activity at all.
  i: {},
};
const cohort = Object.values(hand);
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
    expect(outcomes.today).to.equal('2026-11-30');
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
    expect(measure(outcomes, 'started')).to.deep.include({
      current: { count: 12, denominator: 15, percent: 80 },
      previous: { count: 9, denominator: 9, percent: 100 },
      countChange: 3,
      pointsChange: -20,
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
    expect(counts.every((count) => count === null || count >= 5)).to.equal(true);
  });

  it('secondary suppression: no change is shown when the other period hides its count', () => {
    // H1: 6 in hourly work (shown). H2 before: 3 (hidden). 6 − change would give the 3 away.
    const list = [
      ...times(6, { jobs: [job('2026-02-01', undefined, 'hourly')] }),
      ...times(3, { jobs: [job('2025-08-01', '2025-11-30', 'hourly')] }),
      ...times(10, { placements: [internship('2025-07-01', '2026-06-30')] }),
    ];
    const outcomes = cohortOutcomes(list, { period: '2026-H1', today: '2026-11-30' });
    expect(measure(outcomes, 'hourly-work')).to.deep.include({
      current: { count: 6, denominator: 16, percent: 38 },
      previous: { count: null, denominator: 13, percent: null },
      countChange: null,
      pointsChange: null,
      isGoalMet: true,
    });
    // Where both periods show their count (6 of 16 started in H1, 13 of 13 before), the change shows.
    expect(measure(outcomes, 'started')).to.deep.include({ countChange: -7, pointsChange: 38 - 100 });

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

describe('core/cohort: parseCohortOutcomes', () => {
  const valid = cohortOutcomes(cohort, { period: '2026-H1', today: '2026-11-30', minCellSize: 1 });

  it('accepts what cohortOutcomes makes', () => {
    const parsed = parseCohortOutcomes(JSON.parse(JSON.stringify(valid)));
    expect(parsed.ok).to.equal(true);
  });

  it('refuses a small cell, a share of a hidden count and a change that gives one away', () => {
    const bad = structuredClone(valid) as CohortOutcomes & { minCellSize: number };
    bad.minCellSize = 5;
    const parsed = parseCohortOutcomes(bad, { locale: 'da' });
    expect(parsed.ok).to.equal(false);
    if (parsed.ok) return;
    const first = parsed.issues[0];
    expect(first?.code).to.equal('smallCell');
    expect(first?.path).to.deep.equal(['tookPart', 'previous']); // 3 took part in H2
    expect(first?.message).to.equal('Tal under 5 må ikke vises. Skriv null, så står der "færre end 5".');

    const leaky = structuredClone(valid);
    const internship = leaky.measures[1];
    if (internship) {
      internship.current.count = null;
      internship.pointsChange = 5;
    }
    const result = parseCohortOutcomes(leaky, { locale: 'en' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.path.join('.'), issue.code])).to.deep.equal([
      ['measures.1.current.percent', 'hiddenShare'],
      ['measures.1.countChange', 'hiddenChange'],
    ]);
    expect(result.issues[0]?.message).to.equal('A share of a hidden number must not be shown. Write null.');
  });

  it('refuses names sent along: every object is strict', () => {
    const withNames = { ...valid, participants: ['Simon', 'Liv'] };
    const parsed = parseCohortOutcomes(withNames, { locale: 'da' });
    expect(parsed.ok).to.equal(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]?.path).to.deep.equal(['participants']);
    expect(parsed.issues[0]?.message).to.equal(
      'Feltet participants hører ikke til her. Send kun tal, aldrig navne.',
    );
  });

  it('names a wrong shape in words', () => {
    const parsed = parseCohortOutcomes(
      { ...valid, minCellSize: 'five', measures: [{ id: 'x' }] },
      { locale: 'en' },
    );
    expect(parsed.ok).to.equal(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => issue.path.join('.'))).to.include('minCellSize');
    expect(parsed.issues.every((issue) => !/zod|expected/i.test(issue.message))).to.equal(true);
    expect(parseCohortOutcomes(undefined).ok).to.equal(false);
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
