// What an element's code weighs, by area of the source: the element's module built alone as one
// file (lit and d3 inside, what loads on demand left out), each module minified on its own and
// gzipped. The modules' sizes add up to more than the one file (gzip shares its dictionary across a
// file); the files' sum is printed first. Used by the benches when a page is over its size budget, and
// on its own: `node scripts/bench-weigh.mjs spor-trend-chart`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const pure = [
  'timeInterval',
  'timeWeekday',
  'utcWeekday',
  'ticker',
  'bisector',
  'Blur2',
  'blurf',
  'bluri',
  'shuffler',
];
const gzipKb = (text) => gzipSync(text, { level: 9 }).length / 1024;

/** Prints the weight of `tag`'s module and what it imports statically, by area and by the heaviest modules. */
export async function weighByArea(tag, { top = Number(process.env.WEIGH_TOP ?? 15) } = {}) {
  const out = join(root, '.bench/weigh');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: {
        entry: join(root, `src/elements/${tag}/${tag}.ts`),
        formats: ['es'],
        fileName: () => 'weighed.js',
      },
      rolldownOptions: {
        treeshake: { manualPureFunctions: pure },
        output: { chunkFileNames: 'later-[name].js' },
      },
    },
  });
  // The entry and the chunks it imports statically (what loads on demand stays out).
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(join(out, file), 'utf8');
    for (const [, path] of text.matchAll(/\b(?:from|import)\s*["']\.\/([^"']+)["']/g)) visit(path);
  };
  visit('weighed.js');
  const code = [...files].map((file) => readFileSync(join(out, file), 'utf8')).join('\n');
  const modules = [];
  for (const part of code.split(/^\/\/ (?=src\/|node_modules\/|\\0)/m).slice(1)) {
    const name = part.slice(0, part.indexOf('\n')).replace(/^.*node_modules\//, '');
    const minified = await transform(part.slice(part.indexOf('\n')), { minify: true, loader: 'js' }).then(
      (r) => r.code,
      () => part,
    );
    modules.push([name, gzipKb(minified)]);
  }
  const areaOf = (name) =>
    name.startsWith('src/') ? name.split('/').slice(0, 3).join('/') : name.split('/')[0];
  const areas = {};
  for (const [name, kb] of modules) areas[areaOf(name)] = (areas[areaOf(name)] ?? 0) + kb;
  let whole = 0;
  for (const file of files)
    whole += gzipKb(
      (await transform(readFileSync(join(out, file), 'utf8'), { minify: true, loader: 'js' })).code,
    );
  console.log(
    `    ${tag} weighed (its static imports, ${files.size} files): ${whole.toFixed(1)} KB min+gzip; by area, each module alone:`,
  );
  for (const [area, kb] of Object.entries(areas)
    .sort((a, b) => b[1] - a[1])
    .filter(([, kb]) => kb >= 0.5))
    console.log(`      ${kb.toFixed(1).padStart(5)} KB  ${area}`);
  console.log(`    the heaviest modules:`);
  for (const [name, kb] of modules.sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`      ${kb.toFixed(1).padStart(5)} KB  ${name}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const tag of process.argv.slice(2)) await weighByArea(tag);
}
