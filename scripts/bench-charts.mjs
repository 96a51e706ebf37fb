// The chart benchmark (part of `npm run bench`). Builds bench/ with vite (one page per library:
// spor.html, plot.html, chartjs.html), then in the system's headless Chromium draws 6 series of
// weekly points with Spor, Observable Plot and Chart.js, interleaved, under CDP CPU throttling.
//
// - cold: every run in a new browser context and page; the page has loaded and evaluated its
//   library before the timer starts, and the measured draw is the first use of that code — what
//   a portal page meets on every load.
// - warm: the same, after one small warm-up draw in the page (what the bench measured before).
//
// Budgets (issue 11): cold first frame of 6×104 at 4× at most Plot's; appending one week ≤ 16 ms of
// script at 4×; the six-trait panels within 450 DOM nodes; dist/spor.bundle.js ≤ 55 KB and
// dist/spor-charts.bundle.js ≤ 40 KB, min + gzip. `BENCH_RUNS` sets the runs (default 9).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchPages } from './bench-pages.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.bench/dist');
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 9));
const libraries = ['spor', 'plot', 'chartjs'];

const { base, browser, close } = await benchPages({ pages: libraries, out, minify: true });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One measurement in a new context and page (same setup for every library). */
async function measure(library, benchmark, weeks, { throttle, warm }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(`${base}${library}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchmarks !== undefined);
    if (warm) await page.evaluate((b) => window.benchmarks[b](8), benchmark);
    const session = await page.createCDPSession();
    await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    return await page.evaluate((b, w) => window.benchmarks[b](w), benchmark, weeks);
  } finally {
    await context.close();
  }
}

/** Median of `runs` interleaved measurements of every library: drift hits all alike. */
async function compare(weeks, options) {
  const samples = Object.fromEntries(libraries.map((l) => [l, []]));
  const nodes = {};
  for (let run = 0; run < runs; run++) {
    for (const library of libraries) {
      const result = await measure(library, 'draw', weeks, options);
      samples[library].push(result);
      nodes[library] = result.nodes;
    }
  }
  return Object.fromEntries(
    libraries.map((l) => [
      l,
      {
        ms: median(samples[l].map((s) => s.ms)),
        scriptMs: median(samples[l].map((s) => s.scriptMs)),
        nodes: nodes[l],
      },
    ]),
  );
}

const tables = [];
let appendMs;
try {
  for (const [weeks, throttle, warm] of [
    [104, 4, false],
    [104, 1, false],
    [104, 4, true],
    [104, 1, true],
    [1000, 4, true],
  ]) {
    tables.push({ weeks, throttle, warm, results: await compare(weeks, { throttle, warm }) });
  }
  const append = [];
  for (let run = 0; run < runs; run++) {
    append.push((await measure('spor', 'append', 104, { throttle: 4, warm: true })).ms);
  }
  appendMs = median(append);
} finally {
  await close();
}

const gzipKb = (path) =>
  existsSync(path) ? gzipSync(readFileSync(path), { level: 9 }).length / 1024 : undefined;
const pageScriptKb = (library) => {
  const html = readFileSync(join(out, `${library}.html`), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return scripts.reduce((sum, file) => sum + (gzipKb(join(out, file)) ?? 0), 0);
};

console.log(`\nChart benchmark: first frame of 6 weekly series, median of ${runs} interleaved runs`);
console.log('  (cold: a new page, script evaluated, first draw; warm: after one warm-up draw)');
console.log(
  `  ${'case'.padEnd(16)} ${libraries.map((l) => l.padStart(18)).join('')}   Spor/Plot  Spor/Chart.js`,
);
for (const { weeks, throttle, warm, results } of tables) {
  const cells = libraries.map((l) => `${results[l].ms.toFixed(1)} ms`.padStart(18)).join('');
  const ratio = (l) => (results.spor.ms / results[l].ms).toFixed(2);
  console.log(
    `  ${`6×${weeks} @${throttle}× ${warm ? 'warm' : 'cold'}`.padEnd(16)} ${cells}   ${ratio('plot').padStart(9)}  ${ratio('chartjs').padStart(13)}`,
  );
}
const cold4 = tables[0].results;
console.log(
  `  Spor's script part of the cold 6×104 @4× draw: ${cold4.spor.scriptMs.toFixed(1)} ms; shadow DOM: ${cold4.spor.nodes} elements`,
);
console.log(`  append one week to 6×104 @4× (script): ${appendMs.toFixed(1)} ms`);

const bundleKb = gzipKb(join(root, 'dist/spor.bundle.js'));
const chartsKb = gzipKb(join(root, 'dist/spor-charts.bundle.js'));
const show = (kb) => (kb === undefined ? 'not built (run npm run build)' : `${kb.toFixed(1)} KB min+gzip`);
console.log(`  dist/spor.bundle.js (every element): ${show(bundleKb)}`);
console.log(`  dist/spor-charts.bundle.js (charts only): ${show(chartsKb)}`);
console.log(
  `  peers' page scripts, min+gzip: Plot ${pageScriptKb('plot').toFixed(1)} KB, Chart.js line chart ${pageScriptKb('chartjs').toFixed(1)} KB`,
);

const budgets = [
  ['cold first frame 6×104 @4× ≤ Plot’s', cold4.spor.ms <= cold4.plot.ms],
  ['append one week ≤ 16 ms @4×', appendMs <= 16],
  ['six-trait panels ≤ 450 DOM elements', cold4.spor.nodes <= 450],
  ['dist/spor.bundle.js ≤ 55 KB min+gzip', bundleKb !== undefined && bundleKb <= 55],
  ['dist/spor-charts.bundle.js ≤ 40 KB min+gzip', chartsKb !== undefined && chartsKb <= 40],
];
console.log(
  `  goal beyond the budget: cold 6×104 @4× at half of Plot’s — now ${(cold4.spor.ms / cold4.plot.ms).toFixed(2)} of it`,
);
let failed = 0;
for (const [name, ok] of budgets) {
  console.log(`  ${ok ? '✓' : '✗'} ${name}`);
  if (!ok) failed++;
}
process.exit(failed ? 1 : 0);
