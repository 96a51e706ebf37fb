// Writes dist/progress-data.schema.json, dist/conversation-record.schema.json and
// dist/cohort-outcomes.schema.json from the zod schemas,
// for back-end teams in other languages. Run by `npm run build` after vite (which empties dist/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cohortJsonSchema, conversationRecordJsonSchema, progressDataJsonSchema } from '../src/core/index.js';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
mkdirSync(dist, { recursive: true });
for (const [file, schema] of [
  ['progress-data.schema.json', progressDataJsonSchema()],
  ['conversation-record.schema.json', conversationRecordJsonSchema()],
  ['cohort-outcomes.schema.json', cohortJsonSchema()],
] as const) {
  writeFileSync(resolve(dist, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${resolve(dist, file)}`);
}
