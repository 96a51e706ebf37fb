/**
 * zod's `safeParse` without zod: a small interpreter of the plain-data description that
 * `scripts/write-validators.ts` generates from the zod schemas (`generated/validators.ts`). The
 * schemas stay the one definition (types, JSON Schema, messages); this walks their description, so
 * a page that only shows charts never loads zod's parser. It gives what `safeParse(input,
 * { reportInput: true })` gives: the same output (defaults applied, unknown keys stripped, the
 * host's object never written to) or the same issues, in the same order, with the same fields.
 * `tests/core/validate.test.ts` holds the two side by side. No eval: it walks data.
 */
import { nodes, roots } from './generated/validators.js';
import { refinements, type RefinementName } from './refinements.js';
import type {
  Assessment,
  ConversationRecord,
  Framework,
  Programme,
  ProgressData,
  PromptSet,
  Rater,
} from './schema.js';
import type { CohortOutcomes } from './cohort-schema.js';

type Primitive = string | number | boolean | null;
type Json = Primitive | ReadonlyArray<Json> | { readonly [key: string]: Json };

/** A check of a value, as the generator writes it; `e` is the schema's message code, if any. */
export type ValidatorCheck =
  | { readonly k: 'min' | 'max' | 'gte' | 'gt' | 'lte' | 'lt'; readonly n: number; readonly e?: string }
  | { readonly k: 're'; readonly p: RegExp; readonly e?: string }
  | { readonly k: 'fn'; readonly f: RefinementName; readonly e?: string };

/** One schema, as the generator writes it; children are indexes into `nodes`. */
export type ValidatorNode = { readonly e?: string; readonly c?: ReadonlyArray<ValidatorCheck> } & (
  | { readonly t: 'string' | 'boolean' }
  | { readonly t: 'number'; readonly int?: true }
  | { readonly t: 'values'; readonly v: ReadonlyArray<Primitive> }
  | { readonly t: 'object'; readonly s: Readonly<Record<string, number>>; readonly x?: number | 'never' }
  | { readonly t: 'array'; readonly i: number }
  | { readonly t: 'record'; readonly k: number; readonly v: number }
  | { readonly t: 'union'; readonly o: ReadonlyArray<number> }
  | { readonly t: 'optional' | 'nullable'; readonly i: number }
  | { readonly t: 'default'; readonly i: number; readonly d: Json }
);

/** What each root gives when it accepts. */
interface Outputs {
  ProgressData: ProgressData;
  Framework: Framework;
  PromptSet: PromptSet;
  Assessment: Assessment;
  Rater: Rater;
  ConversationRecord: ConversationRecord;
  Programme: Programme;
  CohortOutcomes: CohortOutcomes;
}
export type ValidatorRoot = keyof typeof roots & keyof Outputs;

/** An issue as zod reports it (after `finalizeIssue`, with the input): the fields our code reads and the rest. */
export interface Issue {
  readonly code: string;
  readonly path: PropertyKey[];
  readonly message: string;
  readonly input?: unknown;
  readonly [field: string]: unknown;
}

export type Validated<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: { readonly issues: Issue[] } };

/** An issue while it is made; `continue: true` lets later checks run, as in zod. */
type Raw = {
  code: string;
  path: PropertyKey[];
  message: string;
  input: unknown;
  continue?: boolean;
} & Record<string, unknown>;

type OptIn = 'optional' | 'defaulted' | undefined;
/** A node ready to run: its children as nodes, its keys and values as sets, its rungs settled. */
interface Prepared {
  readonly node: ValidatorNode;
  readonly message: string;
  readonly checks: ReadonlyArray<ValidatorCheck | 'int'>;
  /** The largest length before an array's elements are even read (zod's `capSize`). */
  readonly cap: number;
  readonly values: Set<unknown>;
  optin: OptIn;
  optout: 'optional' | undefined;
  /** The wrapped schema (optional, nullable, default), an array's element or a record's value. */
  inner: Prepared | undefined;
  /** A record's key schema. */
  key: Prepared | undefined;
  props: Array<readonly [string, Prepared]>;
  keySet: Set<string>;
  catchall: Prepared | undefined;
  options: Prepared[];
}

const invalidInput = 'Invalid input';

let prepared: Prepared[] | undefined;

