import { defineElement } from '../../internal/spor-element.js';
import { SporCohortOutcomes } from './spor-cohort-outcomes.component.js';

export { SporCohortOutcomes };

defineElement('spor-cohort-outcomes', SporCohortOutcomes);

declare global {
  interface HTMLElementTagNameMap {
    'spor-cohort-outcomes': SporCohortOutcomes;
  }
}
