import { defineElement } from '../../internal/spor-element.js';
import { SporDimensionSummary } from './spor-dimension-summary.component.js';

export { SporDimensionSummary };

defineElement('spor-dimension-summary', SporDimensionSummary);

declare global {
  interface HTMLElementTagNameMap {
    'spor-dimension-summary': SporDimensionSummary;
  }
}
