import { Directive, ElementRef, inject } from '@angular/core';
import { NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';
import type { Assessment } from 'spor/core';
import type { SporAssessmentForm, SporAssessmentSubmitEvent } from 'spor';

// #region readme-angular-accessor
/**
 * Lets Angular's forms (reactive or template-driven) hold <spor-assessment-form>'s value: the
 * control's value is the assessment sent with the element's own button, and a value written to the
 * control opens that assessment in the form.
 */
@Directive({
  selector:
    'spor-assessment-form[formControlName], spor-assessment-form[formControl], spor-assessment-form[ngModel]',
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: SporAssessmentFormAccessor, multi: true }],
  host: { '(spor-assessment-submit)': 'sent($event)', '(focusout)': 'touched()' },
})
export class SporAssessmentFormAccessor implements ControlValueAccessor {
  private readonly element: SporAssessmentForm = inject(ElementRef).nativeElement;
  private changed: (value: Assessment | null) => void = () => {};
  protected touched: () => void = () => {};

  protected sent(event: SporAssessmentSubmitEvent): void {
    this.changed(event.detail.assessment);
  }

  writeValue(value: Assessment | null): void {
    this.element.value = value ?? undefined;
  }

  registerOnChange(changed: (value: Assessment | null) => void): void {
    this.changed = changed;
  }

  registerOnTouched(touched: () => void): void {
    this.touched = touched;
  }

  setDisabledState(isDisabled: boolean): void {
    this.element.disabled = isDisabled;
  }
}
// #endregion readme-angular-accessor
