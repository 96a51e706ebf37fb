import { expect } from '@open-wc/testing';
import {
  CohortMeasureSchema,
  CohortOutcomesSchema,
  CohortShareSchema,
  cohortMeasureIds,
  DateRangeSchema,
} from '../../../src/core/format/cohort-schema.js';

/** `[path, message code]` of every issue CohortOutcomesSchema finds; none when it accepts `value`. */
function issuesOf(value: unknown): Array<[string, string]> {
  const result = CohortOutcomesSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

const share = (count: number | null, denominator: number | null, percent: number | null) => ({
  count,
  denominator,
  percent,
});

/** Counts of a first half-year, 2026-H1, read as of three months after its end. */
const outcomes = () => ({
  period: { from: '2026-01-01', to: '2026-06-30' },
  previousPeriod: { from: '2025-07-01', to: '2025-12-31' },
  asOf: '2026-09-30',
  employedAfterMonths: 3,
  minCellSize: 5,
  tookPart: { current: 20, previous: 16, change: 4 },
  measures: [
    {
      id: 'internship',
      // 12 of 20 = 60 %; 8 of 16 = 50 %; +4 young people, +10 points.
      current: share(12, 20, 60),
      previous: share(8, 16, 50),
      countChange: 4,
      pointsChange: 10,
      goal: 50,
      isGoalMet: true,
    },
    {
      id: 'hourly-work',
      // 3 is below the cell size of 5: hidden, and so is every number made from it.
      current: share(null, 20, null),
      previous: share(6, 16, 38),
      countChange: null,
      pointsChange: null,
      goal: 15,
      isGoalMet: null,
    },
  ],
});

describe('core/format/cohort-schema: CohortOutcomes', () => {
  it('names the six measures in the order they are shown', () => {
    expect(cohortMeasureIds).to.deep.equal([
      'started',
      'internship',
      'hourly-work',
      'education',
      'ordinary-employment',
      'still-employed',
    ]);
  });

  it('accepts counts with hidden cells as null, and gives them back as they are', () => {
    const value = outcomes();
    expect(CohortOutcomesSchema.parse(value)).to.deep.equal(value);
    expect(CohortShareSchema.parse(share(null, null, null))).to.deep.equal(share(null, null, null));
  });

  it('refuses a name sent along: every object is strict', () => {
    const named = outcomes() as Record<string, unknown>;
    named['names'] = ['Simon', 'Amina'];
    const result = CohortOutcomesSchema.safeParse(named);
    expect(result.error?.issues.map((issue) => [issue.code, issue.path.join('.')])).to.deep.equal([
      ['unrecognized_keys', ''],
    ]);
    const measure = { ...outcomes().measures[0]!, participants: ['p1'] };
    expect(CohortMeasureSchema.safeParse(measure).error?.issues[0]?.code).to.equal('unrecognized_keys');
    expect(DateRangeSchema.safeParse({ from: '2026-01-01', to: '2026-06-30', label: 'H1' }).success).to.equal(
      false,
    );
  });

  it('refuses bad counts, percents, dates and sizes with their codes', () => {
    const value = outcomes();
    value.asOf = '2026-9-30';
    value.period.to = '2026-06-30T00:00:00Z'; // a local date only, no time
    value.employedAfterMonths = 61;
    value.minCellSize = 2;
    value.tookPart.current = -1;
    value.measures[0]!.current.percent = 101;
    value.measures[0]!.previous.count = 2.5;
    expect(issuesOf(value)).to.deep.equal([
      ['period.to', 'localDate'],
      ['asOf', 'localDate'],
      ['employedAfterMonths', 'followUpAfter'],
      ['minCellSize', 'cellSize'],
      ['tookPart.current', 'notNegative'],
      ['measures.0.current.percent', 'percent'],
      ['measures.0.previous.count', 'Invalid input'],
    ]);
  });

  it('holds at most one entry per measure, and only the six measure ids', () => {
    const value = outcomes();
    const many = { ...value, measures: Array.from({ length: 7 }, () => value.measures[0]!) };
    expect(issuesOf(many)).to.deep.equal([['measures', 'tooMany']]);
    const unknown = { ...value, measures: [{ ...value.measures[0]!, id: 'happiness' }] };
    expect(issuesOf(unknown).map(([path]) => path)).to.deep.equal(['measures.0.id']);
  });
});
