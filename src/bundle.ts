/**
 * The single-file bundle (`dist/spor.bundle.js`) for a plain `<script type="module">`: every
 * element and the run-time data API. Sample personas and the JSON Schema generator are left out:
 * they are demo and build-time material, and would add a third to what every portal page loads
 * (`spor/core` and `dist/progress-data.schema.json` have them). So are the zod schemas: the bundle
 * validates with the descriptions generated from them (`src/core/read/validate.ts`), and zod's code
 * would add about 11 KB (min + gzip) to every portal page; `spor/core` exports them, and the JSON
 * Schemas describe the same data for a page without a bundler.
 */
export * from './elements.js';
export * from './export/index.js';
export {
  aggregate,
  changesSince,
  cohortOutcomes,
  cohortOutcomesFromCounts,
  cohortReport,
  cohortReportPeriods,
  nextLevelPromptSet,
  nextworkFramework,
  nextworkPromptSet,
  parseCohortOutcomes,
  parseFramework,
  parseProgressData,
  parsePromptSet,
  rollingMean,
} from './core/index.js';
