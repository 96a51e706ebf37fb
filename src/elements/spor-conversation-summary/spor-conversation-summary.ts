import { defineElement } from '../../internal/spor-element.js';
import { SporConversationSummary } from './spor-conversation-summary.component.js';

export { SporConversationSummary };

defineElement('spor-conversation-summary', SporConversationSummary);

declare global {
  interface HTMLElementTagNameMap {
    'spor-conversation-summary': SporConversationSummary;
  }
}
