import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  cohortOutcomes,
  nextworkFramework,
  parseProgressData,
  samplePersonas,
  type ProgressData,
} from '../../../src/core/index.js';
import { parseProgressDataByZodAlone } from '../../../src/core/read/parse-by-zod.js';
import { resolvePromptSet } from '../../../src/core/framework/prompts.js';
import { validate, type ValidatorRoot } from '../../../src/core/read/validate.js';
import { progressData } from '../../fixtures/progress-data.js';
import { buildData, dataCaseArb } from '../../safety/generators.js';
import { oddities, recordOddities, type Root } from '../oddities.js';
import { agreement, expectAgreement, validatorRoots } from '../validator-agreement.js';

// The run-time validator walks a description generated from the zod schemas. These properties hold
// it against zod itself, schema by schema, on every corpus the project has and on random damage:
// accepted or refused alike, the same output, the same issues, the same ValidationIssue list.

const parsedPersona = (index: number): ProgressData => {
  const result = parseProgressData(samplePersonas[index]);
  if (!result.ok) throw new Error('a sample persona does not parse');
  return result.data;
};

/** A valid value of every root, as a host writes it: the bases the mutations damage. */
function bases(): Array<readonly [ValidatorRoot, unknown, 'small' | 'large']> {
  const data = progressData() as unknown as Record<string, unknown>;
  const assessment = (data['assessments'] as unknown[])[0];
  const fullProgramme = {
    followUps: [{ id: '2-weeks', after: 2, unit: 'week' }],
    employedAfterMonths: 6,
    minimumWeeklyHours: 20,
    plannedWeek: { internship: 30, other: 2.5 },
    goals: { stillEmployed: 0.6 },
  };
  const framework = {
    ...structuredClone(nextworkFramework),
    changeWindow: { week: 6, 'half-year': 2 },
    programme: fullProgramme,
  };
  const outcomes = cohortOutcomes(samplePersonas, { period: '2026-H1', today: '2026-11-30', minCellSize: 1 });
  const tinyFramework = {
    id: 'tiny',
    label: { en: 'Tiny' },
    roles: [{ id: 'company', label: { da: 'Virksomhed' } }],
    scales: [{ id: 'five', min: 1, max: 5, step: 1, labels: [{ value: 1, label: { da: 'Lidt' } }] }],
    instruments: [
      {
        id: 'weekly',
        label: { da: 'Ugentlig' },
        cadence: 'week',
        scale: 'five',
        raterRoles: ['company'],
        items: [{ id: 'initiative', label: { da: 'Initiativ' } }],
        scoring: {
          label: { da: 'Score' },
          method: 'mean',
          reverse: ['initiative'],
          minAnswered: 1,
          bands: [{ id: 'low', min: 1, max: 5, label: { da: 'Lav' } }],
        },
      },
    ],
    traits: [{ id: 'initiative', label: { da: 'Initiativ' }, items: ['weekly.initiative'] }],
    dimensions: [
      {
        id: 'drive',
        label: { da: 'Drive' },
        cadence: 'week',
        components: [{ kind: 'trait', ref: 'initiative' }],
        shows: ['initiative'],
      },
    ],
    changeWindow: { week: 4 },
    programme: {},
  };
  const records = {
    schemaVersion: 1,
    participant: { id: 'y-1', displayName: 'Simon', locale: 'da' },
    framework: tinyFramework,
    placements: [{ id: 'p1', company: 'Bageriet', role: 'Lager', start: '2026-03-02', end: '2026-04-05' }],
    assessments: [
      {
        id: 'a1',
        instrument: 'weekly',
        date: '2026-03-05',
        rater: { role: 'company', id: 'm' },
        ratings: { initiative: 3, x: null },
        notes: { n: 'Godt' },
      },
    ],
    conversations: [
      {
        id: 'c1',
        date: '2026-03-06',
        promptSet: 'nextwork',
        answers: { changes: 'Mere' },
        focus: 'initiative',
        resilienceConsent: true,
      },
    ],
    jobs: [{ id: 'j1', employer: 'Bageriet', start: '2026-05-01', kind: 'hourly', hoursPerWeek: 12 }],
    education: [{ id: 'e1', institution: 'FGU', start: '2026-08-10', end: '2026-12-18' }],
    followUps: [
      {
        id: 'f1',
        jobId: 'j1',
        due: '2026-05-08',
        done: '2026-05-08',
        with: 'both',
        outcome: 'going-well',
        note: 'Godt',
      },
    ],
    hours: [{ week: '2026-W19', activity: 'internship', planned: 25, attended: 22.5 }],
  };
  return [
    ['ProgressData', data, 'small'],
    ['ProgressData', records, 'small'],
    ['ProgressData', { ...structuredClone(samplePersonas[1]), framework }, 'large'],
    ['ProgressData', structuredClone(samplePersonas[2]), 'large'],
    ['Framework', framework, 'small'],
    ['PromptSet', structuredClone(resolvePromptSet('nextwork')), 'small'],
    ['Assessment', structuredClone(assessment), 'small'],
    ['Rater', { role: 'company', id: 'jens', name: 'Jens', placementId: 'p1' }, 'small'],
    ['ConversationRecord', structuredClone((data['conversations'] as unknown[])[0]), 'small'],
    ['Programme', {}, 'small'],
    ['Programme', fullProgramme, 'small'],
    ['CohortOutcomes', structuredClone(outcomes), 'small'],
  ];
}

