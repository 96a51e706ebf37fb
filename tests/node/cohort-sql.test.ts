// Runs in Node (`npm run test:node`), not in the browser: sql/cohort-outcomes.sql in DuckDB,
// embedded and in process, on a generated cohort of 10,000, against cohortCounts() count by count.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import {
  cohortCounts,
  cohortOutcomesFromCounts,
  cohortPeriods,
  cohortReport,
  cohortReportPeriods,
  parseCohortOutcomes,
  parseProgressData,
  syntheticCohort,
  type CohortCounts,
  type ProgressData,
} from '../../src/core/index.js';

const sql = (file: string) => readFileSync(new URL(`../../sql/${file}`, import.meta.url), 'utf8');

/** `'text'` as a SQL literal; NULL for nothing. Generated data, but quoted properly all the same. */
const literal = (value: string | number | undefined) =>
  value === undefined
    ? 'NULL'
    : typeof value === 'number'
      ? String(value)
      : `'${value.replaceAll("'", "''")}'`;

async function insert(
  connection: DuckDBConnection,
  table: string,
  rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>,
) {
  for (let index = 0; index < rows.length; index += 2000) {
    const values = rows.slice(index, index + 2000).map((row) => `(${row.map(literal).join(', ')})`);
    if (values.length > 0) await connection.run(`INSERT INTO ${table} VALUES ${values.join(',\n')}`);
  }
}

async function load(connection: DuckDBConnection, cohort: ReadonlyArray<ProgressData>) {
  await connection.run(sql('tables.sql'));
  await insert(
    connection,
    'participants',
    cohort.map((data) => [data.participant.id]),
  );
  const of = <T>(
    pick: (data: ProgressData) => ReadonlyArray<T> | undefined,
    row: (id: string, item: T) => Array<string | number | undefined>,
  ) => cohort.flatMap((data) => (pick(data) ?? []).map((item) => row(data.participant.id, item)));
  await insert(
    connection,
    'placements',
    of(
      (d) => d.placements,
      (id, p) => [id, p.id, p.company, p.start, p.end],
    ),
  );
  await insert(
    connection,
    'jobs',
    of(
      (d) => d.jobs,
      (id, j) => [id, j.id, j.employer, j.start, j.end, j.kind, j.hoursPerWeek],
    ),
  );
  await insert(
    connection,
    'education',
    of(
      (d) => d.education,
      (id, e) => [id, e.id, e.institution, e.start, e.end],
    ),
  );
  await insert(
    connection,
    'follow_ups',
    of(
      (d) => d.followUps,
      (id, f) => [id, f.id, f.jobId, f.due, f.done, f.with, f.outcome, f.note],
    ),
  );
}

const columns: ReadonlyArray<readonly [keyof CohortCounts, string]> = [
  ['tookPart', 'took_part'],
  ['started', 'started'],
  ['internship', 'internship'],
  ['hourlyWork', 'hourly_work'],
  ['education', 'education'],
  ['ordinaryEmployment', 'ordinary_employment'],
  ['employmentKnown', 'employment_known'],
  ['stillEmployed', 'still_employed'],
];

async function sqlCounts(
  connection: DuckDBConnection,
  period: string | { from: string; to: string },
  today: string,
  months = 3,
): Promise<Record<'current' | 'previous', CohortCounts>> {
  const periods = cohortPeriods(period, today);
  const reader = await connection.runAndReadAll(sql('cohort-outcomes.sql'), [
    periods.period.from,
    periods.period.to,
    periods.previousPeriod.from,
    periods.previousPeriod.to,
    today,
    months,
  ]);
  const rows = reader.getRowObjectsJson() as Array<Record<string, string | number>>;
  const countsOf = (name: string): CohortCounts => {
    const row = rows.find((r) => r['period'] === name);
    assert.ok(row, `no ${name} row`);
    return Object.fromEntries(columns.map(([key, column]) => [key, row[column]])) as unknown as CohortCounts;
  };
  return { current: countsOf('current'), previous: countsOf('previous') };
}

