/**
 * The text of `docs/data-format.md`: every field of `ProgressData`, the conversation record and
 * `CohortOutcomes`, walked out of their JSON Schemas (the ones `npm run build` writes to `dist/`),
 * each with its type, limits, whether it is required, its description and an example taken from the
 * sample data. Storybook's "Guides/Data format" page shows this file, so the page says what the
 * schemas say: `scripts/write-data-format.ts --check` fails when they drift apart.
 */
import { format, resolveConfig } from 'prettier';
import {
  cohortJsonSchema,
  cohortReport,
  conversationRecordJsonSchema,
  nextworkFramework,
  progressDataJsonSchema,
  samplePersonas,
  syntheticCohort,
} from '../src/core/index.js';
import { fieldNotes } from './data-format-notes.js';

export const dataFormatPath = new URL('../docs/data-format.md', import.meta.url);

/** The part of a JSON Schema this page reads. */
export interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  default?: unknown;
  description?: string;
  title?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
}

/** One part of the page: a heading, a sentence, and the schema walked field by field. */
export interface Section {
  heading: string;
  intro: string;
  schemaFile: string;
  schema: JsonSchema;
  /** A realistic value the examples are read from. */
  example: unknown;
}

/** One field of a schema, as a row of the page's table. */
export interface FieldRow {
  path: string;
  type: string;
  limits: string;
  required: string;
  description: string;
  example: string;
}

const safeInteger = Number.MAX_SAFE_INTEGER;
const nullType = (schema: JsonSchema) => schema.type === 'null';
/** An object with named fields (a map such as `answers` or `ratings` has none). */
const hasFields = (schema: JsonSchema) => Object.keys(schema.properties ?? {}).length > 0;

/** A number as the page writes it: thousands apart with a comma, as the rest of the docs do. */
function number(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-GB') : String(value);
}

function count(value: number, noun: string): string {
  return `${number(value)} ${noun}${value === 1 ? '' : 's'}`;
}

/** The type in words: `string`, `whole number or null`, `"week" | "month"`, `list of object`. */
export function typeOf(schema: JsonSchema): string {
  if (schema.const !== undefined) return `${JSON.stringify(schema.const)} (always)`;
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' \\| ');
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ');
  if (Array.isArray(schema.type)) return schema.type.map((type) => typeOf({ type })).join(' or ');
  switch (schema.type) {
    case 'integer':
      return 'whole number';
    case 'array':
      return schema.items ? `list of ${typeOf(schema.items)}` : 'list';
    case 'object':
      return hasFields(schema)
        ? 'object'
        : `map of ${schema.additionalProperties ? valueType(schema) : 'any'}`;
    case undefined:
      return 'any';
    default:
      return schema.type;
  }
}

function valueType(schema: JsonSchema): string {
  return typeof schema.additionalProperties === 'object' ? typeOf(schema.additionalProperties) : 'any';
}

/** The limits of one schema (not of its children): lengths, bounds, patterns, counts. */
export function limitsOf(schema: JsonSchema): string[] {
  const limits: string[] = [];
  if (schema.anyOf) {
    for (const part of schema.anyOf) if (!nullType(part)) limits.push(...limitsOf(part));
    return limits;
  }
  if (schema.minLength !== undefined) limits.push(`at least ${count(schema.minLength, 'character')}`);
  if (schema.maxLength !== undefined) limits.push(`at most ${count(schema.maxLength, 'character')}`);
  const low = schema.minimum;
  const high = schema.maximum;
  if (low !== undefined && Math.abs(low) !== safeInteger) limits.push(`≥ ${number(low)}`);
  if (schema.exclusiveMinimum !== undefined) limits.push(`> ${number(schema.exclusiveMinimum)}`);
  if (high !== undefined && Math.abs(high) !== safeInteger) limits.push(`≤ ${number(high)}`);
  if (schema.exclusiveMaximum !== undefined) limits.push(`< ${number(schema.exclusiveMaximum)}`);
  if (schema.pattern !== undefined) limits.push(`pattern \`${schema.pattern.replaceAll('|', '\\|')}\``);
  if (schema.minItems !== undefined) limits.push(`at least ${count(schema.minItems, 'item')}`);
  if (schema.maxItems !== undefined) limits.push(`at most ${count(schema.maxItems, 'item')}`);
  if (schema.minProperties !== undefined) limits.push(`at least ${count(schema.minProperties, 'key')}`);
  if (schema.propertyNames?.pattern !== undefined)
    limits.push(`keys match \`${schema.propertyNames.pattern.replaceAll('|', '\\|')}\``);
  if (typeof schema.additionalProperties === 'object' && !hasFields(schema))
    limits.push(...limitsOf(schema.additionalProperties).map((limit) => `each value ${limit}`));
  if (schema.additionalProperties === false) limits.push('no other fields');
  return limits;
}

