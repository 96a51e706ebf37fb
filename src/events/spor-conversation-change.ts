import type { ConversationRecord, Prompt } from '../core/index.js';

export interface SporConversationChangeDetail {
  /** The conversation so far: a draft, valid under `ConversationRecordSchema`; answers as typed. */
  readonly record: ConversationRecord;
  /**
   * Whose conversation it is: `data.participant.id` (empty before the data names a person). When
   * the host switches to another person, the pending change of the previous one is handed over
   * first, with this id, while the host sets `data`.
   */
  readonly participant: string;
  /** The step shown, from 0; the number of prompts is the closing overview. */
  readonly step: number;
  /** What the step is for: the prompt's purpose, or `finish` for the closing overview. */
  readonly purpose: Prompt['purpose'] | 'finish';
  /** True when the young person has agreed to show resilience in this conversation. */
  readonly isResilienceShown: boolean;
}

/**
 * Fired while a conversation is going on: at most every 300 ms while someone types, and at once
 * when the step changes, a choice is made, or the page is hidden. A host may keep the draft.
 */
export type SporConversationChangeEvent = CustomEvent<SporConversationChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'spor-conversation-change': SporConversationChangeEvent;
  }
}
