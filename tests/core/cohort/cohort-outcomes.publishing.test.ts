/**
 * The fixed table against differencing: every table the kit can make from generated cohorts
 * (`cohortReport` for every period and many days, `cohortOutcomes` for period keys, custom periods
 * a day apart and days a day apart), kept only when `parseCohortOutcomes` (what the element shows)
 * accepts it, and then attacked as a viewer would: the same cell read on two days, a period minus
 * a period inside it, a period's "started" minus its sub-periods', and within one period, a group
 * minus a group it holds (took part minus started …). No count below `minCellSize` comes out. The
 * same attack on everything `cohortOutcomes` makes does find small counts, so the attack is real.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addDays,
  cohortOutcomes,
  cohortReport,
  syntheticCohort,
  type CohortMeasureId,
  type CohortOutcomes,
  type ProgressData,
} from '../../../src/core/index.js';
import { parseCohortOutcomes } from '../../../src/core/index.js';

/** The groups a viewer can read counts of, and which hold which (every group took part). */
type Group = 'T' | 'S' | 'I' | 'H' | 'E' | 'O' | 'K' | 'W';
const countGroup: Readonly<Record<CohortMeasureId, Group>> = {
  started: 'S',
  internship: 'I',
  'hourly-work': 'H',
  education: 'E',
  'ordinary-employment': 'O',
  'still-employed': 'W',
};
const holds: ReadonlyArray<readonly [Group, Group]> = [
  ['T', 'S'],
  ['T', 'I'],
  ['T', 'H'],
  ['T', 'E'],
  ['T', 'O'],
  ['T', 'K'],
  ['T', 'W'],
  ['O', 'K'],
  ['O', 'W'],
  ['K', 'W'],
];
/** Groups that can only grow with the period (one who is in it for a day is in it for the half-year). */
const growing: ReadonlyArray<Group> = ['T', 'S', 'I', 'H', 'E', 'O'];

interface Cell {
  readonly from: string;
  readonly to: string;
  readonly group: Group;
  readonly value: number;
}

/** Every number a table shows, as the count of a group in a period. */
function cellsOf(outcomes: CohortOutcomes): Cell[] {
  const cells: Cell[] = [];
  for (const column of ['current', 'previous'] as const) {
    const { from, to } = column === 'current' ? outcomes.period : outcomes.previousPeriod;
    const add = (group: Group, value: number | null) => {
      if (value !== null) cells.push({ from, to, group, value });
    };
    add('T', outcomes.tookPart[column]);
    for (const measure of outcomes.measures) {
      add(countGroup[measure.id], measure[column].count);
      add(measure.id === 'still-employed' ? 'K' : 'T', measure[column].denominator);
    }
  }
  return cells;
}

/** What differencing the tables recovers below `min`: each finding says how. */
function attack(tables: ReadonlyArray<CohortOutcomes>, min: number): string[] {
  const found: string[] = [];
  const cells = tables.flatMap(cellsOf);
  const key = (cell: Cell) => `${cell.from}..${cell.to}`;
  const byPeriod = new Map<string, Map<Group, Set<number>>>();
  for (const cell of cells) {
    const groups = byPeriod.get(key(cell)) ?? new Map<Group, Set<number>>();
    byPeriod.set(key(cell), groups);
    const values = groups.get(cell.group) ?? new Set<number>();
    groups.set(cell.group, values);
    values.add(cell.value);
  }
  const periods = [...byPeriod.keys()].map((k) => {
    const [from = '', to = ''] = k.split('..');
    return { from, to, groups: byPeriod.get(k)! };
  });
  for (const { from, to, groups } of periods) {
    // The same group in the same period, shown twice with different counts (read on two days).
    for (const [group, values] of groups) {
      const sorted = [...values].sort((a, b) => a - b);
      const spread = (sorted.at(-1) ?? 0) - (sorted[0] ?? 0);
      if (sorted.length > 1 && spread < min) found.push(`${group} ${from}..${to} read twice: ${spread}`);
    }
    // Within the period: a group minus a group it holds.
    for (const [larger, smaller] of holds) {
      for (const a of groups.get(larger) ?? []) {
        for (const b of groups.get(smaller) ?? []) {
          if (a - b < min) found.push(`${larger} − ${smaller} in ${from}..${to}: ${a - b}`);
        }
      }
    }
    // A period minus one inside it, and "started" minus its sub-periods'.
    const inside = periods.filter((p) => p.from >= from && p.to <= to && (p.from !== from || p.to !== to));
    for (const group of growing) {
      for (const a of groups.get(group) ?? []) {
        for (const sub of inside) {
          for (const b of sub.groups.get(group) ?? []) {
            if (a - b >= 0 && a - b < min)
              found.push(`${group} ${from}..${to} − ${sub.from}..${sub.to}: ${a - b}`);
          }
        }
      }
    }
    let last = '';
    let sum = 0;
    let parts = 0;
    for (const sub of [...inside].sort((x, y) => (x.from < y.from ? -1 : 1))) {
      const value = [...(sub.groups.get('S') ?? [])][0];
      if (sub.from > last && value !== undefined) {
        sum += value;
        parts += 1;
        last = sub.to;
      }
    }
    for (const a of groups.get('S') ?? []) {
      if (parts > 1 && a - sum >= 0 && a - sum < min)
        found.push(`S ${from}..${to} − ${parts} sub-periods: ${a - sum}`);
    }
  }
  return found;
}

