import { defineElement } from '../../internal/spor-element.js';
import { SporMyProgress } from './spor-my-progress.component.js';

export { SporMyProgress };

defineElement('spor-my-progress', SporMyProgress);

declare global {
  interface HTMLElementTagNameMap {
    'spor-my-progress': SporMyProgress;
  }
}
