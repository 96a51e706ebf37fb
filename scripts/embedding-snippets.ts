// The README's embedding section shows what tests/interop runs. Each fenced block that follows a
// `<!-- snippet: <path>#<region> -->` line must equal that region of the host's source (the same
// `region()` the Storybook Embedding pages use). `--write` copies the regions into the README;
// without it a difference fails (npm test runs it), so the README cannot drift from the tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { region } from '../stories/embedding/region.js';

const readme = readFileSync('README.md', 'utf8');
const block = /<!-- snippet: ([^#\s]+)#([\w-]+) -->\n\n```(\w*)\n((?:(?!```)[\s\S])*?)```/g;
const stale: string[] = [];
let count = 0;
const updated = readme.replace(block, (_, path: string, name: string, language: string, shown: string) => {
  count += 1;
  const source = region(readFileSync(path, 'utf8'), name);
  if (`${source}\n` !== shown) stale.push(`${path}#${name}`);
  return `<!-- snippet: ${path}#${name} -->\n\n\`\`\`${language}\n${source}\n\`\`\``;
});
if (process.argv.includes('--write')) {
  writeFileSync('README.md', updated);
  console.log(`README: ${count} snippets written from tests/interop`);
} else if (stale.length > 0) {
  console.error(
    `README snippets differ from tests/interop (run \`npx tsx scripts/embedding-snippets.ts --write\`):`,
  );
  for (const name of stale) console.error(`  ${name}`);
  process.exit(1);
} else {
  console.log(`README: ${count} snippets match tests/interop`);
}
