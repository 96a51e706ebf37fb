// Every typed entry of the package resolves, with its types, under `moduleResolution: bundler`
// (spor/vue and spor/react need Vue and @lit/react: the Vue and React 18 hosts check those).
import type { SporTrendChart } from 'spor/elements/spor-trend-chart.component';
import type { SporSparkline } from 'spor/elements/spor-sparkline';
import type * as everything from 'spor';
import type * as bundle from 'spor/bundle';
import type * as charts from 'spor/charts-bundle';
import type * as core from 'spor/core';
import type {} from 'spor/react-jsx';
import manifest from 'spor/custom-elements.json';
import schema from 'spor/progress-data.schema.json';

export type Entries = [
  SporTrendChart,
  SporSparkline,
  typeof everything.SporAssessmentForm,
  typeof bundle.parseProgressData,
  typeof charts.SporTrendChart,
  typeof core.parseProgressData,
];
export const documents = [manifest.schemaVersion, schema.$schema];

// The tag and event maps: a queried element is its class, a listener knows its event's detail.
export function issuesOf(): void {
  const chart: SporTrendChart | null = document.querySelector('spor-trend-chart');
  chart?.addEventListener('spor-invalid-data', (event) => console.warn(event.detail.issues));
  document.addEventListener('spor-assessment-submit', (event) =>
    console.info(event.detail.assessment.ratings),
  );
}
