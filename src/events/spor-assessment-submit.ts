import type { Assessment } from '../core/index.js';

export interface SporAssessmentSubmitDetail {
  /** The filled-in assessment, valid under `AssessmentSchema`. */
  readonly assessment: Assessment;
  /** The questionnaire's score (mean after reverse scoring), when the instrument has a scoring rule. */
  readonly score?: number | undefined;
}

/**
 * Fired when a person sends a complete assessment form. The kit stores and sends nothing itself:
 * the host saves `detail.assessment` where it belongs.
 */
export type SporAssessmentSubmitEvent = CustomEvent<SporAssessmentSubmitDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'spor-assessment-submit': SporAssessmentSubmitEvent;
  }
}
