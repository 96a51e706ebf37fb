// `npm run bench`: parse + aggregate + changesSince, for one young person with two years of data
// and for a cohort of 1,000 such young people, and cohortOutcomes for a programme of 10,000, as the
// median of several runs. Fails (exit 1) when the one-person median exceeds 2 ms, the cohort median
// 1.5 s or the programme median 1 s. Data is synthetic and seeded, so every run measures the same work.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  aggregate,
  changesSince,
  cohortOutcomes,
  parseProgressData,
  syntheticCohort,
  syntheticProgressData,
  type ProgressData,
  type SyntheticProfile,
} from '../src/core/index.js';

const limits = { personMs: 2, cohortMs: 1500, programmeMs: 1000 } as const;
const runs = { person: 301, cohort: 7, programme: 7 } as const;

const curve = (from: number, to: number) => ({ from, to });

/** Two years (2024-11-04 to 2026-11-06): four placements at three companies, gaps, eight conversations. */
function twoYearProfile(seed: number): SyntheticProfile {
  const id = `young-${seed}`;
  const conversationDates = [
    '2025-01-15',
    '2025-04-16',
    '2025-06-25',
    '2025-09-24',
    '2025-12-10',
    '2026-03-18',
    '2026-06-17',
    '2026-09-30',
  ];
  return {
    seed,
    participant: { id, displayName: `Ung ${seed}` },
    start: '2024-11-04',
    end: '2026-11-06',
    counsellor: { id: 'uv', name: 'Vejleder' },
    placements: [
      {
        id: `${id}-p1`,
        company: 'Lageret',
        start: '2024-11-11',
        end: '2025-03-28',
        raters: [{ id: 'l1', name: 'L1' }],
      },
      {
        id: `${id}-p2`,
        company: 'Værkstedet',
        start: '2025-04-14',
        end: '2025-09-26',
        raters: [
          { id: 'v1', name: 'V1' },
          { id: 'v2', name: 'V2' },
        ],
      },
      {
        id: `${id}-p3`,
        company: 'Butikken',
        start: '2025-10-13',
        end: '2026-04-24',
        raters: [{ id: 'b1', name: 'B1' }],
      },
      { id: `${id}-p4`, company: 'Værkstedet', start: '2026-05-04', raters: [{ id: 'v1', name: 'V1' }] },
    ],
    pauses: [
      ['2025-07-14', '2025-08-03'],
      ['2025-12-22', '2026-01-04'],
      ['2026-07-13', '2026-08-02'],
    ],
    curves: {
      'weekly-company.persistence': curve(1.8, 3.8),
      'weekly-company.social': curve(2.2, 3.9),
      'weekly-company.punctuality': curve(2.5, 4.2),
      'monthly-determination.direction': curve(2, 4),
    },
    resilience: curve(2.5, 3.6),
    selfReports: ['2024-11-06', '2025-05-07', '2025-11-05', '2026-05-06', '2026-11-04'],
    doneWell: ['Mødte til tiden.', 'Hjalp en kollega.', 'Gjorde opgaven færdig.'],
    concerns: ['Var træt.'],
    conversations: conversationDates.map((date, index) => ({
      id: `${id}-c${index + 1}`,
      date,
      promptSet: 'nextwork',
      answers: {
        changes: 'Det går op.',
        examples: 'Mødte til tiden.',
        appreciation: 'Ærlighed.',
        focus: 'Vedholdenhed.',
      },
      focus: 'persistence',
    })),
  };
}

