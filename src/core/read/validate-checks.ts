/**
 * zod's checks, as `validate.ts` runs them on a value its node has parsed: lengths, bounds, patterns,
 * whole numbers and the named refinements, with zod's rules for which checks still run after an
 * issue and with the same issue fields.
 */
import { refinements } from '../format/refinements.js';
import type { Prepared, Raw, ValidatorCheck } from './validator-node.js';

/** zod's `aborted`: an issue from `from` on that does not say `continue: true` stops the checks after it. */
export const aborted = (issues: ReadonlyArray<Raw>, from: number) => {
  for (let i = from; i < issues.length; i++) if (issues[i]?.continue !== true) return true;
  return false;
};
/** zod's `explicitlyAborted`: an issue that says `continue: false` stops even the length checks. */
const explicitlyAborted = (issues: ReadonlyArray<Raw>, from: number) => {
  for (let i = from; i < issues.length; i++) if (issues[i]?.continue === false) return true;
  return false;
};

/** zod's `runChecks`: length checks run unless a check said stop; the others only while nothing failed. */
export function runChecks(n: Prepared, value: unknown, issues: Raw[], start: number): void {
  let stop = aborted(issues, start);
  for (const check of n.checks) {
    if (check !== 'int' && (check.k === 'min' || check.k === 'max')) {
      if (explicitlyAborted(issues, start)) continue;
      if (value === null || value === undefined || (value as { length?: unknown }).length === undefined)
        continue;
    } else if (stop) continue;
    const before = issues.length;
    checkValue(n, check, value, issues);
    if (issues.length !== before && !stop) stop = aborted(issues, before);
  }
}

/** A string's length in code points, as zod counts it. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

const lengthOrigin = (value: unknown) =>
  Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';

export function checkValue(n: Prepared, check: ValidatorCheck | 'int', value: unknown, issues: Raw[]): void {
  if (check === 'int') {
    const number = value as number;
    if (!Number.isInteger(number)) {
      issues.push({
        expected: 'int',
        format: 'safeint',
        code: 'invalid_type',
        continue: false,
        input: value,
        path: [],
        message: n.message,
      });
    } else if (!Number.isSafeInteger(number)) {
      const big = number > 0;
      issues.push({
        input: value,
        code: big ? 'too_big' : 'too_small',
        [big ? 'maximum' : 'minimum']: big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER,
        note: 'Integers must be within the safe integer range.',
        origin: 'int',
        inclusive: true,
        continue: true,
        path: [],
        message: n.message,
      });
    }
    return;
  }
  const failed = failureOf(check, value);
  if (failed)
    issues.push({ ...failed, input: value, path: [], message: check.e ?? n.message, continue: true });
}

type Failure = { code: string } & Record<string, unknown>;

const tooSmall = (minimum: number, inclusive: boolean, origin: string): Failure => ({
  origin,
  code: 'too_small',
  minimum,
  inclusive,
});
const tooBig = (maximum: number, inclusive: boolean, origin: string): Failure => ({
  origin,
  code: 'too_big',
  maximum,
  inclusive,
});

/** What a check finds wrong with a value, or undefined (zod's checks, one by one). */
function failureOf(check: ValidatorCheck, value: unknown): Failure | undefined {
  switch (check.k) {
    case 'min': {
      const units = (value as { length: number }).length;
      const short = typeof value === 'string' && units >= check.n && units < check.n * 2;
      return (short ? codePoints(value) : units) >= check.n
        ? undefined
        : tooSmall(check.n, true, lengthOrigin(value));
    }
    case 'max': {
      const units = (value as { length: number }).length;
      const long = typeof value === 'string' && units > check.n;
      return (long ? codePoints(value) : units) <= check.n
        ? undefined
        : tooBig(check.n, true, lengthOrigin(value));
    }
    case 'gte':
      return (value as number) >= check.n ? undefined : tooSmall(check.n, true, 'number');
    case 'gt':
      return (value as number) > check.n ? undefined : tooSmall(check.n, false, 'number');
    case 'lte':
      return (value as number) <= check.n ? undefined : tooBig(check.n, true, 'number');
    case 'lt':
      return (value as number) < check.n ? undefined : tooBig(check.n, false, 'number');
    case 're':
      check.p.lastIndex = 0;
      return check.p.test(value as string)
        ? undefined
        : { origin: 'string', code: 'invalid_format', format: 'regex', pattern: check.p.toString() };
    case 'fn':
      return refinements[check.f](value as Record<string, unknown>) ? undefined : { code: 'custom' };
  }
}
