import { defineElement } from '../../internal/spor-element.js';
import { SporConversationGuide } from './spor-conversation-guide.component.js';

export { SporConversationGuide };

defineElement('spor-conversation-guide', SporConversationGuide);

declare global {
  interface HTMLElementTagNameMap {
    'spor-conversation-guide': SporConversationGuide;
  }
}
