// After `tsc -p tsconfig.build.json`: puts a `.d.ts` next to every `dist/elements/*.js`, so
// `import { SporTrendChart } from 'spor/elements/spor-trend-chart.component'` is typed. The
// declarations themselves live in dist/types/ (the layout of src/).
import { readdirSync, writeFileSync } from 'node:fs';

for (const file of readdirSync('dist/elements').filter((f) => f.endsWith('.js'))) {
  const name = file.slice(0, -'.js'.length);
  const tag = name.replace(/\.component$/, '');
  writeFileSync(`dist/elements/${name}.d.ts`, `export * from '../types/elements/${tag}/${name}.js';\n`);
}
