import { defineElement } from '../../internal/spor-element.js';
import { SporExperienceLog } from './spor-experience-log.component.js';

export { SporExperienceLog };

defineElement('spor-experience-log', SporExperienceLog);

declare global {
  interface HTMLElementTagNameMap {
    'spor-experience-log': SporExperienceLog;
  }
}
