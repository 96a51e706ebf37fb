// The parse functions of core, each first holding the run-time validator against zod on the input it
// is given (`expectAgreement`): a test that imports them from here checks that every input it builds,
// valid or not, is read the same with or without zod. The results are core's own.
import * as core from '../../src/core/index.js';
import { expectAgreement } from './validator-agreement.js';

export const parseProgressData: typeof core.parseProgressData = (input, options) => {
  expectAgreement('ProgressData', input);
  return core.parseProgressData(input, options);
};
export const parseFramework: typeof core.parseFramework = (input, options) => {
  expectAgreement('Framework', input);
  return core.parseFramework(input, options);
};
export const parsePromptSet: typeof core.parsePromptSet = (input, options) => {
  expectAgreement('PromptSet', input);
  return core.parsePromptSet(input, options);
};
export const parseAssessment: typeof core.parseAssessment = (input, options) => {
  expectAgreement('Assessment', input);
  return core.parseAssessment(input, options);
};
export const parseConversationRecord: typeof core.parseConversationRecord = (input, options) => {
  expectAgreement('ConversationRecord', input);
  return core.parseConversationRecord(input, options);
};
export const parseCohortOutcomes: typeof core.parseCohortOutcomes = (input, options) => {
  expectAgreement('CohortOutcomes', input);
  return core.parseCohortOutcomes(input, options);
};
