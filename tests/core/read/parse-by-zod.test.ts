import { expect } from '@open-wc/testing';
import { parseProgressData, samplePersonas } from '../../../src/core/index.js';
import { parseProgressDataByZodAlone } from '../../../src/core/read/parse-by-zod.js';

/** A sample persona as a host passes it: a fresh copy, so a test may damage it. */
const persona = (index: number) =>
  structuredClone(samplePersonas[index]) as unknown as Record<string, unknown>;

describe('core/read/parse-by-zod: parseProgressData with zod alone', () => {
  it('gives what parseProgressData gives on a valid persona', () => {
    expect(samplePersonas.length).to.be.greaterThan(0);
    const byZod = parseProgressDataByZodAlone(persona(0));
    expect(byZod.ok).to.equal(true);
    expect(byZod).to.deep.equal(parseProgressData(persona(0)));
  });

  it('gives the same issues on a damaged persona, in the locale asked for', () => {
    const damaged = persona(0);
    damaged['schemaVersion'] = 2;
    (damaged['participant'] as Record<string, unknown>)['displayName'] = 'x'.repeat(201);
    const byZod = parseProgressDataByZodAlone(damaged, { locale: 'en' });
    expect(byZod).to.deep.equal(parseProgressData(damaged, { locale: 'en' }));
    expect(byZod.ok ? [] : byZod.issues).to.deep.equal([
      {
        path: ['schemaVersion'],
        code: 'schemaVersion',
        message: 'This version of the data format is not supported (2). Use schemaVersion 1.',
      },
      {
        path: ['participant', 'displayName'],
        code: 'tooLong',
        message: 'The text is too long (at most 200 characters).',
      },
    ]);
  });

  it('gives the same issues when the shape is right and the checks after it are not', () => {
    const damaged = persona(0);
    const assessments = damaged['assessments'] as Array<{ ratings: Record<string, number | null> }>;
    expect(assessments.length).to.be.greaterThan(0);
    const [item] = Object.keys(assessments[0]!.ratings);
    expect(item).to.be.a('string');
    assessments[0]!.ratings[item!] = 7; // off the 1–5 scale
    const byZod = parseProgressDataByZodAlone(damaged);
    expect(byZod).to.deep.equal(parseProgressData(damaged));
    expect(byZod.ok ? [] : byZod.issues).to.deep.equal([
      {
        path: ['assessments', 0, 'ratings', item],
        code: 'offScale',
        message: '7 ligger uden for skalaen 1–5.',
      },
    ]);
  });

  it('never writes to the input', () => {
    const input = persona(0);
    const before = JSON.stringify(input);
    parseProgressDataByZodAlone(input);
    expect(JSON.stringify(input)).to.equal(before);
  });
});
