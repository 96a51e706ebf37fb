import type { ConversationRecord } from '../core/index.js';

export interface SporConversationCompleteDetail {
  /** The finished conversation, valid under `ConversationRecordSchema`. */
  readonly record: ConversationRecord;
}

/**
 * Fired when the mentor and the young person finish the conversation. The kit stores and sends
 * nothing itself: the host saves `detail.record` (and adds it to the data's `conversations`).
 */
export type SporConversationCompleteEvent = CustomEvent<SporConversationCompleteDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'spor-conversation-complete': SporConversationCompleteEvent;
  }
}