function prepare(): Prepared[] {
  const all: Prepared[] = nodes.map((node) => {
    const checks: Array<ValidatorCheck | 'int'> = node.t === 'number' && node.int ? ['int'] : [];
    if (node.c) checks.push(...node.c);
    let cap = Infinity;
    if (node.t === 'array') {
      for (const check of node.c ?? []) {
        if (check.k !== 'min' && check.k !== 'max') break;
        if (check.k === 'max') cap = Math.min(cap, check.n);
      }
    }
    return {
      node,
      message: node.e ?? invalidInput,
      checks,
      cap,
      values: new Set(node.t === 'values' ? node.v : []),
      optin: undefined,
      optout: undefined,
      inner: undefined,
      key: undefined,
      props: [],
      keySet: new Set(),
      catchall: undefined,
      options: [],
    };
  });
  const at = (index: number): Prepared => {
    const found = all[index];
    if (!found) throw new Error(`validators: no node ${index}`);
    return found;
  };
  // Children come before their parents in `nodes`, so one pass in order settles every rung.
  for (const entry of all) {
    const node = entry.node;
    if (node.t === 'object') {
      entry.props = Object.entries(node.s).map(([key, index]) => [key, at(index)] as const);
      entry.keySet = new Set(Object.keys(node.s));
      if (typeof node.x === 'number') entry.catchall = at(node.x);
    } else if (node.t === 'record') {
      entry.key = at(node.k);
      entry.inner = at(node.v);
    } else if (node.t === 'union') {
      entry.options = node.o.map(at);
      entry.optin = entry.options.some((option) => option.optin === 'defaulted')
        ? 'defaulted'
        : entry.options.some((option) => option.optin !== undefined)
          ? 'optional'
          : undefined;
      entry.optout = entry.options.some((option) => option.optout === 'optional') ? 'optional' : undefined;
    } else if ('i' in node) {
      const inner = at(node.i);
      entry.inner = inner;
      if (node.t === 'optional') {
        entry.optin = inner.optin === 'defaulted' ? 'defaulted' : 'optional';
        entry.optout = 'optional';
      } else if (node.t === 'nullable') {
        entry.optin = inner.optin;
        entry.optout = inner.optout;
      } else if (node.t === 'default') entry.optin = 'defaulted';
    }
  }
  return all;
}

/** `validate('ProgressData', input)`: what `ProgressDataSchema.safeParse(input, { reportInput: true })` gives. */
export function validate<R extends ValidatorRoot>(root: R, input: unknown): Validated<Outputs[R]> {
  prepared ??= prepare();
  const issues: Raw[] = [];
  const start = prepared[roots[root]];
  if (!start) throw new Error(`validators: no root ${root}`);
  const data = run(start, input, issues);
  return issues.length > 0
    ? { success: false, error: { issues: issues.map(finalize) } }
    : { success: true, data: data as Outputs[R] };
}

/** The output when `input` is valid under the root's schema, else undefined (a draft that does not fit). */
export function validOrUndefined<R extends ValidatorRoot>(root: R, input: unknown): Outputs[R] | undefined {
  const parsed = validate(root, input);
  return parsed.success ? parsed.data : undefined;
}

function finalize(raw: Raw): Issue {
  const issue: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) if (key !== 'continue') issue[key] = raw[key];
  return issue as unknown as Issue;
}

const aborted = (issues: ReadonlyArray<Raw>, from: number) => {
  for (let i = from; i < issues.length; i++) if (issues[i]?.continue !== true) return true;
  return false;
};
const explicitlyAborted = (issues: ReadonlyArray<Raw>, from: number) => {
  for (let i = from; i < issues.length; i++) if (issues[i]?.continue === false) return true;
  return false;
};

function prefix(issues: Raw[], from: number, key: PropertyKey): void {
  for (let i = from; i < issues.length; i++) issues[i]?.path.unshift(key);
}

const isObject = (value: unknown): value is Record<PropertyKey, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod's `isPlainObject`, as a record reads it. */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const ctor: unknown = value['constructor'];
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = (ctor as { prototype?: unknown }).prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

/** A fresh copy of a default, so no two results share a list or an object. */
function copyOf(value: Json): unknown {
  if (Array.isArray(value)) return value.map(copyOf);
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) copy[key] = copyOf(entry);
    return copy;
  }
  return value;
}

function run(n: Prepared, input: unknown, issues: Raw[]): unknown {
  const start = issues.length;
  const value = parse(n, input, issues, start);
  if (n.checks.length > 0) runChecks(n, value, issues, start);
  return value;
}

function typeIssue(n: Prepared, expected: string, input: unknown, issues: Raw[]): unknown {
  issues.push({ expected, code: 'invalid_type', input, path: [], message: n.message });
  return input;
}

function parse(n: Prepared, input: unknown, issues: Raw[], start: number): unknown {
  const node = n.node;
  switch (node.t) {
    case 'string':
    case 'boolean':
      return typeof input === node.t ? input : typeIssue(n, node.t, input, issues);
    case 'number': {
      if (typeof input === 'number' && Number.isFinite(input)) return input;
      const issue: Raw = { expected: 'number', code: 'invalid_type', input, path: [], message: n.message };
      if (typeof input === 'number') issue['received'] = Number.isNaN(input) ? 'NaN' : String(input);
      issues.push(issue);
      return input;
    }
    case 'values':
      if (!n.values.has(input)) {
        issues.push({ code: 'invalid_value', values: node.v, input, path: [], message: n.message });
      }
      return input;
    case 'object':
      return isObject(input)
        ? parseObject(n, node.x === 'never', input, issues)
        : typeIssue(n, 'object', input, issues);
    case 'array':
      return parseArray(n, input, issues, start);
    case 'record':
      return isPlainObject(input) ? parseRecord(n, input, issues) : typeIssue(n, 'record', input, issues);
    case 'union':
      return parseUnion(n, input, issues);
    case 'optional':
      // An optional around a defaulted schema is refused by the generator.
      return input === undefined || !n.inner ? undefined : run(n.inner, input, issues);
    case 'nullable':
      return input === null || !n.inner ? null : run(n.inner, input, issues);
    case 'default': {
      if (input === undefined || !n.inner) return copyOf(node.d);
      const value = run(n.inner, input, issues);
      return value === undefined ? copyOf(node.d) : value;
    }
  }
}

