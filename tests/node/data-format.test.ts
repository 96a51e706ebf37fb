// Runs in Node (`npm run test:node`): docs/data-format.md, the Storybook "Data format" page, is what
// the JSON Schemas give today, and a change to a schema changes the page (so `--check` catches it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  dataFormatPath,
  dataFormatSections,
  dataFormatSource,
  rowsOf,
  type JsonSchema,
} from '../../scripts/data-format-source.js';
import { fieldNotes } from '../../scripts/data-format-notes.js';

/** The row of one field, found by its path as the page writes it. */
function rowOf(schema: JsonSchema, example: unknown, path: string, notes: Record<string, string> = {}) {
  const rows = rowsOf(schema, example, notes).filter((row) => row.path === `\`${path}\``);
  assert.equal(rows.length, 1, `one row for ${path}`);
  return rows[0]!;
}

describe('docs/data-format.md', () => {
  it('is exactly what scripts/write-data-format.ts makes from the schemas (run it to update)', async () => {
    assert.equal(readFileSync(dataFormatPath, 'utf8'), await dataFormatSource());
  });

  it('has a section per schema: the data, the conversation record, the cohort', () => {
    const sections = dataFormatSections();
    assert.deepEqual(
      sections.map((section) => section.schemaFile),
      [
        'spor/progress-data.schema.json',
        'spor/conversation-record.schema.json',
        'spor/cohort-outcomes.schema.json',
      ],
    );
  });

  it('says a field’s type, limits, whether it is required and an example from the samples', () => {
    const [data, record, cohort] = dataFormatSections();
    // Simon's participant id is "simon"; the schema bounds a host id at 1 to 200 characters.
    assert.deepEqual(rowOf(data!.schema, data!.example, 'participant.id'), {
      path: '`participant.id`',
      type: 'string',
      limits: 'at least 1 character; at most 200 characters',
      required: 'yes',
      description: '',
      example: '`"simon"`',
    });
    // With the notes, the row says what the field means; the schema's own description wins.
    const notes = fieldNotes['spor/progress-data.schema.json'];
    assert.equal(
      rowOf(data!.schema, data!.example, 'participant.id', notes).description,
      "The host's own id of the young person. A draft or a consent belongs to this id.",
    );
    assert.equal(
      rowOf(data!.schema, data!.example, 'experiences[].shared', notes).description,
      "Whether the entry may be shown beyond the young person's own page; absent means private.",
    );
    // A rating is a number or null ("not observed") under any item id.
    assert.equal(rowOf(data!.schema, data!.example, 'assessments[].ratings').type, 'map of number or null');
    assert.match(
      rowOf(record!.schema, record!.example, 'resilienceConsent').required,
      /^no, default `false`$/,
    );
    // minCellSize is a whole number from 3 to 1,000.
    assert.equal(rowOf(cohort!.schema, cohort!.example, 'minCellSize').limits, '≥ 3; ≤ 1,000');
  });

  it('has no note for a field the schema lacks, and a description or a note for every top-level field', () => {
    const sections = dataFormatSections();
    assert.equal(Object.keys(fieldNotes).length, sections.length);
    for (const section of sections) {
      const notes = fieldNotes[section.schemaFile];
      assert.ok(notes, section.schemaFile);
      const rows = rowsOf(section.schema, section.example, notes);
      const paths = new Set(rows.map((row) => row.path.slice(1, -1)));
      const dangling = Object.keys(notes).filter((path) => !paths.has(path));
      assert.deepEqual(dangling, [], `notes for fields ${section.schemaFile} does not have`);
      const topLevel = Object.keys(section.schema.properties ?? {});
      // The smallest, CohortOutcomes, has 7: period, previousPeriod, asOf, employedAfterMonths,
      // minCellSize, tookPart, measures.
      assert.ok(topLevel.length >= 7, `${section.schemaFile} has its fields`);
      const bare = rows.filter((row) => topLevel.includes(row.path.slice(1, -1)) && row.description === '');
      assert.deepEqual(
        bare.map((row) => row.path),
        [],
        `${section.schemaFile}: top-level fields without words`,
      );
    }
  });

  it('changes when a schema changes: a new limit and a new field each show, so --check fails', async () => {
    const sections = dataFormatSections();
    const before = await dataFormatSource(sections);
    const data = sections[0]!.schema;
    const participant = data.properties!['participant']!;
    participant.properties!['displayName'] = { ...participant.properties!['displayName'], maxLength: 80 };
    const shorter = await dataFormatSource(sections);
    assert.notEqual(shorter, before);
    assert.equal(
      rowOf(data, sections[0]!.example, 'participant.displayName').limits,
      'at most 80 characters',
    );

    participant.properties!['pronouns'] = {
      type: 'string',
      maxLength: 40,
      description: 'How to refer to them.',
    };
    const added = await dataFormatSource(sections);
    assert.notEqual(added, shorter);
    assert.match(
      added,
      /`participant\.pronouns` +\| string +\| at most 40 characters +\| no +\| How to refer to them\./,
    );
  });
});
