import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseProgressData } from '../../src/core/index.js';
import { parseProgressDataByZodAlone } from '../../src/core/parse.js';
import { buildData, dataCaseArb } from '../safety/generators.js';
import { progressData } from '../fixtures/progress-data.js';

// The fast path for assessments must never change a result: the same data and the same issues,
// accepted or rejected, as zod alone gives; and the host's objects are never written to.

/** Odd things an assessment can hold that a plain check might get wrong. */
const oddities: ReadonlyArray<readonly [string, (a: Record<string, unknown>) => void]> = [
  ['an extra key', (a) => (a['extra'] = 'x')],
  ['an extra rater key', (a) => ((a['rater'] as Record<string, unknown>)['extra'] = 1)],
  ['an undefined optional', (a) => (a['notes'] = undefined)],
  ['an undefined rater id', (a) => ((a['rater'] as Record<string, unknown>)['id'] = undefined)],
  ['a NaN rating', (a) => (a['ratings'] = { initiative: Number.NaN })],
  ['an infinite rating', (a) => (a['ratings'] = { initiative: Number.POSITIVE_INFINITY })],
  ['a rating as text', (a) => (a['ratings'] = { initiative: '3' })],
  ['a null rating', (a) => (a['ratings'] = { initiative: null, persistence: 4 })],
  ['ratings as an array', (a) => (a['ratings'] = [3, 4])],
  [
    'ratings without a prototype',
    (a) => (a['ratings'] = Object.assign(Object.create(null), { initiative: 3 })),
  ],
  ['ratings as a Map', (a) => (a['ratings'] = new Map([['initiative', 3]]))],
  ['ratings as a Date', (a) => (a['ratings'] = new Date(0))],
  ['notes with a number', (a) => (a['notes'] = { 'done-well': 5 })],
  ['notes as null', (a) => (a['notes'] = null)],
  ['a rater as null', (a) => (a['rater'] = null)],
  ['a number as id', (a) => (a['id'] = 7)],
  ['no date', (a) => delete a['date']],
  ['a missing rater role', (a) => delete (a['rater'] as Record<string, unknown>)['role']],
  ['an assessment as an array', (a) => Object.setPrototypeOf(a, Array.prototype)],
];

function compare(data: unknown, label: string): void {
  const before = JSON.stringify(data);
  const fast = parseProgressData(data, { locale: 'en' });
  const afterFast = JSON.stringify(data);
  const zod = parseProgressDataByZodAlone(data, { locale: 'en' });
  expect(fast, label).to.deep.equal(zod);
  expect(afterFast, `${label}: the host's data is left as it was`).to.equal(before);
}

describe('parseProgressData: the assessments fast path gives what zod alone gives', () => {
  it('on the safety net’s generated data, valid and mutated', () => {
    fc.assert(
      fc.property(dataCaseArb, (spec) => {
        const { data, steps } = buildData(spec);
        compare(data, steps.join('; '));
      }),
      { numRuns: 300 },
    );
  });

  it('on every oddity an assessment can hold, in any one assessment', () => {
    fc.assert(
      fc.property(fc.nat(oddities.length - 1), fc.nat(1000), (which, at) => {
        const data = structuredClone(progressData()) as unknown as {
          assessments: Array<Record<string, unknown>>;
        };
        const [name, apply] = oddities[which]!;
        apply(data.assessments[at % data.assessments.length]!);
        compare(data, name);
      }),
      { numRuns: 200 },
    );
  });

  it('hand-checked: a dated-time assessment is read as a local date, and the host’s stays as written', () => {
    const data = structuredClone(progressData()) as unknown as {
      assessments: Array<Record<string, unknown>>;
    };
    const first = data.assessments[0]!;
    first['date'] = '2026-03-01T23:30:00Z';
    const result = parseProgressData(data);
    expect(result.ok).to.equal(true);
    if (result.ok)
      expect(result.data.assessments.find((a) => a.id === first['id'])?.date).to.equal('2026-03-02');
    expect(first['date']).to.equal('2026-03-01T23:30:00Z');
  });
});
