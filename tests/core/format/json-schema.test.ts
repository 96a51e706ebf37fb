import { expect } from '@open-wc/testing';
import { conversationRecordJsonSchema, progressDataJsonSchema } from '../../../src/core/index.js';

type Schema = Record<string, unknown> & {
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
};

describe('progressDataJsonSchema()', () => {
  const schema = progressDataJsonSchema() as Schema;

  it('is a draft 2020-12 schema of an object with the version-1 fields', () => {
    expect(schema['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema['type']).to.equal('object');
    expect(Object.keys(schema.properties ?? {})).to.deep.equal([
      'schemaVersion',
      'participant',
      'framework',
      'placements',
      'assessments',
      'conversations',
      'jobs',
      'education',
      'followUps',
      'hours',
      'experiences',
    ]);
    expect(schema.required).to.deep.equal(['schemaVersion', 'participant']);
    expect(schema.properties?.['schemaVersion']).to.deep.include({ const: 1 });
  });

  it('describes ratings as numbers or null keyed by item id, and dates by pattern', () => {
    const assessment = schema.properties?.['assessments']?.items;
    const ratings = assessment?.properties?.['ratings'];
    expect(ratings?.['additionalProperties']).to.deep.equal({ type: ['number', 'null'] });
    const date = assessment?.properties?.['date'];
    expect(date?.['pattern']).to.be.a('string');
    expect(new RegExp(String(date?.['pattern'])).test('2026-03-01T23:30:00Z')).to.equal(true);
  });

  it('describes the programme records: ISO weeks, bounded hours, kinds and outcomes', () => {
    const hours = schema.properties?.['hours'];
    expect(hours?.['maxItems']).to.equal(5000);
    const week = hours?.items?.properties?.['week'];
    expect(new RegExp(String(week?.['pattern'])).test('2026-W09')).to.equal(true);
    expect(hours?.items?.properties?.['attended']).to.deep.include({ minimum: 0, maximum: 100 });
    const followUp = schema.properties?.['followUps']?.items;
    expect(followUp?.required).to.deep.equal(['id', 'jobId', 'due', 'with']);
    expect(followUp?.properties?.['outcome']?.['enum']).to.deep.equal([
      'going-well',
      'needs-support',
      'declined',
      'ended',
    ]);
    expect(schema.properties?.['jobs']?.items?.properties?.['kind']?.['enum']).to.deep.equal([
      'ordinary',
      'hourly',
    ]);
  });

  it('describes a label as a text in at least one language, keyed by language tag', () => {
    /** The first value under `key`, anywhere in the schema. */
    const find = (node: unknown, key: string): unknown => {
      if (typeof node !== 'object' || node === null) return undefined;
      if (key in node) return (node as Record<string, unknown>)[key];
      for (const child of Object.values(node)) {
        const found = find(child, key);
        if (found !== undefined) return found;
      }
      return undefined;
    };
    const label = find(schema, 'label') as Schema & { propertyNames: { pattern: string } };
    expect(label).to.deep.include({
      type: 'object',
      minProperties: 1,
      additionalProperties: { type: 'string' },
    });
    expect(label.propertyNames.pattern).to.equal('^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$');
  });

  it('is plain JSON (what the build writes to dist/progress-data.schema.json)', () => {
    expect(JSON.parse(JSON.stringify(schema))).to.deep.equal(schema);
    expect(schema['description']).to.contain('parseProgressData');
  });
});

describe('progressDataJsonSchema(): a conversation record', () => {
  it('may say that the young person agreed to show resilience, default false', () => {
    const schema = progressDataJsonSchema() as Schema;
    const record = schema.properties?.['conversations']?.items;
    expect(record?.properties?.['resilienceConsent']).to.deep.include({ type: 'boolean', default: false });
    expect(record?.required ?? []).not.to.include('resilienceConsent');
  });
});

describe('progressDataJsonSchema(): the young person’s own side', () => {
  const schema = progressDataJsonSchema() as Schema;

  it('describes the log: bounded, each entry with a kind, a date by pattern, a note-long text, private by default', () => {
    const experiences = schema.properties?.['experiences'];
    expect(experiences?.['maxItems']).to.equal(2000);
    const entry = experiences?.items;
    expect(entry?.required).to.deep.equal(['id', 'date', 'kind', 'text']);
    expect(entry?.properties?.['kind']?.['enum']).to.deep.equal(['work', 'social', 'other']);
    expect(entry?.properties?.['text']).to.deep.include({ type: 'string', maxLength: 5000 });
    expect(entry?.properties?.['shared']).to.deep.include({ type: 'boolean', default: false });
    expect(new RegExp(String(entry?.properties?.['date']?.['pattern'])).test('2026-03-01')).to.equal(true);
    expect(schema.required).not.to.include('experiences');
  });

  it('describes a conversation’s next step (note-long text) and target (a number), both optional', () => {
    const record = schema.properties?.['conversations']?.items;
    expect(record?.properties?.['nextStep']).to.deep.include({ type: 'string', maxLength: 5000 });
    expect(record?.properties?.['target']).to.deep.include({ type: 'number' });
    expect(record?.required ?? []).not.to.include.members(['nextStep', 'target']);
  });
});

describe('conversationRecordJsonSchema()', () => {
  const record = conversationRecordJsonSchema() as Schema;

  it('is the same record as ProgressData.conversations[] holds, with its own title', () => {
    const inData = (progressDataJsonSchema() as Schema).properties?.['conversations']?.items;
    expect(record['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(record['title']).to.equal('Spor conversation record, schemaVersion 1');
    expect(record.properties).to.deep.equal(inData?.properties);
    // id, date, promptSet and answers are required; focus, consent, next step and target are not.
    expect(record.required).to.have.members(['id', 'date', 'promptSet', 'answers']);
  });

  it('bounds an answer at 20,000 characters and marks consent as false when absent', () => {
    const answers = record.properties?.['answers'] as Schema & { additionalProperties?: Schema };
    expect(answers.additionalProperties).to.deep.include({ type: 'string', maxLength: 20000 });
    expect(record.properties?.['resilienceConsent']).to.deep.include({ type: 'boolean', default: false });
  });
});
