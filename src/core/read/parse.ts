/**
 * `parseProgressData(input, { locale })`: the one door into the kit. It never throws, whatever it
 * is given: every step is guarded, and the worst case is an issue that says the data could not be
 * read.
 */
import { checkData } from './check-data.js';
import { frameworkIssues } from './check-framework.js';
import { resolveFramework } from '../framework/framework.js';
import { found, toValidationIssue, type FoundIssue, type ValidationIssue } from './issues.js';
import { messageLocaleOf } from './messages.js';
import { dateInputPattern, frameworkIdPattern, limits } from '../format/limits.js';
import type {
  Assessment,
  ConversationRecord,
  Framework,
  Placement,
  ProgressData,
  PromptSet,
} from '../format/schema.js';
import { validate } from './validate.js';
import { fromZodIssues } from './zod-issues.js';

export interface ParseOptions {
  /** The language of the messages: `da` (default) or `en`. */
  readonly locale?: string | undefined;
  /** The host's own prompt sets, beside the built-in `nextwork` and `next-level`. */
  readonly promptSets?: ReadonlyArray<PromptSet> | undefined;
}

export type ParseResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly issues: ReadonlyArray<ValidationIssue> };

/** More issues than this help no one; the rest is summed up in one last issue. */
const maxIssues = 100;

/** The issues found, as sentences in the reader's language (the first 100, then how many more). */
export function failure(issues: ReadonlyArray<FoundIssue>, locale: string | undefined): ParseResult<never> {
  const messageLocale = messageLocaleOf(locale);
  const shown = issues.slice(0, maxIssues).map((issue) => toValidationIssue(issue, messageLocale));
  if (issues.length > maxIssues) {
    shown.push(
      toValidationIssue(found([], 'moreIssues', { count: issues.length - maxIssues }), messageLocale),
    );
  }
  return { ok: false, issues: shown };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasOwn = (value: unknown, key: string): boolean => isRecord(value) && Object.hasOwn(value, key);

/**
 * Checks that must run before the shape is checked (by zod's rules, in zod or in `validate.ts`): a
 * list far over its limit is refused before anything else is read, and a record's `__proto__` key,
 * which zod's rules silently drop, is named, since dropping it would hide a wrong rating.
 */
function guardIssues(input: unknown): FoundIssue[] {
  if (!isRecord(input)) return [found([], 'notObject')];
  const issues: FoundIssue[] = [];
  const lists = [
    'placements',
    'assessments',
    'conversations',
    'jobs',
    'education',
    'followUps',
    'hours',
    'experiences',
  ] as const;
  for (const key of lists) {
    const list = input[key];
    if (Array.isArray(list) && list.length > limits[key]) {
      issues.push(found([key], 'tooMany', { max: limits[key] }));
    }
  }
  const framework = input['framework'];
  if (isRecord(framework)) {
    for (const key of ['roles', 'scales', 'instruments', 'traits', 'dimensions'] as const) {
      const list = framework[key];
      if (Array.isArray(list) && list.length > limits[key]) {
        issues.push(found(['framework', key], 'tooMany', { max: limits[key] }));
      }
    }
  }
  if (issues.length > 0) return issues;
  const checkRecords = (key: 'assessments' | 'conversations', fields: ReadonlyArray<string>) => {
    const list = input[key];
    if (!Array.isArray(list)) return;
    list.forEach((entry: unknown, index) => {
      if (!isRecord(entry)) return;
      for (const field of fields) {
        if (hasOwn(entry[field], '__proto__')) {
          issues.push(found([key, index, field, '__proto__'], 'reservedKey', { value: '__proto__' }));
        }
      }
    });
  };
  checkRecords('assessments', ['ratings', 'notes']);
  checkRecords('conversations', ['answers']);
  return issues;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Every key of `value` is one of `allowed`, none holds `undefined`, and every allowed key that holds
 * something is enumerable: zod reads a key the host defined non-enumerable, a spread would not copy it.
 */
function hasOnly(value: Record<string, unknown>, allowed: ReadonlyArray<string>): boolean {
  let enumerated = 0;
  for (const key in value) {
    if (!allowed.includes(key) || value[key] === undefined) return false;
    enumerated++;
  }
  let held = 0;
  for (const key of allowed) if (value[key] !== undefined) held++;
  return enumerated === held;
}

const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

function isRatings(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const key in value) {
    const rating = value[key];
    if (rating !== null && !(typeof rating === 'number' && Number.isFinite(rating))) return false;
  }
  return true;
}

function isNotes(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isPlainObject(value)) return false;
  for (const key in value) if (typeof value[key] !== 'string') return false;
  return true;
}

const assessmentKeys = ['id', 'instrument', 'date', 'rater', 'ratings', 'notes'];
const raterKeys = ['role', 'id', 'name', 'placementId'];

