/**
 * The conversation so far: what the mentor and the young person have written, the area chosen,
 * the young person's next step and target, the step they are on and whether the young person
 * agreed to show resilience. Anything read back from storage or a host is untrusted and kept only
 * where it fits the prompt set.
 */
import { limits, type PromptSet } from '../../core/index.js';
import type { ConversationDraftRecord } from '../../core/progress/conversation-rules.js';
import { newRecordId } from '../../internal/draft-storage.js';

export interface ConversationDraft extends ConversationDraftRecord {
  /** The step shown, from 0; the number of prompts is the closing overview. */
  readonly step: number;
}

export const emptyConversationDraft = (): ConversationDraft => ({
  id: newRecordId('c'),
  answers: {},
  step: 0,
  isResilienceShown: false,
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A draft from stored JSON or a host's record, keeping only what fits the prompt set. */
export function conversationDraftFrom(input: unknown, promptSet: PromptSet): ConversationDraft | undefined {
  if (!isRecord(input)) return undefined;
  const answersIn = isRecord(input['answers']) ? input['answers'] : {};
  const answers: Record<string, string> = {};
  for (const prompt of promptSet.prompts) {
    const text = Object.hasOwn(answersIn, prompt.id) ? answersIn[prompt.id] : undefined;
    if (typeof text === 'string') answers[prompt.id] = text.slice(0, limits.answer);
  }
  const id = input['id'];
  const focus = input['focus'];
  const step = input['step'];
  const nextStep = input['nextStep'];
  const target = input['target'];
  return {
    id: typeof id === 'string' && id.length > 0 && id.length <= limits.shortText ? id : newRecordId('c'),
    answers,
    focus:
      typeof focus === 'string' && focus.length > 0 && focus.length <= limits.shortText ? focus : undefined,
    step:
      typeof step === 'number' && Number.isInteger(step)
        ? Math.max(0, Math.min(step, promptSet.prompts.length))
        : 0,
    // A stored draft says `isResilienceShown`; a host's draft record of this same conversation says `resilienceConsent`.
    isResilienceShown: input['isResilienceShown'] === true || input['resilienceConsent'] === true,
    // The young person's own words and target: a target off the focus' scale is left out of the record.
    nextStep: typeof nextStep === 'string' ? nextStep.slice(0, limits.note) : undefined,
    target: typeof target === 'number' && Number.isFinite(target) ? target : undefined,
  };
}

/** Nothing a person did: no answer, no focus, no next step or target, the first step, no consent (a draft not worth keeping). */
export const isEmptyDraft = (draft: ConversationDraft): boolean =>
  Object.values(draft.answers).every((text) => text.trim() === '') &&
  (draft.nextStep ?? '').trim() === '' &&
  draft.target === undefined &&
  draft.focus === undefined &&
  draft.step === 0 &&
  !draft.isResilienceShown;
