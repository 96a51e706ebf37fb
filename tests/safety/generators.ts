// Generators of `ProgressData` for the safety net: valid data (the personas, slices of them, the
// hand-made fixture and synthetic young people) and mutations of it. A generated case is a small
// description (which base, which mutations), built into data only inside the property, so a
// failing case prints in a few lines and replays from its seed.
import fc from 'fast-check';
import {
  addDays,
  nextworkFramework,
  samplePersonas,
  syntheticProgressData,
  type SyntheticProfile,
} from '../../src/core/index.js';
import { progressData } from '../fixtures/progress-data.js';

/**
 * The defects of issue 9 that the net finds today. A case that can only fail because of one of
 * these is skipped (`fc.pre`); delete an entry once its fix is merged, and the net checks it again.
 */
export type DefectId =
  /** #3: a dimension weight of 1e308 gives Infinity and NaN in paths and words. */
  | 'huge-weights'
  /** #4: `spor-sparkline` does not check `min`/`max` (and, found here, nor the range of `values`). */
  | 'sparkline-range'
  /** #5: dates at the ends of the calendar leave `YYYY-MM-DD` or drop out of the aggregation. */
  | 'calendar-ends'
  /** #6: data without (or with another) `schemaVersion` gets "… (undefined)" in its message. */
  | 'schema-version-message'
  /** #7: a right-to-left override in host text is not isolated and reverses the kit's words. */
  | 'bidi-isolation';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = ReadonlyArray<string | number>;

// ---------------------------------------------------------------------------------------------
// Bases: valid data
// ---------------------------------------------------------------------------------------------

export type BaseSpec =
  | { readonly kind: 'persona'; readonly index: number }
  /** A persona's data between `from` weeks after its first report and `weeks` weeks later. */
  | { readonly kind: 'slice'; readonly index: number; readonly from: number; readonly weeks: number }
  | { readonly kind: 'fixture' }
  | {
      readonly kind: 'synthetic';
      readonly seed: number;
      /** Days after 2020-01-06; reaches 2020 … 2028 (week 53 in 2020 and 2026). */
      readonly startDay: number;
      readonly weeks: number;
      readonly placements: ReadonlyArray<{
        readonly at: number;
        readonly weeks: number;
        readonly raters: number;
      }>;
      readonly conversations: ReadonlyArray<{ readonly at: number; readonly focus: number }>;
      readonly selfReports: ReadonlyArray<number>;
      readonly from: number;
      readonly to: number;
      readonly notObserved: number;
    };

const focusIds = [
  'persistence',
  'initiative',
  'work-readiness',
  'determination',
  'resilience',
  'weekly-company.punctuality',
  'monthly-determination.direction',
];

const baseArb: fc.Arbitrary<BaseSpec> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('persona' as const), index: fc.nat(2) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('slice' as const),
      index: fc.nat(2),
      from: fc.nat(50),
      weeks: fc.integer({ min: 1, max: 30 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'fixture' as const }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('synthetic' as const),
      seed: fc.nat(1_000_000),
      startDay: fc.nat(3000),
      weeks: fc.integer({ min: 1, max: 40 }),
      placements: fc.array(
        fc.record({
          at: fc.nat(30),
          weeks: fc.integer({ min: 1, max: 26 }),
          raters: fc.integer({ min: 1, max: 3 }),
        }),
        { maxLength: 3 },
      ),
      conversations: fc.array(fc.record({ at: fc.nat(40 * 7), focus: fc.nat(focusIds.length - 1) }), {
        maxLength: 3,
      }),
      selfReports: fc.array(fc.nat(40 * 7), { maxLength: 2 }),
      from: fc.double({ min: 1, max: 5, noNaN: true }),
      to: fc.double({ min: 1, max: 5, noNaN: true }),
      notObserved: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
);

const epoch = '2020-01-06';
const clone = <T>(value: T): T => structuredClone(value);

