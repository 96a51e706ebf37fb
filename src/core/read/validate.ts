/**
 * zod's `safeParse` without zod: a small interpreter of the plain-data description that
 * `scripts/write-validators.ts` generates from the zod schemas (`generated/validators.ts`). The
 * schemas stay the one definition (types, JSON Schema, messages); this walks their description, so
 * a page that only shows charts never loads zod's parser. It gives what `safeParse(input,
 * { reportInput: true })` gives: the same output (defaults applied, unknown keys stripped, the
 * host's object never written to) or the same issues, in the same order, with the same fields.
 * `tests/core/read/validate.test.ts` holds the two side by side. No eval: it walks data.
 */
import { nodes, roots } from './generated/validators.js';
import { aborted, checkValue, runChecks } from './validate-checks.js';
import type {
  Assessment,
  ConversationRecord,
  Framework,
  Programme,
  ProgressData,
  PromptSet,
  Rater,
} from '../format/schema.js';
import type { CohortOutcomes } from '../format/cohort-schema.js';
import type { Json, Prepared, Raw, ValidatorCheck } from './validator-node.js';

export type { ValidatorCheck, ValidatorNode } from './validator-node.js';

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
