import { defineConfig, type Plugin } from 'vite';
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { autoloadTags } from './src/autoloader/tags.js';

/**
 * Three ways vite is used:
 * - `vite` (dev): serves the demo from demo/.
 * - `vite build`: the library: ES modules, one entry per element (the class and the tag
 *   registration apart), `index` and a DOM-free `core`; lit and zod stay external.
 * - `vite build --mode bundle`: one self-contained file for a plain `<script type="module">`
 *   (`spor.bundle.js`, every element); `--mode charts-bundle`: the same for the charts alone
 *   (`spor-charts.bundle.js`).
 * - `vite build --mode autoloader`: `spor-autoloader.js` and, beside it, one minified module per
 *   element (`auto/<tag>.js`) with lit and d3 inside and the code they share in hashed chunks
 *   (`auto/chunks/`), fetched once; `auto/manifest.json` says which chunks each element imports.
 */
const elementEntries = Object.fromEntries(
  readdirSync('src/elements', { recursive: true, encoding: 'utf8' })
    .filter((file) => !file.startsWith('shared') && /^spor-[a-z-]+(\.component)?\.ts$/.test(basename(file)))
    .map((file) => [`elements/${basename(file, '.ts')}`, resolve('src/elements', file)]),
);

const isExternal = (id: string): boolean =>
  id === 'lit' ||
  id.startsWith('lit/') ||
  id.startsWith('@lit/') ||
  id.startsWith('lit-') ||
  id.startsWith('d3-') ||
  id === 'zod' ||
  id.startsWith('zod/');

/** d3-time's and d3-array's interval and helper factories: pure, but called at their module's top level. */
const d3PureFactories = [
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

/** The tags under src/elements (the registering modules, not the components). */
const elementTags = Object.keys(elementEntries)
  .map((name) => basename(name))
  .filter((name) => !name.endsWith('.component'))
  .sort();

/**
 * Writes into the autoloader the chunks each element's module imports (src/autoloader/tags.ts,
 * `chunkTableOf`), so it fetches them with the module rather than one level after another.
 */
function writeChunkTable(): Plugin {
  return {
    name: 'spor-autoload-chunk-table',
    generateBundle(_options, bundle) {
      const files: string[] = [];
      const lists: string[] = [];
      for (const tag of autoloadTags) {
        const entry = bundle[`auto/${tag}.js`];
        if (entry?.type !== 'chunk') throw new Error(`the autoloader build made no auto/${tag}.js`);
        const seen = new Set<string>();
        const walk = (file: string) => {
          const chunk = bundle[file];
          if (seen.has(file) || chunk?.type !== 'chunk') return;
          seen.add(file);
          chunk.imports.forEach(walk);
        };
        entry.imports.forEach(walk);
        const indices = [...seen].map((file) => {
          const known = files.indexOf(file);
          return known >= 0 ? known : files.push(file) - 1;
        });
        lists.push(indices.join('.'));
      }
      const autoloader = bundle['spor-autoloader.js'];
      const placeholder = /(["'`])__SPOR_AUTOLOAD_CHUNKS__\1/;
      if (autoloader?.type !== 'chunk' || !placeholder.test(autoloader.code))
        throw new Error('spor-autoloader.js has no place for the chunk table');
      const names = files.map((file) => /^auto\/chunks\/([\w.-]+)\.js$/.exec(file)?.[1]);
      if (names.some((name) => name === undefined))
        throw new Error(`a chunk outside auto/chunks/, or with a comma in its name: ${files.join(' ')}`);
      const table = `${names.join(',')}|${lists.join(',')}`;
      autoloader.code = autoloader.code.replace(placeholder, () => JSON.stringify(table));
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'autoloader') {
    const listed = [...autoloadTags].sort();
    if (listed.join() !== elementTags.join())
      throw new Error(
        `src/autoloader/tags.ts lists ${listed.join(', ')}; src/elements has ${elementTags.join(', ')}`,
      );
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        manifest: 'auto/manifest.json',
        lib: {
          entry: {
            'spor-autoloader': resolve('src/autoloader.ts'),
            ...Object.fromEntries(
              autoloadTags.map((tag) => [`auto/${tag}`, resolve(`src/elements/${tag}/${tag}.ts`)]),
            ),
          },
          formats: ['es'],
        },
        rolldownOptions: {
          treeshake: { manualPureFunctions: d3PureFactories },
          plugins: [writeChunkTable()],
          output: {
            minify: true,
            entryFileNames: '[name].js',
            chunkFileNames: 'auto/chunks/[name]-[hash].js',
          },
        },
      },
    };
  }
  if (mode === 'bundle' || mode === 'charts-bundle') {
    const [entry, fileName] =
      mode === 'bundle'
        ? ['src/bundle.ts', 'spor.bundle.js']
        : ['src/charts-bundle.ts', 'spor-charts.bundle.js'];
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: resolve(entry), formats: ['es'], fileName: () => fileName },
        rolldownOptions: {
          // d3-time ships one file that builds every interval (and d3-array's helpers) on load
          // through calls the bundler cannot prove pure; naming them pure lets the intervals the
          // charts do not use drop out: utcMonth alone 5.8 → 3.8 KB minified, 2.0 → 1.1 KB gzip.
          treeshake: { manualPureFunctions: d3PureFactories },
          output: { minify: true, codeSplitting: false },
        },
      },
    };
  }
  if (mode === 'production' || mode === 'library') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        lib: {
          entry: {
            index: resolve('src/index.ts'),
            core: resolve('src/core/index.ts'),
            export: resolve('src/export/index.ts'),
            ...elementEntries,
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: isExternal,
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            // The zod schemas in a chunk of their own: only the entries that export them (`index`,
            // `core`) load it; an element validates with the generated validators, never with zod.
            codeSplitting: {
              groups: [
                // What the schemas and the run-time checks share stays out of the schemas' chunk.
                { name: 'limits', test: /src\/core\/format\/(limits|refinements)\.ts$/, priority: 2 },
                {
                  name: 'schema',
                  test: /src\/core\/format\/(schema|schema-parts|programme-schema|own-side-schema|cohort-schema|json-schema)\.ts$/,
                  priority: 1,
                },
              ],
            },
          },
        },
      },
    };
  }
  return {
    root: 'demo',
    server: { host: 'localhost', port: 5173, strictPort: false },
  };
});