function buildBase(spec: BaseSpec): Record<string, Json> {
  switch (spec.kind) {
    case 'persona':
      return clone(samplePersonas[spec.index]) as unknown as Record<string, Json>;
    case 'slice': {
      const persona = clone(samplePersonas[spec.index]!);
      const first = persona.assessments[0]?.date ?? '2026-01-01';
      const from = addDays(first, spec.from * 7);
      const to = addDays(from, spec.weeks * 7);
      const inside = (date: string) => date >= from && date <= to;
      return {
        ...persona,
        assessments: persona.assessments.filter((a) => inside(a.date)),
        conversations: persona.conversations.filter((c) => inside(c.date)),
      } as unknown as Record<string, Json>;
    }
    case 'fixture':
      return progressData() as unknown as Record<string, Json>;
    case 'synthetic':
      return syntheticProgressData(profileOf(spec)) as unknown as Record<string, Json>;
  }
}

function profileOf(spec: Extract<BaseSpec, { kind: 'synthetic' }>): SyntheticProfile {
  const start = addDays(epoch, spec.startDay);
  const end = addDays(start, spec.weeks * 7);
  const curve = { from: spec.from, to: spec.to };
  const items = ['initiative', 'persistence', 'curiosity', 'cooperation', 'social', 'responsibility'];
  return {
    seed: spec.seed,
    participant: { id: `young-${spec.seed}`, displayName: 'Alex' },
    start,
    end,
    counsellor: { id: 'uv-1', name: 'Mette' },
    placements: spec.placements.map((p, i) => ({
      id: `p${i}`,
      company: `Firma ${i}`,
      role: 'Praktikant',
      start: addDays(start, p.at * 7),
      end: addDays(start, (p.at + p.weeks) * 7),
      raters: Array.from({ length: p.raters }, (_, r) => ({ id: `m${i}-${r}`, name: `Mentor ${r}` })),
    })),
    curves: Object.fromEntries([
      ...items.map((item) => [`weekly-company.${item}`, curve]),
      ['weekly-company.punctuality', { from: spec.to, to: spec.from }],
      ['monthly-determination.persistence', curve],
    ]),
    resilience: curve,
    selfReports: spec.selfReports.map((day) => addDays(start, day)),
    doneWell: ['Mødte til tiden', 'Hjalp en kollega'],
    concerns: ['Træt om mandagen'],
    notObserved: spec.notObserved,
    conversations: spec.conversations.map((c, i) => ({
      id: `c${i}`,
      date: addDays(start, c.at),
      promptSet: 'nextwork',
      answers: { changes: 'Det går fremad.' },
      focus: focusIds[c.focus]!,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

/** Values a field may be retyped to. */
export const junk: ReadonlyArray<unknown> = [
  null,
  undefined,
  0,
  -1,
  2.5,
  1e308,
  -1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'abc',
  true,
  [],
  {},
  [1, 2],
  { nested: { deeper: 1 } },
];
/** Ratings off the 1–5 scale, or not numbers a scale could hold. */
export const offScale: ReadonlyArray<unknown> = [
  0,
  6,
  -1,
  5.5,
  1e308,
  -1e308,
  5e-324,
  Number.NaN,
  Infinity,
  '3',
];
/** Dates that do not exist, or are not dates. */
export const impossibleDates: ReadonlyArray<string> = [
  '2026-02-30',
  '2025-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-01-00',
  '2026-W09',
  '20260101',
  '2026-1-1',
  '2026-03-01T25:00:00Z',
  '2026-03-01T12:60:00+01:00',
  '2026-03-01T12:00:00+25:00',
  '',
  'i morgen',
];
/** Dates at the ends of the calendar; the first ones are fine, the `defect` ones hit issue 9's #5. */
export const calendarEnds: ReadonlyArray<{ readonly date: string; readonly defect?: DefectId }> = [
  { date: '1970-01-01' },
  { date: '2026-12-31T23:59:59.999999999+14:00' },
  { date: '2026-01-01T00:00:00-12:00' },
  { date: '2020-12-31' },
  { date: '0001-01-01' },
  { date: '9999-12-31' },
  { date: '9999-12-31T23:30:00-05:00', defect: 'calendar-ends' },
  { date: '0000-01-01', defect: 'calendar-ends' },
  { date: '0000-01-01T12:00:00Z', defect: 'calendar-ends' },
];
/** Host text that must stay text: markup, template syntax and bidi controls. */
export const textPayloads: ReadonlyArray<{ readonly text: string; readonly defect?: DefectId }> = [
  { text: '<img src=x onerror="window.__sporInjected=1">' },
  { text: '<script>window.__sporInjected=1</script>' },
  { text: '"><svg onload="window.__sporInjected=1"><spor-evil></spor-evil>' },
  { text: "'; }</style><b>fed</b>" },
  { text: '${x} {{x}} <!-- -->' },
  { text: '&amp; &lt;b&gt; &#x202E;' },
  { text: '\u202Eexe.live', defect: 'bidi-isolation' },
  { text: 'Simon \u202Eevil\u202C ok', defect: 'bidi-isolation' },
  { text: '\u2067\u05e9\u05dc\u05d5\u05dd' },
  { text: 'Zoë\u0301 \u{1F600} \u200B' },
];
/** Lengths of huge strings: at, just over and far over the limits (200, 5 000, 20 000). */
export const hugeLengths: ReadonlyArray<number> = [200, 201, 5_000, 5_001, 20_001, 100_000];
/** Weights of a dimension's components; the `defect` ones hit issue 9's #3. */
export const weights: ReadonlyArray<{ readonly weight: number; readonly defect?: DefectId }> = [
  { weight: 1e-300 },
  { weight: 5e-324 },
  { weight: 1e6 },
  { weight: 1e200, defect: 'huge-weights' },
  { weight: 1e308, defect: 'huge-weights' },
  { weight: Number.MAX_VALUE, defect: 'huge-weights' },
];

export type Mutation =
  | { readonly kind: 'remove'; readonly pick: number }
  | { readonly kind: 'retype'; readonly pick: number; readonly to: number }
  | { readonly kind: 'rating'; readonly pick: number; readonly to: number }
  | { readonly kind: 'impossible-date'; readonly pick: number; readonly to: number }
  | { readonly kind: 'calendar-end'; readonly pick: number; readonly to: number }
  | { readonly kind: 'text'; readonly pick: number; readonly payload: number }
  | { readonly kind: 'all-text'; readonly payload: number }
  | { readonly kind: 'huge'; readonly pick: number; readonly length: number }
  | { readonly kind: 'weight'; readonly pick: number; readonly to: number; readonly all: boolean }
  | {
      readonly kind: 'long-list';
      readonly list: 'traits' | 'dimensions' | 'shows' | 'items' | 'scale-labels';
      readonly count: number;
    };

const pick = fc.nat(100_000);
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), pick }),
  fc.record({ kind: fc.constant('retype' as const), pick, to: fc.nat(junk.length - 1) }),
  fc.record({ kind: fc.constant('rating' as const), pick, to: fc.nat(offScale.length - 1) }),
  fc.record({ kind: fc.constant('impossible-date' as const), pick, to: fc.nat(impossibleDates.length - 1) }),
  fc.record({ kind: fc.constant('calendar-end' as const), pick, to: fc.nat(calendarEnds.length - 1) }),
  fc.record({ kind: fc.constant('text' as const), pick, payload: fc.nat(textPayloads.length - 1) }),
  fc.record({ kind: fc.constant('all-text' as const), payload: fc.nat(textPayloads.length - 1) }),
  fc.record({ kind: fc.constant('huge' as const), pick, length: fc.nat(hugeLengths.length - 1) }),
  fc.record({
    kind: fc.constant('weight' as const),
    pick,
    to: fc.nat(weights.length - 1),
    all: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('long-list' as const),
    list: fc.constantFrom(
      'traits' as const,
      'dimensions' as const,
      'shows' as const,
      'items' as const,
      'scale-labels' as const,
    ),
    // "Within reason": far more than a programme has, far below the thousands of issue 9's #2.
    count: fc.integer({ min: 20, max: 120 }),
  }),
);

export interface DataCase {
  readonly base: BaseSpec;
  readonly mutations: ReadonlyArray<Mutation>;
}

/** Half valid data, half data with one to three mutations. */
export const dataCaseArb: fc.Arbitrary<DataCase> = fc.record({
  base: baseArb,
  mutations: fc.oneof(fc.constant([]), fc.array(mutationArb, { minLength: 1, maxLength: 3 })),
});

export interface Built {
  readonly data: unknown;
  /** The known defects this case may hit. */
  readonly defects: ReadonlySet<DefectId>;
  /** What was done, in words, for the report of a failure. */
  readonly steps: ReadonlyArray<string>;
}

const humanTextKeys = new Set(['displayName', 'company', 'role', 'name', 'done-well', 'concerns']);
const dateKeys = new Set(['date', 'start', 'end']);

/** Builds a case's data: the base, then each mutation in turn. Deterministic. */
export function buildData(spec: DataCase): Built {
  const data: Record<string, Json> = buildBase(spec.base);
  const defects = new Set<DefectId>();
  const steps: string[] = [describeBase(spec.base)];
  for (const mutation of spec.mutations) {
    const step = mutate(data, mutation, defects);
    if (step) steps.push(step);
  }
  return { data, defects, steps };
}

function describeBase(base: BaseSpec): string {
  switch (base.kind) {
    case 'persona':
      return `persona ${samplePersonas[base.index]!.participant.displayName}`;
    case 'slice':
      return `persona ${samplePersonas[base.index]!.participant.displayName}, weeks ${base.from}–${base.from + base.weeks}`;
    case 'fixture':
      return 'tests/fixtures progressData()';
    case 'synthetic':
      return `synthetic ${JSON.stringify(profileOf(base)).slice(0, 200)}…`;
  }
}

function mutate(data: Record<string, Json>, m: Mutation, defects: Set<DefectId>): string | undefined {
  switch (m.kind) {
    case 'remove': {
      const path = choose(leafAndBranchPaths(data), m.pick);
      if (!path) return undefined;
      if (path[0] === 'schemaVersion') defects.add('schema-version-message');
      remove(data, path);
      return `remove ${show(path)}`;
    }
    case 'retype': {
      const path = choose(leafAndBranchPaths(data), m.pick);
      if (!path) return undefined;
      if (path[0] === 'schemaVersion') defects.add('schema-version-message');
      set(data, path, junk[m.to] as Json);
      return `${show(path)} = ${String(junk[m.to] === undefined ? 'undefined' : (JSON.stringify(junk[m.to]) ?? junk[m.to]))}`;
    }
    case 'rating': {
      const path = choose(
        leafPaths(data).filter((p) => p[0] === 'assessments' && p[2] === 'ratings'),
        m.pick,
      );
      if (!path) return undefined;
      set(data, path, offScale[m.to] as Json);
      return `${show(path)} = ${String(offScale[m.to])}`;
    }
    case 'impossible-date':
    case 'calendar-end': {
      const path = choose(
        leafPaths(data).filter((p) => dateKeys.has(String(p.at(-1)))),
        m.pick,
      );
      if (!path) return undefined;
      const date = m.kind === 'impossible-date' ? impossibleDates[m.to]! : calendarEnds[m.to]!.date;
      const defect = m.kind === 'calendar-end' ? calendarEnds[m.to]!.defect : undefined;
      if (defect) defects.add(defect);
      set(data, path, date);
      return `${show(path)} = ${JSON.stringify(date)}`;
    }
    case 'text': {
      const path = choose(
        leafPaths(data).filter((p) => typeof get(data, p) === 'string'),
        m.pick,
      );
      if (!path) return undefined;
      const payload = textPayloads[m.payload]!;
      if (payload.defect) defects.add(payload.defect);
      set(data, path, payload.text);
      return `${show(path)} = ${JSON.stringify(payload.text)}`;
    }
    case 'all-text': {
      const payload = textPayloads[m.payload]!;
      if (payload.defect) defects.add(payload.defect);
      for (const path of leafPaths(data)) {
        const key = String(path.at(-1));
        const isAnswer = path[0] === 'conversations' && path[2] === 'answers';
        if ((humanTextKeys.has(key) || isAnswer) && typeof get(data, path) === 'string') {
          set(data, path, `${payload.text} ${String(get(data, path)).slice(0, 20)}`);
        }
      }
      return `every host text prefixed with ${JSON.stringify(payload.text)}`;
    }
    case 'huge': {
      const path = choose(
        leafPaths(data).filter((p) => typeof get(data, p) === 'string'),
        m.pick,
      );
      if (!path) return undefined;
      const length = hugeLengths[m.length]!;
      set(data, path, 'ø'.repeat(length));
      return `${show(path)} = "ø" × ${length}`;
    }
    case 'weight': {
      const framework = ownFramework(data);
      const dimensions = framework['dimensions'] as Array<{ components: Array<{ weight?: number }> }>;
      const components = dimensions.flatMap((d) => d.components);
      const chosen = m.all ? components : [components[m.pick % components.length]!];
      const { weight, defect } = weights[m.to]!;
      for (const component of chosen) component.weight = weight;
      if (defect) defects.add(defect);
      return `framework: ${m.all ? 'every' : `component ${m.pick % components.length}`} weight = ${weight}`;
    }
    case 'long-list': {
      const framework = ownFramework(data);
      const traits = framework['traits'] as Array<Record<string, Json>>;
      const dimensions = framework['dimensions'] as Array<Record<string, Json>>;
      const instruments = framework['instruments'] as Array<Record<string, Json>>;
      const scales = framework['scales'] as Array<Record<string, Json>>;
      const n = m.count;
      const label = (i: number) => ({ da: `Ekstra ${i}`, en: `Extra ${i}` });
      if (m.list === 'traits' || m.list === 'shows') {
        for (let i = 0; i < n; i++) {
          traits.push({
            id: `extra-${i}`,
            label: label(i),
            items: [`weekly-company.${i % 2 ? 'social' : 'initiative'}`],
          });
        }
        if (m.list === 'shows') (dimensions[0]!['shows'] as Json[]).push(...traits.map((t) => t['id']!));
      } else if (m.list === 'dimensions') {
        for (let i = 0; i < n; i++) {
          dimensions.push({
            id: `extra-${i}`,
            label: label(i),
            cadence: 'week',
            components: [{ kind: 'trait', ref: 'social' }],
          });
        }
      } else if (m.list === 'items') {
        const items = instruments[0]!['items'] as Json[];
        for (let i = 0; i < n; i++) items.push({ id: `extra-${i}`, label: label(i) });
      } else {
        const labels = (scales[0]!['labels'] ?? []) as Json[];
        for (let i = 0; i < n; i++) labels.push({ value: 1 + (i % 5), label: label(i) });
        scales[0]!['labels'] = labels;
      }
      return `framework: ${n} extra ${m.list}`;
    }
  }
}

/** The data's framework as an object of its own, the built-in one copied in if need be. */
function ownFramework(data: Record<string, Json>): Record<string, Json> {
  const current = data['framework'];
  if (typeof current === 'object' && current !== null && !Array.isArray(current)) {
    const framework = current as Record<string, Json>;
    for (const key of ['traits', 'dimensions', 'instruments', 'scales']) {
      if (!Array.isArray(framework[key]))
        framework[key] = clone(nextworkFramework[key as 'traits']) as unknown as Json;
    }
    return framework;
  }
  const framework = clone(nextworkFramework) as unknown as Record<string, Json>;
  data['framework'] = framework;
  return framework;
}

// ---------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------

function leafAndBranchPaths(root: Json): Path[] {
  const paths: Path[] = [];
  walk(root, [], (path) => paths.push(path), true);
  return paths;
}

function leafPaths(root: Json): Path[] {
  const paths: Path[] = [];
  walk(root, [], (path) => paths.push(path), false);
  return paths;
}

function walk(value: Json, path: Path, visit: (path: Path) => void, withBranches: boolean): void {
  const isBranch = typeof value === 'object' && value !== null;
  if (path.length > 0 && (!isBranch || withBranches)) visit(path);
  if (!isBranch) return;
  const entries: Array<[string | number, Json]> = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  for (const [key, child] of entries) walk(child, [...path, key], visit, withBranches);
}

function choose(paths: ReadonlyArray<Path>, n: number): Path | undefined {
  return paths.length === 0 ? undefined : paths[n % paths.length];
}

function get(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

function set(root: Json, path: Path, value: Json): void {
  const parent = get(root, path.slice(0, -1));
  if (typeof parent === 'object' && parent !== null) {
    (parent as Record<string | number, Json>)[path.at(-1)!] = value;
  }
}

function remove(root: Json, path: Path): void {
  const parent = get(root, path.slice(0, -1));
  const key = path.at(-1)!;
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (typeof parent === 'object' && parent !== null) Reflect.deleteProperty(parent, key);
}

function show(path: Path): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
    .join('')
    .replace(/^\./, '');
}

// ---------------------------------------------------------------------------------------------
// How the element is set up around the data
// ---------------------------------------------------------------------------------------------

export interface Viewer {
  readonly audience: string;
  readonly consent: boolean;
  readonly locale: string;
}

export const viewerArb: fc.Arbitrary<Viewer> = fc.record({
  audience: fc.constantFrom('conversation', 'company', 'counsellor', 'counsellor', 'nobody'),
  consent: fc.boolean(),
  locale: fc.constantFrom('da', 'en', 'en-GB', 'xx'),
});

// ---------------------------------------------------------------------------------------------
// spor-sparkline
// ---------------------------------------------------------------------------------------------

export interface SparklineCase {
  readonly values: ReadonlyArray<number | null | string>;
  /** Set as an attribute (a string) or a property (a number), or not at all. */
  readonly min: string | number | undefined;
  readonly max: string | number | undefined;
}

const sparkNumber = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.double() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, 5e-324, -0, Number.NaN, Infinity, '3'),
  },
);
const bound = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.integer({ min: -5, max: 10 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom('abc', '', '1e400', '-Infinity', '0x10', ' 5 ', '1,5') },
);