const today = '2026-11-30';
const halfYears = ['2024-H1', '2024-H2', '2025-H1', '2025-H2', '2026-H1', '2026-H2'];
const months = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'];

/** Everything the kit makes for a cohort: the fixed table on many days, and any period on any day. */
function tablesOf(
  cohort: ReadonlyArray<ProgressData>,
  min: number,
  days: ReadonlyArray<string>,
  custom: { from: string; to: string },
): CohortOutcomes[] {
  const made: CohortOutcomes[] = [];
  const tryMake = (make: () => CohortOutcomes) => {
    try {
      made.push(make());
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  };
  for (const period of halfYears) {
    for (const day of [...days, today, '2026-09-29', '2026-09-30', '2026-10-01']) {
      tryMake(() => cohortReport(cohort, { period, today: day, minCellSize: min }));
    }
  }
  tryMake(() => cohortReport(cohort, { today, minCellSize: min }));
  for (const day of days) {
    for (const period of [...halfYears, ...months, '2025-H2']) {
      tryMake(() => cohortOutcomes(cohort, { period, today: day, minCellSize: min }));
      tryMake(() => cohortOutcomes(cohort, { period, today: addDays(day, 1), minCellSize: min }));
    }
    // Two custom periods a day apart, at either end.
    for (const period of [
      custom,
      { ...custom, to: addDays(custom.to, 1) },
      { ...custom, from: addDays(custom.from, 1) },
    ]) {
      tryMake(() => cohortOutcomes(cohort, { period, today: day, minCellSize: min }));
    }
  }
  return made;
}

const caseArb = fc.record({
  seed: fc.integer({ min: 1, max: 100_000 }),
  size: fc.integer({ min: 30, max: 600 }),
  min: fc.integer({ min: 3, max: 8 }),
  days: fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 1, maxLength: 3 }),
  customStart: fc.integer({ min: 0, max: 600 }),
  customLength: fc.integer({ min: 0, max: 200 }),
});

describe('core/cohort: the fixed table gives no small count away by differencing', () => {
  it('recovers nothing below minCellSize from what parseCohortOutcomes accepts, on generated cohorts', () => {
    let accepted = 0;
    let refused = 0;
    let leaksBeforeParse = 0;
    fc.assert(
      fc.property(caseArb, (spec) => {
        const cohort = syntheticCohort({
          size: spec.size,
          seed: spec.seed,
          from: '2024-01-01',
          to: '2026-10-31',
          asOf: today,
        });
        const days = spec.days.map((d) => addDays('2025-01-01', d));
        const customFrom = addDays('2024-06-01', spec.customStart);
        const custom = { from: customFrom, to: addDays(customFrom, spec.customLength) };
        const made = tablesOf(cohort, spec.min, days, custom);
        const shown = made.filter((outcomes) => parseCohortOutcomes(outcomes, { today }).ok);
        accepted += shown.length;
        refused += made.length - shown.length;
        leaksBeforeParse += attack(made, spec.min).length > 0 ? 1 : 0;
        // The fixed table is always there: the four half-years read by 30 November 2026.
        expect(shown.length, 'tables shown').to.be.greaterThan(3);
        const leaks = attack(shown, spec.min);
        expect(leaks, `seed ${spec.seed}, size ${spec.size}, min ${spec.min}`).to.deep.equal([]);
      }),
      { numRuns: 40, seed: 19_2026 },
    );
    expect(refused, 'tables refused').to.be.greaterThan(accepted);
    // The attack is real: on everything cohortOutcomes makes, it finds small counts.
    expect(leaksBeforeParse, 'runs where any period or day gives a small count away').to.be.greaterThan(20);
  });

  it("plays the probe's attacks on 10,000 young people: nothing the element would show differs by a day", () => {
    const cohort = syntheticCohort({
      size: 10_000,
      seed: 7,
      from: '2024-01-01',
      to: '2026-10-31',
      asOf: today,
    });
    // Two custom periods a day apart: cohortOutcomes counts them (for a counsellor); neither is shown.
    const a = cohortOutcomes(cohort, { period: { from: '2026-01-01', to: '2026-03-14' }, today });
    const b = cohortOutcomes(cohort, { period: { from: '2026-01-01', to: '2026-03-15' }, today });
    expect(parseCohortOutcomes(a, { today }).ok).to.equal(false);
    expect(parseCohortOutcomes(b, { today }).ok).to.equal(false);
    // `today` a day apart: the fixed table is the same table.
    const first = cohortReport(cohort, { period: '2026-H1', today: '2026-10-01' });
    expect(cohortReport(cohort, { period: '2026-H1', today: '2026-10-02' })).to.deep.equal(first);
    expect(cohortReport(cohort, { period: '2026-H1', today })).to.deep.equal(first);
    expect(parseCohortOutcomes(first, { today }).ok).to.equal(true);
    // A half-year and its months: the months are off the grid.
    const march = cohortOutcomes(cohort, { period: '2026-03', today });
    const refusal = parseCohortOutcomes(march, { today, locale: 'en' });
    expect(refusal.ok).to.equal(false);
    if (refusal.ok) return;
    expect(refusal.issues.map((issue) => [issue.path.join('.'), issue.message])).to.deep.include([
      'period',
      'Should be one whole half-year of the fixed reporting grid.',
    ]);
    expect(attack([first, cohortReport(cohort, { period: '2025-H2', today })], 5)).to.deep.equal([]);
  });
});
