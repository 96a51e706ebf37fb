import type { SporAssessmentSubmitDetail } from './spor-assessment-submit.js';
import type { SporConversationChangeDetail } from './spor-conversation-change.js';
import type { SporConversationCompleteDetail } from './spor-conversation-complete.js';
import type { SporExperienceDeleteDetail } from './spor-experience-delete.js';
import type { SporExperienceSaveDetail } from './spor-experience-save.js';
import type { SporFollowUpSelectDetail } from './spor-follow-up-select.js';
import type { SporExportDetail } from './spor-export.js';
import type { SporInvalidDataDetail } from './spor-invalid-data.js';

export type { InvalidDataIssue, SporInvalidDataDetail, SporInvalidDataEvent } from './spor-invalid-data.js';
export type { SporAssessmentSubmitDetail, SporAssessmentSubmitEvent } from './spor-assessment-submit.js';
export type {
  SporConversationChangeDetail,
  SporConversationChangeEvent,
} from './spor-conversation-change.js';
export type { SporExportDetail, SporExportEvent } from './spor-export.js';
export type {
  SporConversationCompleteDetail,
  SporConversationCompleteEvent,
} from './spor-conversation-complete.js';

export type { SporFollowUpSelectDetail, SporFollowUpSelectEvent } from './spor-follow-up-select.js';
export type { SporExperienceSaveDetail, SporExperienceSaveEvent } from './spor-experience-save.js';
export type { SporExperienceDeleteDetail, SporExperienceDeleteEvent } from './spor-experience-delete.js';

/** Every event the kit fires, by name, with its detail. Elements emit only these. */
export interface SporEventDetails {
  'spor-invalid-data': SporInvalidDataDetail;
  'spor-assessment-submit': SporAssessmentSubmitDetail;
  'spor-conversation-change': SporConversationChangeDetail;
  'spor-conversation-complete': SporConversationCompleteDetail;
  'spor-follow-up-select': SporFollowUpSelectDetail;
  'spor-export': SporExportDetail;
  'spor-experience-save': SporExperienceSaveDetail;
  'spor-experience-delete': SporExperienceDeleteDetail;
}
