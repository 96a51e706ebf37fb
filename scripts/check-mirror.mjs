// Tests mirror src file by file: `tests/<layer>/<room>/x.test.ts` (or `x.<aspect>.test.ts`) tests
// `src/<layer>/<room>/x.ts`, and each element's folder in `tests/elements` is the folder of that
// element in `src/elements`. This fails when a test names no file of src, or when a file of src
// has no test of its own (bar the few below, each with its reason). Part of `npm test`.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const mirrored = [
  'core',
  'charts',
  'controllers',
  'i18n',
  'export',
  'internal',
  'themes',
  'events',
  'autoloader',
];

/** Files of src with no test file of their own, and why. */
const untested = {
  'src/core/index.ts': 'the entry: the tests import core through it',
  'src/core/read/generated/validators.ts': 'generated; tests/node/validators.test.ts checks it is current',
  'src/core/read/validator-node.ts': 'types only',
  'src/i18n/translation.ts': 'types only (the compiler holds every language to them)',
  'src/export/index.ts': 'the entry of the export functions, each tested in its own file',
  'src/export/actions.ts': 'names the export functions for the elements’ menus (a re-export)',
};
/** Kinds of file that hold no rule of their own. */
const untestedKinds = [
  [
    /^src\/i18n\/(.+\/)?(da|en|da-cohort|en-cohort|ar|uk)\.ts$/,
    'words only: the compiler holds each language to Danish’s shape',
  ],
  [/\.styles\.ts$/, 'CSS: the looks and every element’s accessibility tests check it'],
  [/^src\/events\//, 'event types: every element’s tests receive its events'],
];

function walk(dir) {
  const abs = join(root, dir);
  const names = statSync(abs, { throwIfNoEntry: false }) ? readdirSync(abs) : [];
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? walk(path) : [path];
  });
}

const problems = [];
const testOf = (test) => test.replace(/^tests\//, 'src/').replace(/(\.[\w-]+)?\.test\.ts$/, '.ts');
const tests = mirrored.flatMap((layer) => walk(`tests/${layer}`)).filter((f) => f.endsWith('.test.ts'));
const srcFiles = mirrored.flatMap((layer) => walk(`src/${layer}`)).filter((f) => /\.(ts|css)$/.test(f));
const srcSet = new Set(srcFiles);
const tested = new Set();
for (const test of tests) {
  // `x.aspect.test.ts` names `x.ts`; `x.test.ts` names `x.ts` even when x has a dot of its own.
  const whole = test.replace(/^tests\//, 'src/').replace(/\.test\.ts$/, '.ts');
  const target = srcSet.has(whole) ? whole : testOf(test);
  if (srcSet.has(target)) tested.add(target);
  else problems.push(`${test} names no file of src (${target} does not exist)`);
}
for (const file of srcFiles) {
  if (file.endsWith('.css')) continue;
  if (!tested.has(file) && !(file in untested) && !untestedKinds.some(([kind]) => kind.test(file)))
    problems.push(
      `${file} has no test of its own (tests/${relative('src', file).replace(/\.ts$/, '.test.ts')})`,
    );
}
for (const name of readdirSync(join(root, 'tests/elements'))) {
  if (!statSync(join(root, 'tests/elements', name)).isDirectory() || name === 'rtl') continue;
  const files = walk(`tests/elements/${name}`).filter((f) => f.endsWith('.test.ts'));
  if (!statSync(join(root, 'src/elements', name), { throwIfNoEntry: false }))
    problems.push(`tests/elements/${name} names no element of src/elements`);
  else if (files.length === 0) problems.push(`tests/elements/${name} holds no test`);
}
for (const name of readdirSync(join(root, 'src/elements'))) {
  if (name === 'shared') continue;
  if (!statSync(join(root, 'tests/elements', name), { throwIfNoEntry: false }))
    problems.push(`src/elements/${name} has no tests/elements/${name}`);
}
if (problems.length) {
  console.error(`Tests do not mirror src:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Tests mirror src: ${tests.length} test files for ${srcFiles.length} files.`);
