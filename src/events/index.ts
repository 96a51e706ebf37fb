import type { SporAssessmentSubmitDetail } from './spor-assessment-submit.js';
import type { SporInvalidDataDetail } from './spor-invalid-data.js';

export type { InvalidDataIssue, SporInvalidDataDetail, SporInvalidDataEvent } from './spor-invalid-data.js';
export type { SporAssessmentSubmitDetail, SporAssessmentSubmitEvent } from './spor-assessment-submit.js';

/** Every event the kit fires, by name, with its detail. Elements emit only these. */
export interface SporEventDetails {
  'spor-invalid-data': SporInvalidDataDetail;
  'spor-assessment-submit': SporAssessmentSubmitDetail;
}
