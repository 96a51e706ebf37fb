import { afterNextRender, Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { samplePersonas, type Assessment } from 'spor/core';
import type { SporAssessmentSubmitEvent, SporInvalidDataEvent } from 'spor';
// Registers these tags before the first render.
import 'spor/elements/spor-trend-chart';
import 'spor/elements/spor-trait-star';
import 'spor/elements/spor-assessment-form';
import { SporAssessmentFormAccessor } from './spor-assessment-form.accessor';

declare global {
  interface Window {
    sporBeforeDefine?: { defined: boolean; hasData: boolean };
  }
}

@Component({
  selector: 'app-root',
  imports: [ReactiveFormsModule, SporAssessmentFormAccessor],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <button id="toggle-trend" type="button" (click)="isTrendShown.set(!isTrendShown())">
        Skjul eller vis udviklingen
      </button>
      <!-- #region readme-angular -->
      @if (isTrendShown()) {
        <spor-trend-chart id="trend" [data]="data" audience="counsellor" series="traits" heading-level="2" />
      }
      <spor-dimension-summary id="late" audience="counsellor" [data]="data" />
      <spor-trait-star id="broken" [data]="broken" (spor-invalid-data)="heardInvalid($event)" />
      <form id="host-form" [formGroup]="form" (ngSubmit)="save($event)">
        <spor-assessment-form
          id="report"
          name="report"
          instrument="weekly-company"
          [participant]="simon"
          formControlName="report"
          (spor-assessment-submit)="heardSubmit($event)"
        />
      </form>
      <!-- #endregion readme-angular -->
      <p>
        <output id="invalid-heard">{{ invalid() }}</output>
        <output id="submit-heard">{{ submitted() }}</output>
        <output id="form-value">{{ formValue() }}</output>
      </p>
    </main>
  `,
})
export class AppComponent {
  protected readonly data = samplePersonas[0];
  protected readonly simon = { id: 'simon', displayName: 'Simon' };
  protected readonly broken = { schemaVersion: 2 };
  protected readonly isTrendShown = signal(true);
  protected readonly invalid = signal('');
  protected readonly submitted = signal('');
  protected readonly formValue = signal('');
  protected readonly form = new FormGroup({
    report: new FormControl<Assessment | null>(null, Validators.required),
  });

  constructor() {
    // spor-dimension-summary is defined only now, after Angular bound its data at the first render.
    afterNextRender(() => {
      const late = document.querySelector('spor-dimension-summary');
      window.sporBeforeDefine = {
        defined: customElements.get('spor-dimension-summary') !== undefined,
        hasData: typeof late?.data === 'object',
      };
      void import('spor/elements/spor-dimension-summary');
    });
  }

  protected heardInvalid(event: Event): void {
    this.invalid.set(`invalid: ${(event as SporInvalidDataEvent).detail.issues.length}`);
  }

  protected heardSubmit(event: Event): void {
    const { assessment } = (event as SporAssessmentSubmitEvent).detail;
    this.submitted.set(`submitted: ${Object.keys(assessment.ratings).length}`);
  }

  // The reactive form's value, checked against what the native <form> submits (FormData).
  protected save(event: SubmitEvent): void {
    const report = this.form.value.report;
    const submitted = new FormData(event.target as HTMLFormElement).get('report');
    const isSame = report && typeof submitted === 'string' && JSON.parse(submitted).id === report.id;
    this.formValue.set(
      isSame && this.form.valid
        ? `form: ${report.instrument} ${Object.keys(report.ratings).length}`
        : 'form: the reactive form and the native form disagree',
    );
  }
}
