import { expect } from '@open-wc/testing';
import { progressDataJsonSchema } from '../../src/core/index.js';

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
