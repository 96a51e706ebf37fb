import { expect } from '@open-wc/testing';
import { z } from 'zod/mini';
import { aborted, checkValue, runChecks } from '../../../src/core/read/validate-checks.js';
import type { Prepared, Raw, ValidatorCheck } from '../../../src/core/read/validator-node.js';

/** A node with only what the checks read: its checks and its message. */
const nodeOf = (checks: ReadonlyArray<ValidatorCheck | 'int'>, message = 'Invalid input') =>
  ({ node: { t: 'string' }, message, checks }) as unknown as Prepared;

/** The issues `checks` find in `value`, run as validate() runs them. */
function issuesOf(checks: ReadonlyArray<ValidatorCheck | 'int'>, value: unknown, before: Raw[] = []): Raw[] {
  const issues = [...before];
  runChecks(nodeOf(checks), value, issues, 0);
  return issues.slice(before.length);
}

const raw = (extra: Partial<Raw> = {}): Raw => ({
  code: 'x',
  path: [],
  message: '',
  input: undefined,
  ...extra,
});

describe('core/read/validate-checks: aborted(issues, from)', () => {
  it('is true once an issue from `from` on does not say continue: true', () => {
    expect(aborted([], 0)).to.equal(false);
    expect(aborted([raw({ continue: true })], 0)).to.equal(false);
    expect(aborted([raw({ continue: true }), raw()], 0)).to.equal(true);
    expect(aborted([raw({ continue: false })], 0)).to.equal(true);
    // Issues before `from` are not this value's.
    expect(aborted([raw(), raw({ continue: true })], 1)).to.equal(false);
  });
});

describe('core/read/validate-checks: checkValue(node, check, value, issues)', () => {
  it('int: a fraction is the wrong type and stops the checks; past the safe range is too big or small', () => {
    const issues: Raw[] = [];
    const node = nodeOf([], 'changeWindow');
    checkValue(node, 'int', 3, issues);
    expect(issues).to.deep.equal([]);
    checkValue(node, 'int', 2.5, issues);
    checkValue(node, 'int', 2 ** 53, issues);
    checkValue(node, 'int', -(2 ** 53), issues);
    expect(issues.map((issue) => [issue.code, issue.continue, issue.message])).to.deep.equal([
      ['invalid_type', false, 'changeWindow'],
      ['too_big', true, 'changeWindow'],
      ['too_small', true, 'changeWindow'],
    ]);
    expect(issues[0]).to.deep.include({ expected: 'int', format: 'safeint', input: 2.5 });
    // 2^53 − 1 = 9,007,199,254,740,991, the largest safe integer.
    expect(issues[1]).to.deep.include({ maximum: 9_007_199_254_740_991, origin: 'int', input: 2 ** 53 });
    expect(issues[2]).to.deep.include({ minimum: -9_007_199_254_740_991, origin: 'int' });
  });

  it('max and min count a string in code points, as zod does', () => {
    const smiley = '\u{1F600}'; // two UTF-16 units, one code point
    const max = { k: 'max', n: 200, e: 'tooLong' } as const;
    // 150 smileys: 300 units but 150 code points, within 200.
    expect(issuesOf([max], smiley.repeat(150))).to.deep.equal([]);
    expect(issuesOf([max], smiley.repeat(201))).to.deep.equal([
      {
        origin: 'string',
        code: 'too_big',
        maximum: 200,
        inclusive: true,
        input: smiley.repeat(201),
        path: [],
        message: 'tooLong',
        continue: true,
      },
    ]);
    // One smiley is two units but one code point: short of a minimum of 2.
    expect(issuesOf([{ k: 'min', n: 2 }], smiley).map((issue) => [issue.code, issue.minimum])).to.deep.equal([
      ['too_small', 2],
    ]);
    expect(issuesOf([{ k: 'min', n: 2 }], 'ab')).to.deep.equal([]);
    expect(issuesOf([{ k: 'min', n: 1, e: 'emptyList' }], [])).to.have.length(1);
    expect(issuesOf([{ k: 'min', n: 1, e: 'emptyList' }], [])[0]).to.deep.include({
      origin: 'array',
      code: 'too_small',
      message: 'emptyList',
    });
  });

  it('max and min agree with zod’s own length checks on the same strings', () => {
    const smiley = '\u{1F600}';
    const zodMax = z.string().check(z.maxLength(200));
    const zodMin = z.string().check(z.minLength(2));
    for (const text of [smiley.repeat(150), smiley.repeat(201), 'x'.repeat(201)]) {
      expect(issuesOf([{ k: 'max', n: 200 }], text).length === 0, `${text.length} units`).to.equal(
        zodMax.safeParse(text).success,
      );
    }
    for (const text of [smiley, 'ab', 'a']) {
      expect(issuesOf([{ k: 'min', n: 2 }], text).length === 0, text).to.equal(
        zodMin.safeParse(text).success,
      );
    }
  });

  it('gte, gt, lte, lt: inclusive or not, and the message of the check before the node’s', () => {
    const bound = (check: ValidatorCheck, value: number) =>
      issuesOf([check], value).map((issue) => [issue.code, issue.inclusive, issue.message]);
    expect(bound({ k: 'gte', n: 0, e: 'negativeHours' }, 0)).to.deep.equal([]);
    expect(bound({ k: 'gte', n: 0, e: 'negativeHours' }, -0.5)).to.deep.equal([
      ['too_small', true, 'negativeHours'],
    ]);
    expect(bound({ k: 'gt', n: 0 }, 0)).to.deep.equal([['too_small', false, 'Invalid input']]);
    expect(bound({ k: 'lte', n: 100, e: 'weekHours' }, 100)).to.deep.equal([]);
    expect(bound({ k: 'lte', n: 100, e: 'weekHours' }, 100.5)).to.deep.equal([
      ['too_big', true, 'weekHours'],
    ]);
    expect(bound({ k: 'lt', n: 1 }, 1)).to.deep.equal([['too_big', false, 'Invalid input']]);
  });

  it('re: a pattern, read from its start every time even when it is global', () => {
    const global = { k: 're', p: /^a/g, e: 'frameworkId' } as const;
    // A global regex that matched once would start its next test at lastIndex 1, and fail.
    expect(issuesOf([global], 'abc')).to.deep.equal([]);
    expect(issuesOf([global], 'abc')).to.deep.equal([]);
    expect(issuesOf([global], 'xyz')[0]).to.deep.include({
      origin: 'string',
      code: 'invalid_format',
      format: 'regex',
      pattern: '/^a/g',
      message: 'frameworkId',
    });
  });

  it('fn: a named refinement (hasLanguage)', () => {
    const check = { k: 'fn', f: 'hasLanguage', e: 'noLanguage' } as const;
    expect(issuesOf([check], { da: 'Initiativ' })).to.deep.equal([]);
    expect(issuesOf([check], {})).to.deep.equal([
      { code: 'custom', input: {}, path: [], message: 'noLanguage', continue: true },
    ]);
  });
});

