/**
 * `npm run validators`: writes `src/core/read/generated/validators.ts` from the zod schemas (see
 * `validators-source.ts`). With `--check` it writes nothing and fails when the committed file is not
 * what the schemas give (run by `npm run build`; `tests/node/validators.test.ts` checks the same).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedPath, validatorsSource } from './validators-source.js';

const source = await validatorsSource();
const path = generatedPath.pathname;
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(path, 'utf8');
  } catch {
    // Missing: as stale as a wrong one.
  }
  if (committed !== source) {
    console.error(`${path} is not what the schemas give: run \`npm run validators\` and commit it.`);
    process.exit(1);
  }
  console.log(`${path} is up to date`);
} else {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, source);
  console.log(`wrote ${path}`);
}