/**
 * The fast path of validation, for the one list that is long: true only when `value` is an
 * assessment that `AssessmentSchema` would give back unchanged (plain objects, the schema's own
 * keys and no others, strings, finite numbers or null). Anything else, even valid, goes through the
 * validators generated from the schema (`validate.ts`), which stays the one definition of what an
 * assessment is. A first, cold pass of those over two years of weeks costs about three times this
 * path (measured for issue 11). `tests/core/read/parse.fast-path.test.ts` proves that the result with
 * and without this path is the same as zod's alone, accepted or rejected.
 */
function isPlainAssessment(value: unknown): value is Assessment {
  if (!isPlainObject(value) || !hasOnly(value, assessmentKeys)) return false;
  const rater = value['rater'];
  return (
    typeof value['id'] === 'string' &&
    typeof value['instrument'] === 'string' &&
    typeof value['date'] === 'string' &&
    isPlainObject(rater) &&
    hasOnly(rater, raterKeys) &&
    typeof rater['role'] === 'string' &&
    isOptionalString(rater['id']) &&
    isOptionalString(rater['name']) &&
    isOptionalString(rater['placementId']) &&
    isRatings(value['ratings']) &&
    isNotes(value['notes'])
  );
}

const isHostId = (value: unknown) =>
  typeof value === 'string' && value.length >= 1 && value.length <= limits.shortText;
const isShortText = (value: unknown) => typeof value === 'string' && value.length <= limits.shortText;
const isDateInput = (value: unknown) => typeof value === 'string' && dateInputPattern.test(value);
const isOptional = (value: unknown, check: (value: unknown) => boolean) =>
  value === undefined || check(value);

const participantKeys = ['id', 'displayName', 'locale'];
const placementKeys = ['id', 'company', 'role', 'start', 'end'];
const conversationKeys = ['id', 'date', 'promptSet', 'answers', 'focus', 'resilienceConsent'];
const dataKeys = ['schemaVersion', 'participant', 'framework', 'placements', 'assessments', 'conversations'];

function isPlainPlacement(value: unknown): value is Placement {
  return (
    isPlainObject(value) &&
    hasOnly(value, placementKeys) &&
    isHostId(value['id']) &&
    isHostId(value['company']) &&
    isOptional(value['role'], isShortText) &&
    isDateInput(value['start']) &&
    isOptional(value['end'], isDateInput)
  );
}

function isPlainConversation(value: unknown): value is ConversationRecord {
  if (!isPlainObject(value) || !hasOnly(value, conversationKeys)) return false;
  const answers = value['answers'];
  // zod's record reads symbol keys too (and refuses them): those answers are zod's to judge.
  if (!isPlainObject(answers) || Object.getOwnPropertySymbols(answers).length > 0) return false;
  for (const key in answers) {
    const answer = answers[key];
    if (typeof answer !== 'string' || answer.length > limits.answer) return false;
  }
  return (
    isHostId(value['id']) &&
    isDateInput(value['date']) &&
    typeof value['promptSet'] === 'string' &&
    frameworkIdPattern.test(value['promptSet']) &&
    isOptional(value['focus'], (focus) => typeof focus === 'string') &&
    isOptional(value['resilienceConsent'], (consent) => typeof consent === 'boolean')
  );
}

/** Every entry passes `check`, holes included (`every` would skip a hole zod reads as undefined). */
function isListOf<T>(value: unknown, check: (entry: unknown) => entry is T): value is T[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!check(value[i])) return false;
  return true;
}

const isOptionalList = <T>(value: unknown, check: (entry: unknown) => entry is T): value is T[] | undefined =>
  value === undefined || isListOf(value, check);

/**
 * The whole record on the fast path: true only when `ProgressDataSchema` would give it back with
 * nothing but its defaults added (a built-in framework named by id, plain placements, assessments
 * and conversations, no programme records, no key the schema does not know). Anything else goes
 * through the generated validators, as `isPlainAssessment` says.
 */
function plainData(input: Record<string, unknown>): ProgressData | undefined {
  const { participant, framework, placements, assessments, conversations } = input;
  if (
    !isPlainObject(input) ||
    !hasOnly(input, dataKeys) ||
    input['schemaVersion'] !== 1 ||
    !isPlainObject(participant) ||
    !hasOnly(participant, participantKeys) ||
    !isHostId(participant['id']) ||
    !isShortText(participant['displayName']) ||
    !isOptional(participant['locale'], isShortText) ||
    !isOptional(framework, (id) => typeof id === 'string' && frameworkIdPattern.test(id)) ||
    !isOptionalList(placements, isPlainPlacement) ||
    !isOptionalList(assessments, isPlainAssessment) ||
    !isOptionalList(conversations, isPlainConversation)
  ) {
    return undefined;
  }
  // Copies, as zod's are: the checks that follow write local dates into them, never into the host's.
  return {
    schemaVersion: 1,
    participant: { ...(participant as ProgressData['participant']) },
    framework: (framework as string | undefined) ?? 'nextwork',
    placements: (placements ?? []).map((placement) => ({ ...placement })),
    assessments: (assessments ?? []).map((assessment) => ({ ...assessment })),
    conversations: (conversations ?? []).map((conversation) => ({ ...conversation })),
  };
}

