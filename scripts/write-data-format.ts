// Writes docs/data-format.md (the Data format page in Storybook) from the JSON Schemas. `--check`
// writes nothing and fails when the page differs from what the schemas give today (npm test runs
// it), so the page cannot drift from the schemas.
import { readFileSync, writeFileSync } from 'node:fs';
import { dataFormatPath, dataFormatSource } from './data-format-source.js';

const source = await dataFormatSource();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(dataFormatPath, 'utf8');
  } catch {
    // A missing page differs like any other.
  }
  if (current !== source) {
    console.error(
      'docs/data-format.md differs from the JSON Schemas (run `npx tsx scripts/write-data-format.ts`)',
    );
    process.exit(1);
  }
  console.log('docs/data-format.md matches the JSON Schemas');
} else {
  writeFileSync(dataFormatPath, source);
  console.log(`wrote ${dataFormatPath.pathname}`);
}
