import { expect } from '@open-wc/testing';
import {
  AssessmentSchema,
  ConversationRecordSchema,
  FrameworkSchema,
  ProgrammeSchema,
  ProgressDataSchema,
  PromptSetSchema,
} from '../../../src/core/index.js';
import { CohortOutcomesSchema } from '../../../src/core/format/cohort-schema.js';
import { RaterSchema } from '../../../src/core/format/schema.js';
import { validate, type ValidatorRoot } from '../../../src/core/read/validate.js';
import { validatorRoots } from '../../../src/core/read/validator-roots.js';

/** The least valid value of every root, as a host writes it. */
const minimal: Record<ValidatorRoot, unknown> = {
  ProgressData: { schemaVersion: 1, participant: { id: 'p1', displayName: 'Simon' } },
  Framework: {
    id: 'mine',
    label: { da: 'Min' },
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
  },
  PromptSet: { id: 'mine', label: { da: 'Min' }, prompts: [{ id: 'q', text: { da: 'Hvordan går det?' } }] },
  Assessment: { id: 'a1', instrument: 'weekly', date: '2026-01-05', rater: { role: 'boss' }, ratings: {} },
  Rater: { role: 'company' },
  ConversationRecord: { id: 'c1', date: '2026-01-05', promptSet: 'nextwork', answers: {} },
  Programme: {},
  CohortOutcomes: {
    period: { from: '2026-01-01', to: '2026-06-30' },
    previousPeriod: { from: '2025-07-01', to: '2025-12-31' },
    asOf: '2026-09-30',
    employedAfterMonths: 3,
    minCellSize: 3,
    tookPart: { current: null, previous: null, change: null },
    measures: [],
  },
};

describe('core/read/validator-roots', () => {
  it('names the eight roots by the schemas core exports', () => {
    expect(validatorRoots).to.deep.equal({
      ProgressData: ProgressDataSchema,
      Framework: FrameworkSchema,
      PromptSet: PromptSetSchema,
      Assessment: AssessmentSchema,
      Rater: RaterSchema,
      ConversationRecord: ConversationRecordSchema,
      Programme: ProgrammeSchema,
      CohortOutcomes: CohortOutcomesSchema,
    });
    // Each the very schema, not a copy.
    expect(validatorRoots.Programme).to.equal(ProgrammeSchema);
    expect(validatorRoots.CohortOutcomes).to.equal(CohortOutcomesSchema);
  });

  it('every root validates its schema’s least example, by zod and by the generated validator alike', () => {
    const roots = Object.keys(validatorRoots) as ValidatorRoot[];
    expect(roots).to.have.length(8);
    expect(Object.keys(minimal)).to.deep.equal(roots);
    for (const root of roots) {
      const byZod = validatorRoots[root].safeParse(minimal[root]);
      expect(byZod.success, `${root} by zod`).to.equal(true);
      const generated = validate(root, minimal[root]);
      expect(generated.success, `${root} by the generated validator`).to.equal(true);
      expect(generated.success && generated.data, root).to.deep.equal(byZod.data);
    }
  });

  it('every root refuses nothing at all', () => {
    for (const root of Object.keys(validatorRoots) as ValidatorRoot[]) {
      expect(validatorRoots[root].safeParse(undefined).success, root).to.equal(false);
      expect(validate(root, undefined).success, root).to.equal(false);
    }
  });

  it('the defaults a root fills in: the least progress data and the least programme', () => {
    const data = validate('ProgressData', minimal.ProgressData);
    expect(data.success && data.data).to.deep.equal({
      schemaVersion: 1,
      participant: { id: 'p1', displayName: 'Simon' },
      framework: 'nextwork',
      placements: [],
      assessments: [],
      conversations: [],
    });
    const programme = validate('Programme', {});
    expect(programme.success && programme.data.employedAfterMonths).to.equal(3);
  });
});
