// Writes dist/progress-data.schema.json from the zod schema, for back-end teams in other
// languages. Run by `npm run build` after vite (which empties dist/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { progressDataJsonSchema } from '../src/core/index.js';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'progress-data.schema.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(progressDataJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
