import { defineElement } from '../../internal/spor-element.js';
import { SporSparkline } from './spor-sparkline.component.js';

export { SporSparkline };

defineElement('spor-sparkline', SporSparkline);

declare global {
  interface HTMLElementTagNameMap {
    'spor-sparkline': SporSparkline;
  }
}