/** The shape of progress data, checked: what `ProgressDataSchema.safeParse(input, { reportInput: true })` gives. */
export type ShapeParser = (input: unknown) => ShapeResult;
type ShapeResult =
  | { readonly success: true; readonly data: ProgressData }
  | { readonly success: false; readonly error: { readonly issues: Parameters<typeof fromZodIssues>[0] } };

const byValidator: ShapeParser = (input) => validate('ProgressData', input);

/**
 * A spread of `input` holds all that zod reads of it: nothing inherited, no key defined
 * non-enumerable (a spread would drop a broken list zod refuses, and a default would take its place).
 */
const spreadsWhole = (input: Record<string, unknown>) =>
  isPlainObject(input) && Object.getOwnPropertyNames(input).length === Object.keys(input).length;

/**
 * The shape, on the fast path where it can be: the whole record when it is plain (`plainData`),
 * else the assessments alone when every one of them is plain, the rest through `shape`.
 */
function parseShape(input: unknown, shape: ShapeParser): ShapeResult {
  if (shape !== byValidator || !isRecord(input)) return shape(input);
  const plain = plainData(input);
  if (plain) return { success: true, data: plain };
  const assessments = input['assessments'];
  if (!spreadsWhole(input) || !isListOf(assessments, isPlainAssessment)) return shape(input);
  const parsed = shape({ ...input, assessments: [] });
  const copies = assessments.map((assessment: Assessment) => ({ ...assessment }));
  return parsed.success ? { ...parsed, data: { ...parsed.data, assessments: copies } } : shape(input);
}

function parseUnsafely(input: unknown, options: ParseOptions, shape: ShapeParser): ParseResult<ProgressData> {
  const guarded = guardIssues(input);
  if (guarded.length > 0) return failure(guarded, options.locale);

  const parsed = parseShape(input, shape);
  if (!parsed.success) return failure(fromZodIssues(parsed.error.issues), options.locale);

  const framework = resolveFramework(parsed.data.framework);
  if (!framework) {
    return failure(
      [found(['framework'], 'unknownFramework', { value: String(parsed.data.framework) })],
      options.locale,
    );
  }
  if (typeof parsed.data.framework !== 'string') {
    const issues = frameworkIssues(framework).map((issue) => ({
      ...issue,
      path: ['framework', ...issue.path],
    }));
    if (issues.length > 0) return failure(issues, options.locale);
  }

  const checked = checkData(parsed.data, framework, options.promptSets ?? []);
  if (checked.issues.length > 0) return failure(checked.issues, options.locale);
  return { ok: true, data: checked.data };
}

/**
 * `parseProgressData(input, { locale })` → `{ ok: true, data }` with every date a local
 * `YYYY-MM-DD`, or `{ ok: false, issues }`, each issue `{ path, message, code }`, the message in
 * Danish (default) or English.
 */
export function parseProgressData(input: unknown, options: ParseOptions = {}): ParseResult<ProgressData> {
  return parseProgressDataWith(input, options, byValidator);
}

/**
 * @internal `parseProgressData` with the shape checked by `shape`: `parse-by-zod.ts` passes zod's
 * own `safeParse`, the reference the tests compare with.
 */
export function parseProgressDataWith(
  input: unknown,
  options: ParseOptions,
  shape: ShapeParser,
): ParseResult<ProgressData> {
  try {
    return parseUnsafely(input, options, shape);
  } catch {
    // A getter that throws, a revoked proxy, a stack overflow: none of it reaches the host.
    return failure([found([], 'unreadable')], safeLocaleOf(options));
  }
}

function safeLocaleOf(options: unknown): string | undefined {
  try {
    const locale: unknown = isRecord(options) ? options['locale'] : undefined;
    return typeof locale === 'string' ? locale : undefined;
  } catch {
    return undefined;
  }
}

/** `parseFramework(input, { locale })`: a host's own framework, checked like the one inside data. */
export function parseFramework(input: unknown, options: ParseOptions = {}): ParseResult<Framework> {
  try {
    const parsed = validate('Framework', input);
    if (!parsed.success) return failure(fromZodIssues(parsed.error.issues), options.locale);
    const issues = frameworkIssues(parsed.data);
    return issues.length > 0 ? failure(issues, options.locale) : { ok: true, data: parsed.data };
  } catch {
    return failure([found([], 'unreadable')], undefined);
  }
}

/** `parsePromptSet(input, { locale })`: a host's own prompt set. */
export function parsePromptSet(input: unknown, options: ParseOptions = {}): ParseResult<PromptSet> {
  try {
    const parsed = validate('PromptSet', input);
    return parsed.success
      ? { ok: true, data: parsed.data }
      : failure(fromZodIssues(parsed.error.issues), options.locale);
  } catch {
    return failure([found([], 'unreadable')], undefined);
  }
}