describe('core/read/validate-checks: runChecks(node, value, issues, start)', () => {
  it('runs every check while the issues found let the others go on', () => {
    const checks = [
      { k: 'min', n: 1, e: 'empty' },
      { k: 'max', n: 3, e: 'tooLong' },
      { k: 're', p: /^\d+$/, e: 'digits' },
    ] as const;
    expect(issuesOf(checks, '').map((issue) => issue.message)).to.deep.equal(['empty', 'digits']);
    expect(issuesOf(checks, 'abcd').map((issue) => issue.message)).to.deep.equal(['tooLong', 'digits']);
    expect(issuesOf(checks, '123')).to.deep.equal([]);
  });

  it('a fraction stops the bounds after int', () => {
    expect(issuesOf(['int', { k: 'gte', n: 1 }], 0.5).map((issue) => issue.code)).to.deep.equal([
      'invalid_type',
    ]);
    expect(issuesOf(['int', { k: 'gte', n: 1 }], 0).map((issue) => issue.code)).to.deep.equal(['too_small']);
  });

  it('an earlier issue that stops: only lengths still run; one that says continue: false stops them too', () => {
    const checks = [
      { k: 're', p: /^a/, e: 'pattern' },
      { k: 'max', n: 1, e: 'tooLong' },
    ] as const;
    expect(issuesOf(checks, 'bcd').map((issue) => issue.message)).to.deep.equal(['pattern', 'tooLong']);
    expect(issuesOf(checks, 'bcd', [raw()]).map((issue) => issue.message)).to.deep.equal(['tooLong']);
    expect(issuesOf(checks, 'bcd', [raw({ continue: false })])).to.deep.equal([]);
  });

  it('lengths are not read on a value without one', () => {
    expect(issuesOf([{ k: 'min', n: 1 }], 5)).to.deep.equal([]);
    expect(issuesOf([{ k: 'max', n: 1 }], null)).to.deep.equal([]);
  });
});
