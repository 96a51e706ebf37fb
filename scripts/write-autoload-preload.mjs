// The `<link rel="modulepreload">` list of each element loaded by the autoloader, from the
// autoloader build's own manifest (dist/auto/manifest.json, `vite build --mode autoloader`), written
// to docs/autoloader-preload.md. `--check` (run by check-dist) fails when the committed page differs
// from the build, so the documented lists cannot drift: after a change, run
// `npm run build && node scripts/write-autoload-preload.mjs`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
export const docPath = join(root, 'docs/autoloader-preload.md');

/** The manifest of the autoloader build. */
export function readAutoloadManifest() {
  const path = join(root, 'dist/auto/manifest.json');
  if (!existsSync(path)) throw new Error('dist/auto/manifest.json is missing: run npm run build');
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * Per tag, the files (relative to the autoloader's folder) its module imports statically, its own
 * first, each once, in the order the browser meets them: what a page preloads to have no waterfall.
 * What loads on demand (the export, a second line's words) is left out.
 */
export function preloadLists(manifest) {
  const lists = {};
  for (const [key, chunk] of Object.entries(manifest)) {
    const tag = /^src\/elements\/(spor-[a-z-]+)\/\1\.ts$/.exec(key)?.[1];
    if (!chunk.isEntry || !tag) continue;
    const seen = new Set();
    const walk = (k) => {
      if (seen.has(k)) return;
      seen.add(k);
      for (const next of manifest[k]?.imports ?? []) walk(next);
    };
    walk(key);
    lists[tag] = [...seen].map((k) => manifest[k].file);
  }
  return Object.fromEntries(Object.entries(lists).sort(([a], [b]) => a.localeCompare(b)));
}

const gzipKb = (file) => gzipSync(readFileSync(join(root, 'dist', file)), { level: 9 }).length / 1024;

/** The page docs/autoloader-preload.md, from the lists. */
export function preloadPage(lists) {
  const lines = [
    '# What to preload with the autoloader',
    '',
    '<!-- Written by scripts/write-autoload-preload.mjs from the build; check-dist fails when it differs. -->',
    '',
    'The autoloader (`spor/autoloader`, `dist/spor-autoloader.js`) imports an element’s module and the',
    'chunks it needs, all at once, when the element’s tag appears. A page that knows which elements it',
    'shows can start those fetches before the autoloader has run, with `<link rel="modulepreload">`.',
    'Paths are relative to the folder of `spor-autoloader.js`; keep the order. What loads on demand (the',
    'export code, a second line’s words) is not listed: it is fetched when first asked for. The sizes',
    'are the files’ min+gzip sizes added up.',
    '',
  ];
  for (const [tag, files] of Object.entries(lists)) {
    const kb = files.reduce((sum, file) => sum + gzipKb(file), 0);
    lines.push(`## \`${tag}\` (${files.length} files, ${kb.toFixed(1)} KB)`, '', '```html');
    for (const file of files) lines.push(`<link rel="modulepreload" href="${file}" />`);
    lines.push('```', '');
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const page = preloadPage(preloadLists(readAutoloadManifest()));
  if (process.argv.includes('--check')) {
    const written = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
    if (written !== page) {
      console.error(
        '✗ docs/autoloader-preload.md differs from the build: run node scripts/write-autoload-preload.mjs',
      );
      process.exit(1);
    }
    console.log('docs/autoloader-preload.md matches the build');
  } else {
    writeFileSync(docPath, page);
    console.log(`wrote ${docPath}`);
  }
}