/** Every place in a value: its parent and key (none for the root), and its path with any list index as `#`. */
interface Place {
  readonly parent: Record<PropertyKey, unknown> | unknown[] | undefined;
  readonly key: PropertyKey;
  readonly value: unknown;
  readonly pattern: string;
}

function placesOf(root: unknown): Place[] {
  const places: Place[] = [{ parent: undefined, key: '', value: root, pattern: '' }];
  const walk = (value: unknown, pattern: string) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const list = Array.isArray(value);
      const at = `${pattern}.${list ? '#' : key}`;
      places.push({
        parent: value as Record<string, unknown>,
        key: list ? Number(key) : key,
        value: child,
        pattern: at,
      });
      walk(child, at);
    }
  };
  walk(root, '');
  return places;
}

/** The distinct places of a value (the first of each pattern), so every field of a schema is as likely as any other. */
const patternsOf = (places: ReadonlyArray<Place>) => [...new Set(places.map((place) => place.pattern))];

/** Place `at`: a pattern, then one of its instances. */
function placeAt(places: ReadonlyArray<Place>, at: number): Place {
  const patterns = patternsOf(places);
  const pattern = patterns[at % patterns.length];
  const instances = places.filter((place) => place.pattern === pattern);
  return instances[Math.floor(at / patterns.length) % instances.length]!;
}

const long = (n: number, unit = 'x') => unit.repeat(n);
const surrogate = '\u{1F600}';

