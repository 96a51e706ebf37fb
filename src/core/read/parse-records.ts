/**
 * `parseAssessment`, `parseConversationRecord` and `parseExperience`: one record, as a form or a guide makes it,
 * checked by the same rules as inside `ProgressData`, with messages from core's own tables. The
 * elements use these instead of zod's issues, whose English technical text must never reach a
 * person. They never throw.
 */
import { checkData } from './check-data.js';
import { checkOwnSide, targetIssues } from './check-own-side.js';
import { resolveFramework, seriesIdsOf } from '../framework/framework.js';
import { found, toValidationIssue, type FoundIssue, type IssuePath } from './issues.js';
import { messageLocaleOf } from './messages.js';
import type { ParseResult } from './parse.js';
import type {
  Assessment,
  ConversationRecord,
  Experience,
  Framework,
  ProgressData,
  PromptSet,
} from '../format/schema.js';
import { localDateOf } from '../time/dates.js';
import { validate } from './validate.js';
import { fromZodIssues } from './zod-issues.js';

export interface ParseAssessmentOptions {
  /** The framework the assessment's instrument, items, scale and rater role belong to. */
  readonly framework: Framework;
  /** The language of the messages: `da` (default) or `en`. */
  readonly locale?: string | undefined;
}

export interface ParseConversationRecordOptions {
  /** The prompt set the record answers: its id and prompt ids are checked. */
  readonly promptSet: PromptSet;
  /** When given, the focus must be one of its series and the date is read in its time zone. */
  readonly framework?: Framework | undefined;
  /** The language of the messages: `da` (default) or `en`. */
  readonly locale?: string | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function failure(issues: ReadonlyArray<FoundIssue>, locale: string | undefined): ParseResult<never> {
  const messageLocale = messageLocaleOf(locale);
  return { ok: false, issues: issues.map((issue) => toValidationIssue(issue, messageLocale)) };
}

/** zod silently drops a `__proto__` key from a record, which would hide a wrong rating or answer. */
function reservedKeyIssues(input: unknown, fields: ReadonlyArray<string>): FoundIssue[] {
  if (!isRecord(input)) return [];
  return fields
    .filter((field) => {
      const value = input[field];
      return isRecord(value) && Object.hasOwn(value, '__proto__');
    })
    .map((field) => found([field, '__proto__'], 'reservedKey', { value: '__proto__' }));
}

/**
 * `parseAssessment(input, { framework, locale })` → `{ ok: true, data }` with the date a local
 * `YYYY-MM-DD`, or `{ ok: false, issues }`. The rules are those of an assessment inside
 * `ProgressData` (instrument, rated and text items, the scale and its steps, the rater's role,
 * lengths), apart from the placement, which only the whole data can know.
 */
export function parseAssessment(input: unknown, options: ParseAssessmentOptions): ParseResult<Assessment> {
  const locale = options.locale;
  try {
    const reserved = reservedKeyIssues(input, ['ratings', 'notes']);
    if (reserved.length > 0) return failure(reserved, locale);
    const parsed = validate('Assessment', input);
    if (!parsed.success) return failure(fromZodIssues(parsed.error.issues), locale);
    // One source for the rules: the assessment is checked as the only one of otherwise empty data.
    const shell: ProgressData = {
      schemaVersion: 1,
      participant: { id: 'p', displayName: '' },
      framework: options.framework,
      placements: [],
      assessments: [parsed.data],
      conversations: [],
    };
    const checked = checkData(shell, options.framework, []);
    const issues = checked.issues
      .filter((issue) => issue.code !== 'unknownPlacement')
      .map((issue) => ({ ...issue, path: withoutPrefix(issue.path, 'assessments') }));
    if (issues.length > 0) return failure(issues, locale);
    const [assessment] = checked.data.assessments;
    return assessment ? { ok: true, data: assessment } : failure([found([], 'invalid')], locale);
  } catch {
    // A getter that throws or a revoked proxy: an issue, never an exception.
    return failure([found([], 'unreadable')], locale);
  }
}

/**
 * `parseConversationRecord(input, { promptSet, framework?, locale })` → `{ ok: true, data }` with
 * the date a local `YYYY-MM-DD`, or `{ ok: false, issues }`: the record's prompt set must be this
 * one, every answer must belong to one of its prompts, and (with a framework) the focus must be
 * one of the framework's series, and a `target` needs a focus and lies on its series' scale.
 */
export function parseConversationRecord(
  input: unknown,
  options: ParseConversationRecordOptions,
): ParseResult<ConversationRecord> {
  const locale = options.locale;
  try {
    const reserved = reservedKeyIssues(input, ['answers']);
    if (reserved.length > 0) return failure(reserved, locale);
    const parsed = validate('ConversationRecord', input);
    if (!parsed.success) return failure(fromZodIssues(parsed.error.issues), locale);
    const record = parsed.data;
    const issues: FoundIssue[] = [];
    const date = localDateOf(record.date, options.framework?.timeZone ?? 'Europe/Copenhagen');
    if (date === undefined) issues.push(found(['date'], 'impossibleDate', { value: record.date }));
    const promptSet = options.promptSet;
    if (record.promptSet !== promptSet.id) {
      issues.push(found(['promptSet'], 'unknownPromptSet', { value: record.promptSet }));
    } else {
      for (const promptId of Object.keys(record.answers)) {
        if (!promptSet.prompts.some((prompt) => prompt.id === promptId)) {
          issues.push(found(['answers', promptId], 'unknownPrompt', { value: promptId, set: promptSet.id }));
        }
      }
    }
    const framework = options.framework;
    if (framework && record.focus !== undefined && !seriesIdsOf(framework).includes(record.focus)) {
      issues.push(found(['focus'], 'unknownFocus', { value: record.focus }));
    }
    if (framework) issues.push(...targetIssues(record, framework, []));
    if (issues.length > 0) return failure(issues, locale);
    return { ok: true, data: { ...record, date: date ?? record.date } };
  } catch {
    return failure([found([], 'unreadable')], locale);
  }
}

export interface ParseExperienceOptions {
  /** Its time zone reads the entry's date (default: Copenhagen's). */
  readonly framework?: Framework | undefined;
  /** The language of the messages: `da` (default) or `en`. */
  readonly locale?: string | undefined;
}

/**
 * `parseExperience(input, { framework?, locale })` → `{ ok: true, data }` with the date a local
 * `YYYY-MM-DD` and `shared` set (false when left out), or `{ ok: false, issues }` with paths
 * inside the entry. The rules are those of an entry inside `ProgressData.experiences` (id, date,
 * kind, text length): the entry is checked as the only one of otherwise empty data.
 */
export function parseExperience(
  input: unknown,
  options: ParseExperienceOptions = {},
): ParseResult<Experience> {
  const locale = options.locale;
  try {
    const shell = {
      schemaVersion: 1,
      participant: { id: 'p', displayName: '' },
      framework: 'nextwork',
      placements: [],
      assessments: [],
      conversations: [],
      experiences: [input],
    };
    const parsed = validate('ProgressData', shell);
    if (!parsed.success) {
      const issues = fromZodIssues(parsed.error.issues).map((issue) => ({
        ...issue,
        path: withoutPrefix(issue.path, 'experiences'),
      }));
      return failure(issues, locale);
    }
    const issues: FoundIssue[] = [];
    const framework = options.framework ?? resolveFramework('nextwork');
    if (!framework) return failure([found([], 'invalid')], locale);
    checkOwnSide(parsed.data, framework, issues);
    const inside = issues.map((issue) => ({ ...issue, path: withoutPrefix(issue.path, 'experiences') }));
    if (inside.length > 0) return failure(inside, locale);
    const [entry] = parsed.data.experiences ?? [];
    return entry ? { ok: true, data: entry } : failure([found([], 'invalid')], locale);
  } catch {
    return failure([found([], 'unreadable')], locale);
  }
}

/** `['assessments', 0, 'ratings', 'x']` → `['ratings', 'x']`: the path inside the one record. */
function withoutPrefix(path: IssuePath, list: string): IssuePath {
  return path[0] === list && typeof path[1] === 'number' ? path.slice(2) : path;
}