/** The value at a path in the example, taking the first list item that has the next field. */
export function exampleAt(example: unknown, path: readonly string[]): unknown {
  if (path.length === 0) return example;
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '[]') {
    if (!Array.isArray(example)) return undefined;
    for (const item of example) {
      const found = exampleAt(item, rest);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (example === null || typeof example !== 'object' || Array.isArray(example)) return undefined;
  return exampleAt((example as Record<string, unknown>)[head], rest);
}

/** An example as a short code span, or nothing for an object whose fields have their own rows. */
function exampleText(value: unknown, schema: JsonSchema): string {
  if (
    value === undefined ||
    (value !== null && typeof value === 'object' && !Array.isArray(value) && !isMap(schema))
  )
    return '';
  if (hasFields(schema) || (schema.type === 'array' && schema.items && hasFields(schema.items))) return '';
  let text = JSON.stringify(value);
  if (text.length > 48) text = `${text.slice(0, 46)}…`;
  return `\`${text.replaceAll('|', '\\|').replaceAll('`', "'")}\``;
}

/** A map (`answers`, a label): an object without named fields, shown whole as its example. */
function isMap(schema: JsonSchema): boolean {
  return schema.type === 'object' && !hasFields(schema);
}

function cell(text: string): string {
  return text.replaceAll('\n', ' ').replaceAll(/(?<!\\)\|/g, '\\|');
}

/** The object branch of a field, if it has one to walk into (an object, a list of them, a union). */
function objectOf(schema: JsonSchema): { schema: JsonSchema; step: string[] } | undefined {
  if (hasFields(schema)) return { schema, step: [] };
  if (schema.type === 'array' && schema.items) {
    const inner = objectOf(schema.items);
    return inner && { schema: inner.schema, step: ['[]', ...inner.step] };
  }
  for (const part of schema.anyOf ?? []) {
    const inner = objectOf(part);
    if (inner) return inner;
  }
  return undefined;
}

/** Every field of an object schema, depth first, each row under its path (`placements[].start`). */
export function rowsOf(
  schema: JsonSchema,
  example: unknown,
  notes: Readonly<Record<string, string>> = {},
  prefix: string[] = [],
): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = [...prefix, name];
    const pathText = path.join('.').replaceAll('.[]', '[]');
    const defaultText = field.default === undefined ? '' : `, default \`${JSON.stringify(field.default)}\``;
    rows.push({
      path: `\`${pathText}\``,
      type: cell(typeOf(field)),
      limits: cell(limitsOf(field).join('; ')),
      required: required.has(name) ? 'yes' : `no${defaultText}`,
      description: cell(field.description ?? notes[pathText] ?? ''),
      example: exampleText(exampleAt(example, path), field),
    });
    const inner = objectOf(field);
    if (inner) rows.push(...rowsOf(inner.schema, example, notes, [...path, ...inner.step]));
  }
  return rows;
}

/** One section as markdown: heading, what it is, the schema's own description, the table. */
export function sectionMarkdown(section: Section): string {
  const header = [
    '| field | type | limits | required | description | example |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const lines = rowsOf(section.schema, section.example, fieldNotes[section.schemaFile]).map(
    (row) =>
      `| ${row.path} | ${row.type} | ${row.limits} | ${row.required} | ${row.description} | ${row.example} |`,
  );
  return [
    `## ${section.heading}`,
    '',
    section.intro,
    '',
    `JSON Schema: \`${section.schemaFile}\`.${section.schema.description ? ` ${section.schema.description}` : ''}`,
    '',
    ...header,
    ...lines,
    '',
  ].join('\n');
}

/** The sections of the page: the data, one conversation record, a cohort's outcomes. */
export function dataFormatSections(): Section[] {
  const [simon] = samplePersonas;
  const withEverything = {
    ...simon,
    // The personas name the built-in framework by id; the framework's own fields are shown from it.
    framework: nextworkFramework,
    education: samplePersonas.flatMap((persona) => persona.education ?? []),
    conversations: samplePersonas.flatMap((persona) => persona.conversations),
  };
  const cohort = syntheticCohort({
    size: 300,
    seed: 12,
    from: '2024-06-01',
    to: '2026-10-31',
    asOf: '2026-11-30',
  });
  return [
    {
      heading: 'ProgressData: one young person',
      intro:
        'What every element but the cohort view takes as `data`: the young person, their internships, the ratings, the conversations and, optionally, jobs, education, check-ins, weekly hours and their own log. A field in a list is written `list[].field`. The examples come from the sample personas (Simon, and Liv for education) and the built-in NExTWORK framework.',
      schemaFile: 'spor/progress-data.schema.json',
      schema: progressDataJsonSchema() as JsonSchema,
      example: withEverything,
    },
    {
      heading: 'The conversation record',
      intro:
        'What `spor-conversation-complete` hands the host in `detail.record` when a conversation is finished, and what the host keeps in `ProgressData.conversations`. The example is Simon’s last conversation.',
      schemaFile: 'spor/conversation-record.schema.json',
      schema: conversationRecordJsonSchema() as JsonSchema,
      example: simon?.conversations.at(-1),
    },
    {
      heading: 'CohortOutcomes: a cohort’s counts',
      intro:
        'What `<spor-cohort-outcomes>` takes as `outcomes`, as `cohortReport()` in `spor/core` makes it. The example is a generated programme of 300 young people, 2026-H1.',
      schemaFile: 'spor/cohort-outcomes.schema.json',
      schema: cohortJsonSchema() as JsonSchema,
      example: cohortReport(cohort, { period: '2026-H1', today: '2026-11-30' }),
    },
  ];
}

/** The whole page, formatted by the project's prettier settings. */
export async function dataFormatSource(sections: Section[] = dataFormatSections()): Promise<string> {
  const text = [
    '# The data format',
    '',
    '<!-- Generated by scripts/write-data-format.ts from the JSON Schemas: do not edit by hand. -->',
    '',
    'Every field the elements read, generated from the JSON Schemas that `npm run build` writes to `dist/` (and the package exports). "Limits" are what the schema checks; `parseProgressData` and `parseCohortOutcomes` check more against the framework, as each schema’s description says.',
    '',
    ...sections.map(sectionMarkdown),
  ].join('\n');
  const options = await resolveConfig(dataFormatPath);
  return format(text, { ...options, parser: 'markdown', filepath: dataFormatPath.pathname });
}