/** Values a place may be given instead of its own. */
const replacements: ReadonlyArray<(value: unknown) => unknown> = [
  () => null,
  () => undefined,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => -1,
  () => 0,
  () => 0.5,
  () => 1e21,
  () => 2 ** 53,
  () => 101,
  () => 1001,
  () => '',
  () => 'x',
  () => 'Next Work',
  () => '2026-02-30',
  () => '2026-W99',
  () => long(201),
  () => long(5_001),
  () => long(20_001),
  () => long(150, surrogate), // 300 UTF-16 units, 150 code points: within 200
  () => long(201, surrogate),
  () => '\uD800', // a lone surrogate
  () => true,
  () => [],
  () => ({}),
  () => new Date(0),
  () => new Map([['a', 1]]),
  () => Symbol('s'),
  (value) => [value],
  (value) => ({ value }),
  (value) => (typeof value === 'number' ? -value : value),
  (value) => (typeof value === 'number' ? value + 0.5 : value),
  (value) => (typeof value === 'number' ? value * 1000 : value),
  (value) => (typeof value === 'string' ? `${value} ` : value),
  (value) => (typeof value === 'string' ? value.toUpperCase() : value),
  (value) => (typeof value === 'string' ? `${value}T25:00` : value),
  (value) => (Array.isArray(value) ? [] : value),
  (value) => (Array.isArray(value) ? [...value, ...value] : value),
  (value) => (Array.isArray(value) ? [...value, null] : value),
  // Over-long lists: past every list's limit, from the shortest (6) to the longest (20,000).
  (value) => (Array.isArray(value) ? Array.from({ length: 7 }, () => value[0] ?? 'x') : value),
  (value) => (Array.isArray(value) ? Array.from({ length: 51 }, () => value[0] ?? 'x') : value),
  (value) => (Array.isArray(value) ? Array.from({ length: 201 }, () => value[0] ?? 'x') : value),
  (value) => (Array.isArray(value) ? Array.from({ length: 2_001 }, () => value[0] ?? 'x') : value),
  (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.assign(Object.create(null) as object, value)
      : value,
  (value) =>
    typeof value === 'object' && value !== null
      ? Object.setPrototypeOf({ ...value }, { inherited: 1 })
      : value,
];

/** Keys an object may be given beside its own. */
const extraKeys: ReadonlyArray<(target: Record<PropertyKey, unknown>) => void> = [
  (target) => (target['extra'] = 'x'),
  (target) => (target['bad key'] = 'x'),
  (target) => (target['da-DK'] = 'x'),
  (target) => (target['1'] = 3),
  (target) =>
    Object.defineProperty(target, '__proto__', {
      value: 'x',
      enumerable: true,
      configurable: true,
      writable: true,
    }),
  (target) =>
    Object.defineProperty(target, 'constructor', {
      value: 'x',
      enumerable: true,
      configurable: true,
      writable: true,
    }),
  (target) =>
    Object.defineProperty(target, 'toString', {
      value: 3,
      enumerable: true,
      configurable: true,
      writable: true,
    }),
  (target) => (target[Symbol('s')] = 'x'),
  (target) =>
    Object.defineProperty(target, 'hidden', {
      value: 'x',
      enumerable: false,
      configurable: true,
      writable: true,
    }),
];

type Damage =
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'replace'; readonly at: number; readonly with: number }
  | { readonly kind: 'extra'; readonly at: number; readonly key: number };

const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), with: fc.nat(replacements.length - 1) }),
  fc.record({ kind: fc.constant('extra' as const), at: fc.nat(), key: fc.nat(extraKeys.length - 1) }),
);

function damage(root: unknown, what: Damage): { value: unknown; step: string } {
  const place = placeAt(placesOf(root), what.at);
  const where = place.pattern || 'the root';
  const put = (value: unknown) => {
    if (place.parent === undefined) return value;
    (place.parent as Record<PropertyKey, unknown>)[place.key] = value;
    return root;
  };
  switch (what.kind) {
    case 'delete':
      if (place.parent === undefined) return { value: undefined, step: 'no input' };
      if (Array.isArray(place.parent)) place.parent.splice(Number(place.key), 1);
      else Reflect.deleteProperty(place.parent, place.key);
      return { value: root, step: `delete ${where}` };
    case 'replace':
      return { value: put(replacements[what.with]!(place.value)), step: `replace ${where} (${what.with})` };
    case 'extra': {
      const target =
        typeof place.value === 'object' && place.value !== null && !Array.isArray(place.value)
          ? (place.value as Record<PropertyKey, unknown>)
          : undefined;
      if (target) extraKeys[what.key]!(target);
      return { value: root, step: `extra key ${what.key} at ${where}` };
    }
  }
}

