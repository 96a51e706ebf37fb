import { defineElement } from '../../internal/spor-element.js';
import { SporAssessmentForm } from './spor-assessment-form.component.js';

export { SporAssessmentForm };

defineElement('spor-assessment-form', SporAssessmentForm);

declare global {
  interface HTMLElementTagNameMap {
    'spor-assessment-form': SporAssessmentForm;
  }
}
