/**
 * The schemas the run-time parse functions validate with, by the name `validate()` takes: the
 * generator (`scripts/validators-source.ts`) walks them into `generated/validators.ts`, and the
 * agreement tests hold each against its description. Build-time and test material: nothing that
 * runs in a portal page imports this module (it would bring zod along).
 */
import { CohortOutcomesSchema } from '../format/cohort-schema.js';
import {
  AssessmentSchema,
  ConversationRecordSchema,
  FrameworkSchema,
  ProgrammeSchema,
  ProgressDataSchema,
  PromptSetSchema,
  RaterSchema,
} from '../format/schema.js';

export const validatorRoots = {
  ProgressData: ProgressDataSchema,
  Framework: FrameworkSchema,
  PromptSet: PromptSetSchema,
  Assessment: AssessmentSchema,
  Rater: RaterSchema,
  ConversationRecord: ConversationRecordSchema,
  Programme: ProgrammeSchema,
  CohortOutcomes: CohortOutcomesSchema,
} as const;
