import { defineElement } from '../../internal/spor-element.js';
import { SporProgressConversation } from './spor-progress-conversation.component.js';

export { SporProgressConversation };

defineElement('spor-progress-conversation', SporProgressConversation);

declare global {
  interface HTMLElementTagNameMap {
    'spor-progress-conversation': SporProgressConversation;
  }
}
