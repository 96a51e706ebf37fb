import { defineElement } from '../../internal/spor-element.js';
import { SporWeekHours } from './spor-week-hours.component.js';

export { SporWeekHours };

defineElement('spor-week-hours', SporWeekHours);

declare global {
  interface HTMLElementTagNameMap {
    'spor-week-hours': SporWeekHours;
  }
}
