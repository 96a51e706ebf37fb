/**
 * zod's issues, turned into message codes. zod/mini's own messages are English and technical; the
 * schemas carry message codes instead (`{ error: 'dateFormat' }`), and what they do not cover is
 * named here from the issue's kind.
 */
import { found, type FoundIssue } from './issues.js';
import { messageCodes } from './messages.js';

/** The parts of a zod issue this module reads; zod's own issue types are wider. */
interface ZodIssueLike {
  readonly code?: string;
  readonly path?: ReadonlyArray<PropertyKey>;
  readonly message?: string;
  readonly expected?: string;
  readonly input?: unknown;
  readonly values?: ReadonlyArray<unknown>;
  readonly origin?: string;
  readonly maximum?: number | bigint;
  readonly minimum?: number | bigint;
  readonly errors?: ReadonlyArray<ReadonlyArray<ZodIssueLike>>;
  readonly issues?: ReadonlyArray<ZodIssueLike>;
}

const knownCodes = new Set(messageCodes);

const pathOf = (prefix: ReadonlyArray<string | number>, path: ReadonlyArray<PropertyKey> = []) => [
  ...prefix,
  ...path.map((key) => (typeof key === 'number' ? key : String(key))),
];

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value);
  }
  return typeof value;
}

/**
 * A missing schemaVersion is named as missing (not as version "undefined"); a version that is not
 * a plain number or text (NaN, an object) is told the one value it may have.
 */
function schemaVersionIssue(path: ReadonlyArray<string | number>, issue: ZodIssueLike): FoundIssue {
  const input = issue.input;
  if (input === undefined || input === null) return found(path, 'schemaVersionMissing');
  if ((typeof input === 'number' && Number.isFinite(input)) || typeof input === 'string') {
    return found(path, 'schemaVersion', { value: describeValue(input) });
  }
  return found(path, 'value', { values: (issue.values ?? []).map(describeValue).join(', ') });
}

/** `fromZodIssues(issues)`: one found issue per zod issue (a union reports its best branch). */
export function fromZodIssues(
  issues: ReadonlyArray<ZodIssueLike>,
  prefix: ReadonlyArray<string | number> = [],
): FoundIssue[] {
  return issues.flatMap((issue) => fromZodIssue(issue, prefix));
}

function fromZodIssue(issue: ZodIssueLike, prefix: ReadonlyArray<string | number>): FoundIssue[] {
  const path = pathOf(prefix, issue.path);
  const ownCode = issue.message !== undefined && knownCodes.has(issue.message) ? issue.message : undefined;
  const max = issue.maximum === undefined ? '' : String(issue.maximum);
  switch (issue.code) {
    case 'invalid_type':
      return [
        issue.input === undefined
          ? found(path, 'required')
          : // A schema that names its own message (`{ error: 'changeWindow' }`) says it better.
            ownCode
            ? found(path, ownCode)
            : found(path, 'type', { expected: issue.expected ?? '' }),
      ];
    case 'invalid_value':
      if (path.length === 1 && path[0] === 'schemaVersion') return [schemaVersionIssue(path, issue)];
      return [found(path, 'value', { values: (issue.values ?? []).map(describeValue).join(', ') })];
    case 'invalid_key': {
      const inner = issue.issues?.[0];
      const code = inner?.message !== undefined && knownCodes.has(inner.message) ? inner.message : 'invalid';
      return [found(path, code)];
    }
    case 'invalid_union': {
      // Report the branch that got furthest: the one whose issues are not about the value's type.
      const branches = issue.errors ?? [];
      const best = branches.find((branch) =>
        branch.every((inner) => !(inner.code === 'invalid_type' && (inner.path?.length ?? 0) === 0)),
      );
      if (best) return fromZodIssues(best, path);
      return [found(path, 'invalid')];
    }
    case 'too_big':
      if (ownCode) return [found(path, ownCode, { max })];
      if (isNumeric(issue.origin)) return [found(path, 'numberTooBig', { max })];
      return [found(path, issue.origin === 'array' ? 'tooMany' : 'tooLong', { max })];
    case 'too_small':
      if (ownCode) return [found(path, ownCode)];
      if (isNumeric(issue.origin))
        return [found(path, 'numberTooSmall', { min: String(issue.minimum ?? '') })];
      return [found(path, issue.origin === 'array' ? 'emptyList' : 'empty')];
    default:
      return [found(path, ownCode ?? 'invalid')];
  }
}

/** zod's origins of a number's bounds (a whole number's safe range included). */
function isNumeric(origin: string | undefined): boolean {
  return origin === 'number' || origin === 'int' || origin === 'bigint';
}
