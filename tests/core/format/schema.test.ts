import { expect } from '@open-wc/testing';
import type { z } from 'zod/mini';
import {
  AssessmentSchema,
  ConversationRecordSchema,
  DimensionSchema,
  FrameworkSchema,
  InstrumentSchema,
  LocalizedTextSchema,
  PlacementSchema,
  ProgressDataSchema,
  PromptSetSchema,
} from '../../../src/core/index.js';

/** `[path, message code]` of every issue; none when the schema accepts `value`. */
function issuesOf(schema: z.ZodMiniType, value: unknown): Array<[string, string]> {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

const minimalData = () => ({ schemaVersion: 1, participant: { id: 'p1', displayName: 'Simon' } });

/** The least a framework must say: one role, one scale, one instrument of one item. */
const minimalFramework = () => ({
  id: 'mine',
  label: { da: 'Min ramme' },
  roles: [{ id: 'boss', label: { da: 'Chef' } }],
  scales: [{ id: 'five', min: 1, max: 5, step: 1 }],
  instruments: [
    {
      id: 'weekly',
      label: { da: 'Ugentlig' },
      cadence: 'week',
      scale: 'five',
      raterRoles: ['boss'],
      items: [{ id: 'initiative', label: { da: 'Initiativ' } }],
    },
  ],
});

describe('core/format/schema: ProgressDataSchema', () => {
  it('accepts the least valid data, and fills in the framework and the empty lists', () => {
    expect(ProgressDataSchema.parse(minimalData())).to.deep.equal({
      ...minimalData(),
      framework: 'nextwork',
      placements: [],
      assessments: [],
      conversations: [],
    });
  });

  it('refuses named bad fields with their message codes', () => {
    expect(
      issuesOf(ProgressDataSchema, {
        ...minimalData(),
        participant: { id: '', displayName: 'x'.repeat(201) },
        framework: 'Next Work',
        placements: [{ id: 'pl1', company: 'Lageret', start: '5/1/2026' }],
        jobs: [],
        hours: [{ week: '2026-W19', activity: 'internship', planned: 25, attended: 101 }],
      }),
    ).to.deep.equal([
      ['participant.id', 'empty'],
      ['participant.displayName', 'tooLong'],
      // A union of an id and a framework: a text is read as an id, and its form is wrong.
      ['framework', 'frameworkId'],
      ['placements.0.start', 'dateFormat'],
      ['hours.0.attended', 'weekHours'],
    ]);
    // Neither an id nor an object: the union names no branch.
    const neither = ProgressDataSchema.safeParse({ ...minimalData(), framework: 3 });
    expect(neither.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).to.deep.equal([
      ['framework', 'invalid_union'],
    ]);
    const version = ProgressDataSchema.safeParse({ ...minimalData(), schemaVersion: 2 });
    expect(version.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).to.deep.equal([
      ['schemaVersion', 'invalid_value'],
    ]);
  });

  it('takes a whole framework in place of an id', () => {
    const data = ProgressDataSchema.parse({ ...minimalData(), framework: minimalFramework() });
    expect(typeof data.framework === 'object' && data.framework.id).to.equal('mine');
  });

  it('leaves the fields of an assessment to check-data.ts: zod checks their types only', () => {
    const assessment = {
      id: '',
      instrument: 'Weekly Company',
      date: '30/01/2026',
      rater: { role: 'company' },
      ratings: { initiative: 3, punctuality: null },
    };
    expect(issuesOf(AssessmentSchema, assessment)).to.deep.equal([]);
    expect(
      issuesOf(AssessmentSchema, { ...assessment, ratings: { initiative: '3' } }).map(([path]) => path),
    ).to.deep.equal(['ratings.initiative']);
  });

  it('checks a placement’s and a conversation’s fields itself', () => {
    expect(
      issuesOf(PlacementSchema, { id: 'pl1', company: '', start: '2026-01-05', role: 'x'.repeat(201) }),
    ).to.deep.equal([
      ['company', 'empty'],
      ['role', 'tooLong'],
    ]);
    const conversation = {
      id: 'c1',
      date: '2026-02-01',
      promptSet: 'nextwork',
      answers: { changes: 'Mere.' },
    };
    expect(ConversationRecordSchema.parse(conversation)).to.deep.equal(conversation);
    expect(
      issuesOf(ConversationRecordSchema, {
        ...conversation,
        promptSet: 'Next',
        answers: { changes: 'x'.repeat(20_001) },
      }),
    ).to.deep.equal([
      ['promptSet', 'frameworkId'],
      ['answers.changes', 'tooLong'],
    ]);
  });
});

describe('core/format/schema: FrameworkSchema', () => {
  it('accepts the least valid framework, and fills in the defaults', () => {
    const framework = FrameworkSchema.parse(minimalFramework());
    expect(framework.timeZone).to.equal('Europe/Copenhagen');
    expect(framework.traits).to.deep.equal([]);
    expect(framework.dimensions).to.deep.equal([]);
    expect(framework.scales[0]?.labels).to.deep.equal([]);
    expect(framework.instruments[0]?.items[0]).to.deep.equal({
      id: 'initiative',
      label: { da: 'Initiativ' },
      kind: 'rating',
      required: false,
    });
    expect(framework.changeWindow).to.equal(undefined);
    expect(framework.programme).to.equal(undefined);
  });

  it('refuses named bad fields with their message codes', () => {
    expect(
      issuesOf(FrameworkSchema, {
        ...minimalFramework(),
        id: 'Min ramme',
        label: {},
        roles: [],
        scales: [{ id: 'five', min: 1, max: 5, step: 0 }],
        changeWindow: { week: 0, month: 2.5, 'half-year': 105 },
      }),
    ).to.deep.equal([
      ['id', 'frameworkId'],
      ['label', 'noLanguage'],
      ['roles', 'emptyList'],
      ['scales.0.step', 'positive'],
      ['changeWindow.week', 'changeWindow'],
      ['changeWindow.month', 'changeWindow'],
      ['changeWindow.half-year', 'changeWindow'],
    ]);
  });

  it('an instrument: a known cadence, at least one rater role and one item; scoring by the mean', () => {
    const instrument = minimalFramework().instruments[0]!;
    expect(
      issuesOf(InstrumentSchema, {
        ...instrument,
        raterRoles: [],
        items: [],
        scoring: { label: { da: 'Score' }, method: 'mean', minAnswered: 0 },
      }),
    ).to.deep.equal([
      ['raterRoles', 'emptyList'],
      ['items', 'emptyList'],
      ['scoring.minAnswered', 'positive'],
    ]);
    const scored = InstrumentSchema.parse({
      ...instrument,
      scoring: { label: { da: 'Score' }, method: 'mean' },
    });
    expect(scored.scoring).to.deep.equal({ label: { da: 'Score' }, method: 'mean', reverse: [], bands: [] });
    expect(issuesOf(InstrumentSchema, { ...instrument, cadence: 'day' }).map(([path]) => path)).to.deep.equal(
      ['cadence'],
    );
  });

  it('a dimension: coverage above 0 and at most 1 (default 0.5), weights above 0 and at most 1000 (default 1)', () => {
    const dimension = {
      id: 'drive',
      label: { da: 'Drive' },
      cadence: 'week',
      components: [{ kind: 'trait', ref: 'initiative' }],
    };
    expect(DimensionSchema.parse(dimension)).to.deep.equal({
      ...dimension,
      minCoverage: 0.5,
      components: [{ kind: 'trait', ref: 'initiative', weight: 1 }],
      shows: [],
    });
    expect(
      issuesOf(DimensionSchema, {
        ...dimension,
        minCoverage: 0,
        components: [
          { kind: 'trait', ref: 'a', weight: 0 },
          { kind: 'item', ref: 'b', weight: 1001 },
        ],
      }),
    ).to.deep.equal([
      ['minCoverage', 'coverage'],
      ['components.0.weight', 'positive'],
      ['components.1.weight', 'tooHeavy'],
    ]);
  });

  it('a localized text: any language tags, at least one', () => {
    expect(LocalizedTextSchema.parse({ ar: 'مبادرة', 'de-AT': 'Initiative' })).to.deep.equal({
      ar: 'مبادرة',
      'de-AT': 'Initiative',
    });
    const badKey = LocalizedTextSchema.safeParse({ 'bad key': 'x' });
    expect(badKey.error?.issues.map((issue) => [issue.code, issue.path.join('.')])).to.deep.equal([
      ['invalid_key', 'bad key'],
    ]);
  });

  it('a prompt set: purpose open by default', () => {
    const set = PromptSetSchema.parse({
      id: 'mine',
      label: { da: 'Min' },
      prompts: [{ id: 'q', text: { da: 'Q?' } }],
    });
    expect(set.prompts).to.deep.equal([{ id: 'q', text: { da: 'Q?' }, purpose: 'open' }]);
    expect(issuesOf(PromptSetSchema, { id: 'mine', label: { da: 'Min' }, prompts: [] })).to.deep.equal([
      ['prompts', 'emptyList'],
    ]);
  });
});
