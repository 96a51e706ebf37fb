import { useEffect, useState, type FormEvent } from 'react';
import type { ProgressData } from 'spor/core';
// Registers these tags before the first render, so React 19 sees their properties.
import 'spor/elements/spor-trend-chart';
import 'spor/elements/spor-trait-star';
import 'spor/elements/spor-assessment-form';

declare global {
  interface Window {
    sporBeforeDefine?: { defined: boolean; hasData: boolean };
  }
}

const simon = { id: 'simon', displayName: 'Simon' };
const broken = { schemaVersion: 2 };

export function App({ data }: { data: ProgressData }) {
  const [isTrendShown, setTrendShown] = useState(true);
  const [invalid, setInvalid] = useState<number>();
  const [submitted, setSubmitted] = useState<number>();
  const [formValue, setFormValue] = useState('');

  // spor-dimension-summary is defined only now, after its data was set through the ref below.
  useEffect(() => {
    const late = document.querySelector('spor-dimension-summary');
    window.sporBeforeDefine = {
      defined: customElements.get('spor-dimension-summary') !== undefined,
      hasData: typeof late?.data === 'object',
    };
    void import('spor/elements/spor-dimension-summary');
  }, []);

  // #region readme-react
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const assessment = JSON.parse(String(new FormData(event.currentTarget).get('report')));
    setFormValue(`form: ${assessment.instrument} ${Object.keys(assessment.ratings).length}`);
  };

  return (
    <main>
      <button id="toggle-trend" type="button" onClick={() => setTrendShown(!isTrendShown)}>
        Skjul eller vis udviklingen
      </button>
      {isTrendShown && (
        <spor-trend-chart id="trend" data={data} audience="counsellor" series="traits" heading-level="2" />
      )}
      {/* Defined after the first render: a ref sets the property (React 19 would write an attribute). */}
      <spor-dimension-summary
        id="late"
        audience="counsellor"
        ref={(el) => {
          if (el) el.data = data;
        }}
      />
      <spor-trait-star
        id="broken"
        data={broken}
        onspor-invalid-data={(e) => setInvalid(e.detail.issues.length)}
      />
      <form id="host-form" onSubmit={save}>
        <spor-assessment-form
          id="report"
          name="report"
          instrument="weekly-company"
          participant={simon}
          onspor-assessment-submit={(e) => setSubmitted(Object.keys(e.detail.assessment.ratings).length)}
        />
      </form>
      <p>
        <output id="invalid-heard">{invalid === undefined ? '' : `invalid: ${invalid}`}</output>{' '}
        <output id="submit-heard">{submitted === undefined ? '' : `submitted: ${submitted}`}</output>{' '}
        <output id="form-value">{formValue}</output>
      </p>
    </main>
  );
  // #endregion readme-react
}