function deepFreeze(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

describe('validate(): the generated validators give what zod gives', () => {
  it('on a valid value of every schema, and its output is a fresh copy with the defaults', () => {
    for (const [root, value] of bases()) expectAgreement(root, value, `${root} (valid)`);
    for (const root of validatorRoots) expectAgreement(root, undefined, `${root} (undefined)`);
    const first = validate('Programme', {});
    const second = validate('Programme', {});
    expect(first.success && second.success).to.equal(true);
    if (first.success && second.success) {
      expect(first.data.followUps).to.not.equal(second.data.followUps);
      first.data.followUps[0]!.after = 99;
      first.data.plannedWeek.internship = 99;
      expect(second.data.followUps[0]!.after).to.equal(1);
      expect(validate('Programme', {})).to.deep.equal(second);
    }
  });

  it('on random damage to every schema: deleted keys, wrong types, bounds, extra and reserved keys, long texts and lists', () => {
    const all = bases();
    fc.assert(
      fc.property(
        fc.nat(all.length - 1),
        fc.array(damageArb, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (which, damages, frozen) => {
          const [root, base] = all[which]!;
          let value: unknown = structuredClone(base);
          const steps: string[] = [root];
          for (const what of damages) {
            const done = damage(value, what);
            value = done.value;
            steps.push(done.step);
          }
          // Frozen: the host's object is never written to (a write would throw in this module).
          expectAgreement(root, frozen ? deepFreeze(value) : value, steps.join('; '));
        },
      ),
      { numRuns: 1500 },
    );
    expect(agreement.refused, 'damage was refused').to.be.greaterThan(500);
    expect(agreement.accepted, 'some damage is still valid').to.be.greaterThan(50);
  });

  // Small bases, so that every field, every replacement and every extra key is tried once.
  for (const [root, base, size] of bases()) {
    if (size !== 'small') continue;
    const places = placesOf(base);
    const patterns = patternsOf(places);
    it(`on every single damage at each of the ${patterns.length} fields of a ${root}`, function () {
      // Exhaustive, not timed: the Framework's 3,700 damages take about 9 s alone on the 2-core
      // machine, and more when it is shared; mocha's 10 s default is no budget for that.
      this.timeout(60_000);
      const variants: Damage[] = patterns.flatMap((_, at) => {
        const { value } = placeAt(places, at);
        const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
        return [
          { kind: 'delete' as const, at },
          // A replacement that leaves this value as it is says nothing new here.
          ...replacements.flatMap((replace, index) =>
            replace(value) === value ? [] : [{ kind: 'replace' as const, at, with: index }],
          ),
          ...(isObject ? extraKeys.map((_k, key) => ({ kind: 'extra' as const, at, key })) : []),
        ];
      });
      for (const what of variants) {
        const { value, step } = damage(structuredClone(base), what);
        expectAgreement(root, value, `${root}: ${step}`);
      }
    });
  }

  it('on the safety net’s generated data, whole and part by part', () => {
    fc.assert(
      fc.property(dataCaseArb, (spec) => {
        const { data, steps } = buildData(spec);
        const label = steps.join('; ');
        expectAgreement('ProgressData', data, label);
        const record = data as Record<string, unknown>;
        const framework = record['framework'];
        if (typeof framework === 'object' && framework !== null) {
          expectAgreement('Framework', framework, `${label} (framework)`);
          const programme = (framework as Record<string, unknown>)['programme'];
          if (programme !== undefined) expectAgreement('Programme', programme, `${label} (programme)`);
        }
        const listOf = (key: string): unknown[] => {
          const list = record[key];
          return Array.isArray(list) ? list : [];
        };
        for (const assessment of listOf('assessments')) {
          expectAgreement('Assessment', assessment, `${label} (an assessment)`);
        }
        for (const conversation of listOf('conversations')) {
          expectAgreement('ConversationRecord', conversation, `${label} (a conversation)`);
        }
        expect(parseProgressData(data, { locale: 'en' }), label).to.deep.equal(
          parseProgressDataByZodAlone(data, { locale: 'en' }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('on every assessment oddity, alone and inside progress data', () => {
    for (const [name, apply] of oddities) {
      const data = structuredClone(progressData()) as unknown as {
        assessments: Array<Record<string, unknown>>;
      };
      const assessment = data.assessments[2]!;
      apply(assessment);
      expectAgreement('Assessment', assessment, name);
      expectAgreement('ProgressData', data, name);
    }
  });

  it('on every oddity the rest of a record can hold', () => {
    for (const [name, apply] of recordOddities) {
      const data = structuredClone(progressData()) as unknown as Root;
      apply(data);
      expectAgreement('ProgressData', data, name);
      expectAgreement('ConversationRecord', data.conversations[0], name);
    }
  });

  it('on more issues than are shown: the same first 100 and the same count of the rest', () => {
    const data = progressData() as unknown as { assessments: unknown[] };
    data.assessments = Array.from({ length: 150 }, (_, i) => ({ id: i, rater: null }));
    expectAgreement('ProgressData', data, '150 broken assessments');
    const result = parseProgressData(data, { locale: 'en' });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues).to.have.length(101);
  });

  it('on the personas as the kit reads them back (dates local, defaults written out)', () => {
    for (const index of samplePersonas.keys()) expectAgreement('ProgressData', parsedPersona(index));
  });
});
