// The chart benchmark (part of `npm run bench`): builds bench/ with vite, then in the system's
// headless Chromium draws 6 series × 104 and × 1000 weekly points with Spor, Observable Plot and
// Chart.js, interleaved, under CDP CPU throttling, and checks Spor's budgets:
//   - first frame of 6×104 at 4× throttle ≤ one third of Plot's
//   - appending one week redraws in ≤ 16 ms of script at 4×
//   - the trend chart's shadow root holds ≤ 300 DOM nodes for 6×104
//   - the single-file bundle stays ≤ 45 KB min + gzip
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.bench/dist');
const runs = Number(process.env.BENCH_RUNS ?? 9);

await build({
  root: join(root, 'bench'),
  logLevel: 'warn',
  configFile: false,
  build: { outDir: out, emptyOutDir: true, target: 'es2022', minify: true },
});

const types = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = normalize(join(out, path === '/' ? 'index.html' : path));
  if (!file.startsWith(out) || !existsSync(file)) return res.writeHead(404).end();
  res
    .writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
    .end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One measurement in a fresh page (same setup for every library), under `throttle`. */
async function measure(name, weeks, throttle) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchmarks !== undefined);
  // Warm the code path once, unthrottled, so we measure drawing, not parsing the script.
  await page.evaluate((n, w) => window.benchmarks[n](w), name, 8);
  const session = await page.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const result = await page.evaluate((n, w) => window.benchmarks[n](w), name, weeks);
  await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.close();
  return result;
}

const libraries = ['spor', 'plot', 'chartjs'];
const results = {};
try {
  for (const weeks of [104, 1000]) {
    for (const throttle of [4, 1]) {
      const samples = Object.fromEntries(libraries.map((l) => [l, []]));
      const nodes = {};
      for (let run = 0; run < runs; run++) {
        // Interleaved: each run measures every library once, so drift hits all alike.
        for (const library of libraries) {
          const { ms, nodes: count } = await measure(library, weeks, throttle);
          samples[library].push(ms);
          nodes[library] = count;
        }
      }
      for (const library of libraries) {
        results[`${library} 6×${weeks} @${throttle}×`] = {
          ms: median(samples[library]),
          nodes: nodes[library],
        };
      }
    }
  }
  const appendSamples = [];
  for (let run = 0; run < runs; run++) appendSamples.push((await measure('sporAppend', 104, 4)).ms);
  results['spor append 1 week to 6×104 @4×'] = { ms: median(appendSamples), nodes: 0 };
} finally {
  await browser.close();
  server.close();
}

console.log(`\nChart benchmark: first frame, median of ${runs} interleaved runs`);
for (const [name, { ms, nodes }] of Object.entries(results)) {
  console.log(`  ${name.padEnd(36)} ${ms.toFixed(1).padStart(8)} ms${nodes ? `   ${nodes} DOM nodes` : ''}`);
}
const ratio = (a, b) => results[a].ms / results[b].ms;
for (const weeks of [104, 1000]) {
  for (const throttle of [4, 1]) {
    const key = (l) => `${l} 6×${weeks} @${throttle}×`;
    console.log(
      `  6×${weeks} @${throttle}×: Spor/Plot ${ratio(key('spor'), key('plot')).toFixed(2)}, Spor/Chart.js ${ratio(key('spor'), key('chartjs')).toFixed(2)}`,
    );
  }
}

const bundlePath = join(root, 'dist/spor.bundle.js');
const bundleKb = existsSync(bundlePath)
  ? gzipSync(readFileSync(bundlePath), { level: 9 }).length / 1024
  : undefined;
console.log(
  `  bundle dist/spor.bundle.js: ${bundleKb === undefined ? 'not built (run npm run build)' : `${bundleKb.toFixed(1)} KB min+gzip`}`,
);

const budgets = [
  ['first frame 6×104 @4× ≤ 1/3 of Plot', ratio('spor 6×104 @4×', 'plot 6×104 @4×') <= 1 / 3],
  ['append one week ≤ 16 ms @4×', results['spor append 1 week to 6×104 @4×'].ms <= 16],
  ['≤ 300 DOM nodes for 6×104', results['spor 6×104 @4×'].nodes <= 300],
  ['bundle ≤ 45 KB min+gzip', bundleKb !== undefined && bundleKb <= 45],
];
let failed = 0;
for (const [name, ok] of budgets) {
  console.log(`  ${ok ? '✓' : '✗'} ${name}`);
  if (!ok) failed++;
}
process.exit(failed ? 1 : 0);
