/**
 * The single-file bundle (`dist/spor.bundle.js`) for a plain `<script type="module">`: every
 * element and the run-time data API. Sample personas and the JSON Schema generator are left out:
 * they are demo and build-time material, and would add a third to what every portal page loads
 * (`spor/core` and `dist/progress-data.schema.json` have them).
 */
export * from './elements.js';
export * from './export/index.js';
export {
  AssessmentSchema,
  ConversationRecordSchema,
  FrameworkSchema,
  ProgressDataSchema,
  PromptSetSchema,
  aggregate,
  changesSince,
  cohortOutcomes,
  cohortOutcomesFromCounts,
  nextLevelPromptSet,
  nextworkFramework,
  nextworkPromptSet,
  parseCohortOutcomes,
  parseFramework,
  parseProgressData,
  parsePromptSet,
  rollingMean,
} from './core/index.js';