/** zod's `handlePropertyResult`: what a key's result adds to an object's output and issues. */
function property(
  child: Prepared,
  key: string,
  input: Record<PropertyKey, unknown>,
  out: Record<string, unknown>,
  issues: Raw[],
): void {
  const from = issues.length;
  const value = run(child, input[key], issues);
  const present = key in input;
  const { optin, optout } = child;
  if (!present && optout === 'optional' && optin !== undefined) {
    // An absent optional adds nothing, and its issues are dropped (zod's two early returns).
    if (optin === 'optional' || issues.length > from) {
      issues.length = from;
      return;
    }
  }
  if (issues.length > from) prefix(issues, from, key);
  if (!present && optin === undefined) {
    if (issues.length === from) {
      issues.push({
        code: 'invalid_type',
        expected: 'nonoptional',
        input: undefined,
        path: [key],
        message: invalidInput,
      });
    }
    return;
  }
  if (value !== undefined || present || (optin === 'defaulted' && optout !== 'optional')) out[key] = value;
}

function parseObject(
  n: Prepared,
  strict: boolean,
  input: Record<PropertyKey, unknown>,
  issues: Raw[],
): unknown {
  const out: Record<string, unknown> = {};
  for (const [key, child] of n.props) property(child, key, input, out, issues);
  const catchall = n.catchall;
  if (!strict && !catchall) return out;
  const unrecognized: string[] = [];
  for (const key in input) {
    if (n.keySet.has(key)) continue;
    // A strict object names every key it does not know; a catchall never copies `__proto__`.
    if (!catchall) unrecognized.push(key);
    else if (key !== '__proto__') property(catchall, key, input, out, issues);
  }
  if (unrecognized.length > 0) {
    issues.push({
      code: 'unrecognized_keys',
      keys: unrecognized,
      input,
      path: [],
      message: n.message,
      continue: true,
    });
  }
  return out;
}

function parseArray(n: Prepared, input: unknown, issues: Raw[], start: number): unknown {
  if (!Array.isArray(input)) return typeIssue(n, 'array', input, issues);
  if (input.length > n.cap) {
    // Too long to read at all: the length check alone, and nothing after it.
    for (const check of n.checks) {
      if (check === 'int' || check.k !== 'max' || input.length <= check.n) continue;
      checkValue(n, check, input, issues);
      const issue = issues[start];
      if (issue) issue.continue = false;
      return input;
    }
  }
  const out: unknown[] = new Array(input.length);
  const element = n.inner;
  if (!element) return out;
  for (let i = 0; i < input.length; i++) {
    const from = issues.length;
    out[i] = run(element, input[i], issues);
    if (issues.length > from) prefix(issues, from, i);
  }
  return out;
}

function parseRecord(n: Prepared, input: Record<PropertyKey, unknown>, issues: Raw[]): unknown {
  const out: Record<PropertyKey, unknown> = {};
  const { key: keySchema, inner: valueSchema } = n;
  if (!keySchema || !valueSchema) return out;
  for (const key of Reflect.ownKeys(input)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
    const keyIssues: Raw[] = [];
    run(keySchema, key, keyIssues);
    if (keyIssues.length > 0) {
      issues.push({
        code: 'invalid_key',
        origin: 'record',
        issues: keyIssues.map(finalize),
        input: key,
        path: [key],
        message: n.message,
      });
      continue;
    }
    const from = issues.length;
    const value = run(valueSchema, input[key], issues);
    if (issues.length > from) prefix(issues, from, key);
    out[key] = value;
  }
  return out;
}

function parseUnion(n: Prepared, input: unknown, issues: Raw[]): unknown {
  const [first] = n.options;
  if (first && n.options.length === 1) return run(first, input, issues);
  const results: Array<{ value: unknown; issues: Raw[] }> = [];
  for (const option of n.options) {
    const own: Raw[] = [];
    const value = run(option, input, own);
    if (own.length === 0) return value;
    results.push({ value, issues: own });
  }
  const going = results.filter((result) => !aborted(result.issues, 0));
  const [only] = going;
  if (only && going.length === 1) {
    issues.push(...only.issues);
    return only.value;
  }
  issues.push({
    code: 'invalid_union',
    input,
    errors: results.map((result) => result.issues.map(finalize)),
    path: [],
    message: n.message,
  });
  return input;
}

/** zod's `runChecks`: length checks run unless a check said stop; the others only while nothing failed. */
function runChecks(n: Prepared, value: unknown, issues: Raw[], start: number): void {
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

function checkValue(n: Prepared, check: ValidatorCheck | 'int', value: unknown, issues: Raw[]): void {
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
