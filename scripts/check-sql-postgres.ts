// `npx tsx scripts/check-sql-postgres.ts`: sql/tables.sql and sql/cohort-outcomes.sql in a real
// PostgreSQL, on the generated cohort of 10,000 the DuckDB test uses, compared with cohortCounts()
// row by row. Not part of `npm test` (it needs a server): run it where `psql` reaches one (PGHOST,
// PGDATABASE, … as psql reads them). Everything lives in a schema of its own, dropped at the end.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cohortCounts, cohortPeriods, syntheticCohort } from '../src/core/index.js';

const today = '2026-11-30';
const cohort = syntheticCohort({ size: 10_000, seed: 7, from: '2024-01-01', to: '2026-10-31', asOf: today });
const sql = (file: string) => readFileSync(new URL(`../sql/${file}`, import.meta.url), 'utf8');
const literal = (value: unknown) =>
  value === undefined
    ? 'NULL'
    : typeof value === 'number'
      ? String(value)
      : `'${String(value).replaceAll("'", "''")}'`;
const insert = (table: string, rows: ReadonlyArray<ReadonlyArray<unknown>>) =>
  rows.length === 0
    ? ''
    : `INSERT INTO ${table} VALUES ${rows.map((row) => `(${row.map(literal).join(', ')})`).join(',\n')};\n`;

let script =
  'SET client_min_messages TO warning;\nCREATE SCHEMA spor_check;\nSET search_path TO spor_check;\n' +
  sql('tables.sql');
script += insert(
  'participants',
  cohort.map((d) => [d.participant.id]),
);
script += insert(
  'placements',
  cohort.flatMap((d) => d.placements.map((p) => [d.participant.id, p.id, p.company, p.start, p.end])),
);
script += insert(
  'jobs',
  cohort.flatMap((d) =>
    (d.jobs ?? []).map((j) => [d.participant.id, j.id, j.employer, j.start, j.end, j.kind, j.hoursPerWeek]),
  ),
);
script += insert(
  'education',
  cohort.flatMap((d) =>
    (d.education ?? []).map((e) => [d.participant.id, e.id, e.institution, e.start, e.end]),
  ),
);
script += insert(
  'follow_ups',
  cohort.flatMap((d) =>
    (d.followUps ?? []).map((f) => [
      d.participant.id,
      f.id,
      f.jobId,
      f.due,
      f.done,
      f.with,
      f.outcome,
      f.note,
    ]),
  ),
);
script += `PREPARE outcomes AS ${sql('cohort-outcomes.sql').trim().replace(/;$/, '')};\n`;
const cases: ReadonlyArray<readonly [string, string, number]> = [
  ['2026-H1', today, 3],
  ['2025-03', today, 3],
  ['2026-W10', today, 3],
  ['2026-H2', '2026-09-15', 3],
  ['2025-H2', today, 1],
];
const expected: string[] = [];
for (const [period, day, months] of cases) {
  const p = cohortPeriods(period, day);
  const values = [p.period.from, p.period.to, p.previousPeriod.from, p.previousPeriod.to, day].map(literal);
  script += `EXECUTE outcomes(${values.join(', ')}, ${months});\n`;
  for (const range of [p.period, p.previousPeriod]) {
    expected.push(
      [
        range === p.period ? 'current' : 'previous',
        ...Object.values(cohortCounts(cohort, range, day, months)),
      ].join('|'),
    );
  }
}
script += 'DROP SCHEMA spor_check CASCADE;\n';

const output = execFileSync('psql', ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-f', '-'], {
  input: script,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const rows = output.trim().split('\n');
const differing = expected.filter((line, index) => rows[index] !== line);
const version = execFileSync('psql', ['-X', '-A', '-t', '-c', 'SHOW server_version'], {
  encoding: 'utf8',
}).trim();
console.log(
  `PostgreSQL ${version}: ${expected.length - differing.length} of ${expected.length} rows agree with cohortCounts()`,
);
if (differing.length > 0 || rows.length !== expected.length) {
  console.error(`expected:\n${expected.join('\n')}\ngot:\n${rows.join('\n')}`);
  process.exitCode = 1;
}