/** What a chart does with one young person's data: parse it, aggregate it, compare to last time. */
function processOne(input: unknown): number {
  const parsed = parseProgressData(input);
  if (!parsed.ok) throw new Error(`bench data did not parse: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  const aggregation = aggregate(parsed.data);
  const lastConversation = parsed.data.conversations.at(-1);
  return changesSince(aggregation, { from: lastConversation?.date ?? '2026-01-01' }).length;
}

// Collect garbage before each timed run, so one run does not pay for the garbage of the one
// before it (garbage a run makes itself is still timed). The flag is set at runtime because
// `npm run bench` passes no node flags.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** The smallest step performance.now() takes on this machine. */
function timerResolutionMs(): number {
  let smallest = Infinity;
  for (let i = 0; i < 1000; i++) {
    const start = performance.now();
    let next = performance.now();
    while (next === start) next = performance.now();
    smallest = Math.min(smallest, next - start);
  }
  return smallest;
}

// Inputs are plain JSON, as a host would pass them (a fresh copy each, so no run reuses another's objects).
const toJson = (data: ProgressData) => JSON.stringify(data);
const person = toJson(syntheticProgressData(twoYearProfile(1)));
const cohort = Array.from({ length: 1000 }, (_, index) =>
  toJson(syntheticProgressData(twoYearProfile(index + 1))),
);
const personAssessments = (JSON.parse(person) as ProgressData).assessments.length;

// Warm up: let the JIT see the code before it is timed.
for (let i = 0; i < 200; i++) processOne(JSON.parse(person));

const personTimes: number[] = [];
for (let run = 0; run < runs.person; run++) {
  const input: unknown = JSON.parse(person);
  if (run % 50 === 0) collectGarbage();
  const start = performance.now();
  processOne(input);
  personTimes.push(performance.now() - start);
}

const cohortTimes: number[] = [];
for (let run = 0; run < runs.cohort; run++) {
  const inputs: unknown[] = cohort.map((json) => JSON.parse(json));
  collectGarbage();
  const start = performance.now();
  for (const input of inputs) processOne(input);
  cohortTimes.push(performance.now() - start);
}

// A programme of 10,000 young people over three years, parsed (as a host would have them), counted
// for a half-year and the one before.
const programme = syntheticCohort({
  size: 10_000,
  seed: 7,
  from: '2024-01-01',
  to: '2026-10-31',
  asOf: '2026-11-30',
})
  .map((data) => parseProgressData(JSON.parse(JSON.stringify(data)) as unknown))
  .map((parsed) => {
    if (!parsed.ok) throw new Error('bench cohort did not parse');
    return parsed.data;
  });
const countProgramme = () => cohortOutcomes(programme, { period: '2026-H1', today: '2026-11-30' });
for (let i = 0; i < 3; i++) countProgramme();
const programmeTimes: number[] = [];
for (let run = 0; run < runs.programme; run++) {
  collectGarbage();
  const start = performance.now();
  countProgramme();
  programmeTimes.push(performance.now() - start);
}

const personMs = median(personTimes);
const cohortMs = median(cohortTimes);
const programmeMs = median(programmeTimes);
const format = (ms: number) => `${ms.toFixed(3)} ms`;
console.log(
  `Spor core bench, Node ${process.version} (parse + aggregate + changesSince; JSON.parse not timed)`,
);
console.log(`timer resolution: ${(timerResolutionMs() * 1000).toFixed(3)} µs (performance.now)`);
console.log(
  `one young person, two years (${personAssessments} assessments): median ${format(personMs)} of ${runs.person} runs (min ${format(Math.min(...personTimes))}, max ${format(Math.max(...personTimes))}), limit ${limits.personMs} ms`,
);
console.log(
  `cohort of 1,000, two years each: median ${format(cohortMs)} of ${runs.cohort} runs (min ${format(Math.min(...cohortTimes))}, max ${format(Math.max(...cohortTimes))}), limit ${limits.cohortMs} ms`,
);

console.log(
  `cohortOutcomes, 10,000 young people (2026-H1 and the half-year before): median ${format(programmeMs)} of ${runs.programme} runs (min ${format(Math.min(...programmeTimes))}, max ${format(Math.max(...programmeTimes))}), limit ${limits.programmeMs} ms`,
);

const failures = [
  personMs > limits.personMs ? `one person ${format(personMs)} > ${limits.personMs} ms` : undefined,
  cohortMs > limits.cohortMs ? `cohort ${format(cohortMs)} > ${limits.cohortMs} ms` : undefined,
  programmeMs > limits.programmeMs
    ? `cohortOutcomes ${format(programmeMs)} > ${limits.programmeMs} ms`
    : undefined,
].filter((failure): failure is string => failure !== undefined);
if (failures.length > 0) {
  console.error(`FAIL: ${failures.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('OK: within limits');
}
