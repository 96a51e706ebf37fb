// The page's own code. Spor fetches nothing: the page hands it data as properties, and may do so
// before the kit is loaded; the elements pick the properties up when they are defined.
const data = await (await fetch('./assets/persona.json')).json(); // your backend's ProgressData

// #region readme-js
const trend = document.querySelector('#trend');
trend.data = data; // a property, not an attribute; assign a new object to change it
trend.addEventListener('spor-invalid-data', (event) => console.warn(event.detail.issues));

const form = document.querySelector('#host-form');
form.querySelector('spor-assessment-form').participant = { id: 'simon', displayName: 'Simon' };
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const assessment = JSON.parse(new FormData(form).get('report')); // the element's value, as JSON
  save(assessment);
});
// #endregion readme-js

function save(assessment) {
  document.querySelector('#form-value').textContent =
    `form: ${assessment.instrument} ${Object.keys(assessment.ratings).length}`;
}
form.addEventListener('spor-assessment-submit', (event) => {
  document.querySelector('#submit-heard').textContent =
    `submitted: ${Object.keys(event.detail.assessment.ratings).length}`;
});

const broken = document.querySelector('#broken');
broken.data = { schemaVersion: 2 };
broken.addEventListener('spor-invalid-data', (event) => {
  document.querySelector('#invalid-heard').textContent = `invalid: ${event.detail.issues.length}`;
});

const late = document.querySelector('#late');
late.data = data;

document.querySelector('#toggle-trend').addEventListener('click', () => {
  const slot = document.querySelector('#trend-slot');
  const current = slot.querySelector('#trend');
  if (current) return current.remove();
  const again = document.createElement('spor-trend-chart');
  Object.assign(again, { id: 'trend', data });
  for (const [name, value] of Object.entries({
    audience: 'counsellor',
    series: 'traits',
    'heading-level': '2',
  }))
    again.setAttribute(name, value);
  slot.append(again);
});

// Every property above was set before any spor-* tag was defined; now the kit.
window.sporBeforeDefine = {
  defined: customElements.get('spor-dimension-summary') !== undefined,
  hasData: typeof late.data === 'object',
};
await import('./assets/spor.bundle.js');
