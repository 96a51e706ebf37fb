import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseProgressData } from '../../../src/core/index.js';
import { parseProgressDataByZodAlone } from '../../../src/core/read/parse-by-zod.js';
import { buildData, dataCaseArb } from '../../safety/generators.js';
import { progressData } from '../../fixtures/progress-data.js';
import { oddities, recordOddities, type Root } from '../oddities.js';

// The fast path for assessments must never change a result: the same data and the same issues,
// accepted or rejected, as zod alone gives; and the host's objects are never written to.

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

  it('on every oddity the rest of a record can hold', () => {
    expect(recordOddities.length).to.be.greaterThan(0);
    for (const [name, apply] of recordOddities) {
      const data = structuredClone(progressData()) as unknown as Root;
      apply(data);
      compare(data, name);
    }
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
