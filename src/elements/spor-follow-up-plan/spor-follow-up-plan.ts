import { defineElement } from '../../internal/spor-element.js';
import { SporFollowUpPlan } from './spor-follow-up-plan.component.js';

export { SporFollowUpPlan };

defineElement('spor-follow-up-plan', SporFollowUpPlan);

declare global {
  interface HTMLElementTagNameMap {
    'spor-follow-up-plan': SporFollowUpPlan;
  }
}
