/**
 * The small pieces the input format is built of: bounded lists, ids, dates, hours, shares and
 * cadences, and the hints the JSON Schema carries for fields checked outside zod. `schema.ts` and
 * `programme-schema.ts` build from them.
 */
import { z } from 'zod/mini';
import { dateInputPattern, frameworkIdPattern, itemRefPattern, limits, weekKeyPattern } from './limits.js';

/** An array of at most `max` entries (`tooMany` beyond), and with `min` entries at least. */
export function listOf<T extends z.ZodMiniType>(schema: T, max: number, min = 0) {
  const tooMany = z.maxLength(max, { error: 'tooMany' });
  return min > 0
    ? z.array(schema).check(z.minLength(min, { error: 'emptyList' }), tooMany)
    : z.array(schema).check(tooMany);
}

/**
 * Hints for the JSON Schema only. The fields of an assessment are checked in `check-data.ts`
 * rather than by zod checks: a zod/mini check costs about as much as the rest of a field's
 * parsing, and a two-year cohort has hundreds of thousands of these fields. The JSON Schema
 * still tells back-end teams the patterns and lengths, through this registry.
 */
export const jsonSchemaHints = z.registry<Record<string, unknown>>();

export function hinted<T extends z.ZodMiniType>(schema: T, hint: Record<string, unknown>): T {
  jsonSchemaHints.add(schema, hint);
  return schema;
}

export const FrameworkIdSchema = z.string().check(z.regex(frameworkIdPattern, { error: 'frameworkId' }));
export const ItemRefSchema = z.string().check(z.regex(itemRefPattern, { error: 'itemRef' }));
/** Ids made by a host's own systems (participants, placements, assessments, raters): any short text. */
export const HostIdSchema = z
  .string()
  .check(z.minLength(1, { error: 'empty' }), z.maxLength(limits.shortText, { error: 'tooLong' }));
export const ShortTextSchema = z.string().check(z.maxLength(limits.shortText, { error: 'tooLong' }));
export const DateInputSchema = z.string().check(z.regex(dateInputPattern, { error: 'dateFormat' }));
export const NoteSchema = z.string().check(z.maxLength(limits.note, { error: 'tooLong' }));
/** Hours in a week: from 0 to `limits.weekHours`, fractions allowed (a half hour is real). */
export const HoursSchema = z
  .number()
  .check(z.gte(0, { error: 'negativeHours' }), z.lte(limits.weekHours, { error: 'weekHours' }));
/** A share of a cohort, from 0 to 1 (`0.15` is 15 %). */
export const ShareSchema = z.number().check(z.gte(0, { error: 'share' }), z.lte(1, { error: 'share' }));
export const WeekKeySchema = z.string().check(z.regex(weekKeyPattern, { error: 'weekKey' }));

// Assessment fields: the same rules as above, checked in check-data.ts (see `jsonSchemaHints`).
export const dateDescription =
  "YYYY-MM-DD, or an ISO 8601 date-time with an offset (read as a local date in the framework's time zone)";
export const hintedFrameworkId = () => hinted(z.string(), { pattern: frameworkIdPattern.source });
export const hintedHostId = () => hinted(z.string(), { minLength: 1, maxLength: limits.shortText });
export const hintedShortText = () => hinted(z.string(), { maxLength: limits.shortText });
export const hintedDate = () =>
  hinted(z.string(), { pattern: dateInputPattern.source, description: dateDescription });

export const CadenceSchema = z.enum(['week', 'month', 'half-year']);