describe('sql/cohort-outcomes.sql in DuckDB, against cohortCounts()', () => {
  const today = '2026-11-30';
  const cohort = syntheticCohort({
    size: 10_000,
    seed: 7,
    from: '2024-01-01',
    to: '2026-10-31',
    asOf: today,
  });
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;

  before(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    await load(connection, cohort);
  });

  after(() => {
    connection.closeSync();
    instance.closeSync();
  });

  it('the generated cohort is valid ProgressData, and has every kind of record', () => {
    const invalid = cohort.filter((data) => !parseProgressData(data).ok);
    assert.equal(
      invalid.length,
      0,
      JSON.stringify(parseProgressData(invalid[0]).ok ? '' : parseProgressData(invalid[0])),
    );
    assert.equal(cohort.length, 10_000);
    for (const key of ['placements', 'jobs', 'education', 'followUps'] as const) {
      assert.ok(cohort.reduce((sum, data) => sum + (data[key]?.length ?? 0), 0) > 1000, key);
    }
    // Ties for "the first job" and starts on the 29th–31st (where "3 months later" clamps) are there.
    assert.ok(cohort.some((data) => data.jobs?.some((job) => job.id.endsWith('b'))));
    assert.ok(
      cohort.some((data) => data.jobs?.some((job) => job.kind === 'ordinary' && job.start.endsWith('-31'))),
    );
  });

  const cases: ReadonlyArray<readonly [string, string | { from: string; to: string }, string, number?]> = [
    ['2026-H1 and 2025-H2', '2026-H1', today],
    ['2025 months: March and February', '2025-03', today],
    ['the 12 months up to today', { from: '2025-12-01', to: today }, today],
    ['a week', '2026-W10', today],
    ['2026-H2, read early (many jobs not yet 3 months old)', '2026-H2', '2026-09-15'],
    ['2025-H2 with a 1-month rule', '2025-H2', today, 1],
  ];
  for (const [name, period, day, months] of cases) {
    it(`every count agrees: ${name}`, async () => {
      const periods = cohortPeriods(period, day);
      const fromSql = await sqlCounts(connection, period, day, months);
      const current = cohortCounts(cohort, periods.period, day, months);
      const previous = cohortCounts(cohort, periods.previousPeriod, day, months);
      assert.deepEqual(fromSql.current, current);
      assert.deepEqual(fromSql.previous, previous);
      // Not a comparison of zeros: the cohort fills the measures.
      assert.ok(current.tookPart > 100 && current.internship > 0, JSON.stringify(current));
    });
  }

  it('the counts, turned into outcomes, hide the same small cells as cohortOutcomes()', async () => {
    const fromSql = await sqlCounts(connection, '2026-W10', today);
    const periods = cohortPeriods('2026-W10', today);
    const outcomes = cohortOutcomesFromCounts(fromSql.current, fromSql.previous, { ...periods, asOf: today });
    const direct = cohortOutcomesFromCounts(
      cohortCounts(cohort, periods.period, today),
      cohortCounts(cohort, periods.previousPeriod, today),
      { ...periods, asOf: today },
    );
    assert.deepEqual(outcomes, direct);
  });

  it('the fixed table: the periods of the grid and the reading day as parameters give cohortReport()', async () => {
    const rules = { reportingPeriod: 'half-year', employedAfterMonths: 3 } as const;
    for (const key of ['2026-H1', '2025-H2']) {
      const { period, previousPeriod, asOf } = cohortReportPeriods(key, rules);
      const reader = await connection.runAndReadAll(sql('cohort-outcomes.sql'), [
        period.from,
        period.to,
        previousPeriod.from,
        previousPeriod.to,
        asOf,
        rules.employedAfterMonths,
      ]);
      const rows = reader.getRowObjectsJson() as Array<Record<string, string | number>>;
      const countsOf = (name: string): CohortCounts => {
        const row = rows.find((r) => r['period'] === name);
        assert.ok(row, `no ${name} row`);
        return Object.fromEntries(columns.map(([k, column]) => [k, row[column]])) as unknown as CohortCounts;
      };
      const outcomes = cohortOutcomesFromCounts(countsOf('current'), countsOf('previous'), {
        period,
        previousPeriod,
        asOf,
      });
      const report = cohortReport(cohort, { period: key, today });
      assert.deepEqual(outcomes, report);
      assert.ok(parseCohortOutcomes(outcomes, { today }).ok);
      assert.ok((report.tookPart.current ?? 0) > 1000, JSON.stringify(report.tookPart));
    }
  });
});
