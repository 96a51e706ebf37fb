import '../spor-conversation-guide/spor-conversation-guide.js';
import '../spor-dimension-summary/spor-dimension-summary.js';
import '../spor-trait-star/spor-trait-star.js';
import '../spor-trend-chart/spor-trend-chart.js';
import { defineElement } from '../../internal/spor-element.js';
import { SporProgressConversation } from './spor-progress-conversation.component.js';

export { SporProgressConversation };

defineElement('spor-progress-conversation', SporProgressConversation);

declare global {
  interface HTMLElementTagNameMap {
    'spor-progress-conversation': SporProgressConversation;
  }
}
