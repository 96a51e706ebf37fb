import { expect } from '@open-wc/testing';
import { FrameworkSchema, LocalizedTextSchema, ProgressDataSchema } from '../../../src/core/index.js';
import { toValidationIssue } from '../../../src/core/read/issues.js';
import { fromZodIssues } from '../../../src/core/read/zod-issues.js';

/** What a host reads: `[path, code, Danish, English]` of every issue. */
function shown(issues: Parameters<typeof fromZodIssues>[0], prefix: ReadonlyArray<string | number> = []) {
  return fromZodIssues(issues, prefix).map((issue) => [
    issue.path.join('.'),
    issue.code,
    toValidationIssue(issue, 'da').message,
    toValidationIssue(issue, 'en').message,
  ]);
}

describe('core/read/zod-issues: zod’s issues as message codes', () => {
  it('a missing field is required; a wrong type names the type expected', () => {
    expect(
      shown([{ code: 'invalid_type', path: ['participant', 'displayName'], expected: 'string' }]),
    ).to.deep.equal([
      ['participant.displayName', 'required', 'Mangler: skal udfyldes.', 'Missing: this is required.'],
    ]);
    expect(
      shown([{ code: 'invalid_type', path: ['ratings', 'initiative'], expected: 'number', input: '3' }]),
    ).to.deep.equal([['ratings.initiative', 'type', 'Skal være et tal.', 'Should be a number.']]);
  });

  it('a schema’s own message code wins over the kind of issue', () => {
    expect(
      shown([{ code: 'invalid_type', path: ['changeWindow', 'month'], input: 2.5, message: 'changeWindow' }]),
    ).to.deep.equal([
      [
        'changeWindow.month',
        'changeWindow',
        'Skal være et helt antal perioder fra 1 til 104.',
        'Should be a whole number of periods from 1 to 104.',
      ],
    ]);
    // zod/mini's own words are no code: the kind of issue speaks instead.
    expect(
      fromZodIssues([
        { code: 'too_big', path: ['note'], origin: 'string', maximum: 5000, message: 'Invalid input' },
      ]),
    ).to.deep.equal([{ path: ['note'], code: 'tooLong', params: { max: '5000' } }]);
  });

  it('schemaVersion: missing, another version, or a value no version is', () => {
    const version = (input: unknown) =>
      shown([{ code: 'invalid_value', path: ['schemaVersion'], input, values: [1] }]);
    expect(version(undefined)).to.deep.equal([
      [
        'schemaVersion',
        'schemaVersionMissing',
        'Mangler schemaVersion. Brug schemaVersion 1.',
        'schemaVersion is missing. Use schemaVersion 1.',
      ],
    ]);
    expect(version(2)[0]?.[2]).to.equal(
      'Denne version af dataformatet kendes ikke (2). Brug schemaVersion 1.',
    );
    // A text is quoted, so "2" and 2 read apart.
    expect(version('2')[0]?.[3]).to.equal(
      'This version of the data format is not supported ("2"). Use schemaVersion 1.',
    );
    expect(version(Number.NaN)[0]?.slice(1)).to.deep.equal([
      'value',
      'Skal være en af: 1.',
      'Should be one of: 1.',
    ]);
  });

  it('a value of a list: every allowed value, texts quoted and long ones cut at 40 characters', () => {
    expect(
      shown([
        { code: 'invalid_value', path: ['cadence'], values: ['week', 'month', 'half-year'], input: 'year' },
      ]),
    ).to.deep.equal([
      [
        'cadence',
        'value',
        'Skal være en af: "week", "month", "half-year".',
        'Should be one of: "week", "month", "half-year".',
      ],
    ]);
    const long = 'x'.repeat(45);
    expect(
      fromZodIssues([{ code: 'invalid_value', path: [], values: [long, true, null] }])[0]?.params,
    ).to.deep.equal({
      values: `"${'x'.repeat(40)}…", true, null`,
    });
  });

  it('too big and too small: the schema’s code, else by what was measured', () => {
    expect(
      fromZodIssues([
        { code: 'too_big', path: ['assessments'], origin: 'array', maximum: 20000 },
        { code: 'too_big', path: ['participant', 'id'], origin: 'string', maximum: 200 },
        { code: 'too_small', path: ['roles'], origin: 'array' },
        { code: 'too_small', path: ['id'], origin: 'string' },
        { code: 'too_small', path: ['step'], origin: 'number', message: 'positive' },
      ]),
    ).to.deep.equal([
      { path: ['assessments'], code: 'tooMany', params: { max: '20000' } },
      { path: ['participant', 'id'], code: 'tooLong', params: { max: '200' } },
      { path: ['roles'], code: 'emptyList', params: {} },
      { path: ['id'], code: 'empty', params: {} },
      { path: ['step'], code: 'positive', params: {} },
    ]);
  });

  it('a number past its bounds is a number too large or too small, never a text or a list', () => {
    // zod's whole numbers stop at ±(2^53 − 1); a cohort's change of 2^60 was called "text too long".
    expect(
      shown([
        { code: 'too_big', path: ['change'], origin: 'int', maximum: Number.MAX_SAFE_INTEGER },
        { code: 'too_small', path: ['change'], origin: 'int', minimum: Number.MIN_SAFE_INTEGER },
        { code: 'too_big', path: ['x'], origin: 'number', maximum: 5 },
      ]),
    ).to.deep.equal([
      [
        'change',
        'numberTooBig',
        'Tallet er for stort (højst 9007199254740991).',
        'The number is too large (at most 9007199254740991).',
      ],
      [
        'change',
        'numberTooSmall',
        'Tallet er for lille (mindst -9007199254740991).',
        'The number is too small (at least -9007199254740991).',
      ],
      ['x', 'numberTooBig', 'Tallet er for stort (højst 5).', 'The number is too large (at most 5).'],
    ]);
  });

  it('a bad key: the code of the key’s own issue, else invalid', () => {
    expect(
      fromZodIssues([
        {
          code: 'invalid_key',
          path: ['label', 'bad key'],
          issues: [{ code: 'invalid_format', message: 'localeCode' }],
        },
        { code: 'invalid_key', path: ['x'], issues: [] },
      ]),
    ).to.deep.equal([
      { path: ['label', 'bad key'], code: 'localeCode', params: {} },
      { path: ['x'], code: 'invalid', params: {} },
    ]);
  });

  it('a union: the branch that got past the type, with its paths under the union’s; else invalid', () => {
    const idOrFramework = [
      [{ code: 'invalid_type', path: [], expected: 'string', input: {} }],
      [{ code: 'too_small', path: ['roles'], origin: 'array', message: 'emptyList' }],
    ];
    expect(
      fromZodIssues([{ code: 'invalid_union', path: ['framework'], errors: idOrFramework }], ['data']),
    ).to.deep.equal([{ path: ['data', 'framework', 'roles'], code: 'emptyList', params: {} }]);
    const neither = [
      [{ code: 'invalid_type', path: [], expected: 'string', input: 3 }],
      [{ code: 'invalid_type', path: [], expected: 'object', input: 3 }],
    ];
    expect(fromZodIssues([{ code: 'invalid_union', path: ['framework'], errors: neither }])).to.deep.equal([
      { path: ['framework'], code: 'invalid', params: {} },
    ]);
  });

  it('any other kind: its own code if it is one, else invalid', () => {
    expect(
      fromZodIssues([
        { code: 'custom', path: ['label'], message: 'noLanguage' },
        { code: 'unrecognized_keys', path: [], message: 'Unrecognized key: "names"' },
      ]),
    ).to.deep.equal([
      { path: ['label'], code: 'noLanguage', params: {} },
      { path: [], code: 'invalid', params: {} },
    ]);
  });

  it('reads what the schemas really give', () => {
    const data = ProgressDataSchema.safeParse({
      schemaVersion: 1,
      participant: { id: '', displayName: 'Simon' },
      placements: [{ id: 'pl1', company: 'Lageret', start: '5/1/2026' }],
    });
    expect(shown(data.error?.issues ?? []).map(([path, code]) => [path, code])).to.deep.equal([
      ['participant.id', 'empty'],
      ['placements.0.start', 'dateFormat'],
    ]);
    const label = LocalizedTextSchema.safeParse({ 'bad key': 'x' });
    expect(fromZodIssues(label.error?.issues ?? [])).to.deep.equal([
      { path: ['bad key'], code: 'localeCode', params: {} },
    ]);
    const framework = FrameworkSchema.safeParse({
      id: 'x',
      label: { da: 'X' },
      roles: [],
      scales: [],
      instruments: [],
    });
    expect(fromZodIssues(framework.error?.issues ?? []).map((issue) => issue.code)).to.deep.equal([
      'emptyList',
      'emptyList',
      'emptyList',
    ]);
  });
});
