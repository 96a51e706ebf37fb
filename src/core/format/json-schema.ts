/**
 * The JSON Schema of the input, generated from the zod schema, for back-end teams in other
 * languages. It says the shapes; the checks against the framework (known items, the scale's steps,
 * overlapping placements, …) are described in its `description` and done by `parseProgressData`.
 */
import { z } from 'zod/mini';
import { CohortOutcomesSchema } from './cohort-schema.js';
import { ConversationRecordSchema, jsonSchemaHints, ProgressDataSchema } from './schema.js';

/** A schema of the input as JSON Schema, with its title and its words on what is checked beyond it. */
function inputSchema(
  schema: z.ZodMiniType,
  title: string,
  description: string,
  withHints = true,
): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    ...(withHints ? { metadata: jsonSchemaHints } : {}),
  }) as Record<string, unknown>;
  return { ...generated, title, description };
}

export function progressDataJsonSchema(): Record<string, unknown> {
  return inputSchema(
    ProgressDataSchema,
    'Spor ProgressData, schemaVersion 1',
    'One young person in an internship programme: placements, assessments and conversation records, ' +
      'and optionally jobs, education, follow-up check-ins after a job starts, weekly hours and the young ' +
      "person's own log of experiences (private unless shared). " +
      'Beyond this schema, parseProgressData checks against the framework: instruments, items and rater ' +
      'roles must exist, ratings lie on the scale and its steps, dates exist, ids are unique, placements ' +
      'do not overlap, focus is a series id and the prompt set is known; jobs and education end on or after ' +
      'their start, a follow-up names a known job and is neither due nor done before it starts, an outcome ' +
      'comes with its done date, an ISO week exists, one activity has one entry per week, and a week holds ' +
      "at most 100 planned and 100 attended hours over all activities; a conversation's target needs a focus " +
      "and lies on the focus series' scale, and the young person rates themselves at most once per period of " +
      'the self-rating instrument (an ISO week). Dates are YYYY-MM-DD or ISO 8601 ' +
      "date-times with an offset, read as local dates in the framework's time zone.",
  );
}

/**
 * The JSON Schema of one conversation record: what `spor-conversation-complete` hands the host in
 * `detail.record`, and what the host keeps in `ProgressData.conversations`.
 */
export function conversationRecordJsonSchema(): Record<string, unknown> {
  return inputSchema(
    ConversationRecordSchema,
    'Spor conversation record, schemaVersion 1',
    'One finished conversation between a young person and a mentor or counsellor: the date, the prompt set, ' +
      'the answers by prompt id, the focus area chosen, the consent to show resilience in this conversation, ' +
      "the young person's next step and target. Beyond this schema, parseProgressData checks that the prompt " +
      'ids belong to the prompt set, the focus is a series id, and a target comes with a focus and lies on the ' +
      "focus series' scale.",
  );
}

/** The JSON Schema of `CohortOutcomes`, the input of `<spor-cohort-outcomes>`. */
export function cohortJsonSchema(): Record<string, unknown> {
  return inputSchema(
    CohortOutcomesSchema,
    'Spor CohortOutcomes',

    'Anonymized counts of a cohort, the fixed table cohortReport() in spor/core makes: one whole period of the ' +
      "framework's reporting grid and the period before it, read as of asOf (the period's last day plus " +
      'employedAfterMonths). Counts only, never names. A count fewer than minCellSize is null, and so is a count ' +
      'that another count shown would give away as a difference below it; a percent is null when its count or ' +
      'denominator is, isGoalMet when the percent is, and a change when either value it is made from is. ' +
      'parseCohortOutcomes checks these rules beyond this schema.',
    false,
  );
}