export const sparklineCaseArb: fc.Arbitrary<SparklineCase> = fc.record({
  values: fc.array(sparkNumber, { maxLength: 60 }),
  min: bound,
  max: bound,
});

/** True when the case goes beyond what the sparkline checks today (issue 9's #4, and its values' range). */
export function sparklineDefects(spec: SparklineCase): Set<DefectId> {
  const defects = new Set<DefectId>();
  const toNumber = (b: string | number | undefined) => (b === undefined ? undefined : Number(b));
  const min = toNumber(spec.min);
  const max = toNumber(spec.max);
  const finite = spec.values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const low = Math.min(...finite, ...(min !== undefined && Number.isFinite(min) ? [min] : []));
  const high = Math.max(...finite, ...(max !== undefined && Number.isFinite(max) ? [max] : []));
  const isBadBound = (b: number | undefined) => b !== undefined && !Number.isFinite(b);
  if (isBadBound(min) || isBadBound(max) || !Number.isFinite(high - low)) defects.add('sparkline-range');
  return defects;
}

// ---------------------------------------------------------------------------------------------
// spor-assessment-form
// ---------------------------------------------------------------------------------------------

export interface FormCase {
  readonly data: DataCase;
  readonly instrument: string;
  readonly frameworkAsObject: boolean;
  /** Which of the data's assessments to edit, if any. */
  readonly value: number | undefined;
  readonly withRater: boolean;
  readonly date: { readonly kind: 'none' | 'value' | 'impossible' | 'calendar-end'; readonly n: number };
}

export const formCaseArb: fc.Arbitrary<FormCase> = fc.record({
  data: dataCaseArb,
  instrument: fc.constantFrom(
    '',
    'weekly-company',
    'weekly-company',
    'monthly-determination',
    'resilience-self-report',
    'nope',
    'Weekly-Company',
  ),
  frameworkAsObject: fc.boolean(),
  value: fc.option(fc.nat(1000), { nil: undefined }),
  withRater: fc.boolean(),
  date: fc.record({
    kind: fc.constantFrom('none' as const, 'value' as const, 'impossible' as const, 'calendar-end' as const),
    n: fc.nat(100),
  }),
});
