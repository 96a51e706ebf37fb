// The chart benchmark (part of `npm run bench`). Builds bench/ with vite (one page per library:
// spor.html, plot.html, chartjs.html), then in the system's headless Chromium draws 6 series of
// weekly points with Spor, Observable Plot and Chart.js, interleaved, under CDP CPU throttling.
//
// - cold: every run in a new browser context and page; the page has loaded and evaluated its
//   library before the timer starts, and the measured draw is the first use of that code — what
//   a portal page meets on every load.
// - warm: the same, after one small warm-up draw in the page (what the bench measured before).
// - page: from navigation to the chart's first frame, the library's script loaded and evaluated at
//   the same throttle and the draw started as soon as it is: loading counts too. (No budget; it
//   shows whether a library is quick to draw because it did its work while loading.)
//
// - auto: Spor through the autoloader (bench/auto.html: dist/spor-autoloader.js, which imports the
//   trend chart's module and chunks from dist/auto/ when the tag appears), in the `page` cases,
//   interleaved with the others; auto-preload: the same page with the trend chart's modulepreload
//   list (docs/autoloader-preload.md), reported.
//
// Budgets (issue 11): cold first frame of 6×104 at 4× at most Plot's; appending one week ≤ 16 ms of
// script at 4×; the six-trait panels within 450 DOM nodes. Issue 23: one spor-trend-chart (6×104)
// through the autoloader: the script the page fetched (every file, counted from the network) ≤ 40 KB
// min+gzip, and its first frame from navigation at 4× ≤ 0.8 of Plot's. The single-file bundles'
// sizes are reported, with no budget. `BENCH_RUNS` sets the runs (default 9).
// Issue 19: the follow-up plan draws 2,000 follow-ups (the most the format takes) with no task
// over 50 ms, measured in a trace as the longest task on the page's main thread (script, style and
// layout), in a new page after one small warm-up draw (10 follow-ups), unthrottled.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchPages, scriptsFetched } from './bench-pages.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.bench/dist');
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 9));
const libraries = ['spor', 'plot', 'chartjs'];

const { base, browser, close } = await benchPages({ pages: [...libraries, 'auto'], out, minify: true });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One measurement in a new context and page (same setup for every library). */
async function measure(library, benchmark, weeks, { throttle, warm, fromNavigation = false }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport({ width: 1000, height: 800 });
    if (fromNavigation) return await fromNavigationOf(page, library, weeks, throttle);
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

/**
 * What a person meets on a portal page: from navigation to the end of the first frame of the chart,
 * the script loaded (throttled too) and evaluated, and the draw started the moment it is ready.
 */
async function fromNavigationOf(page, library, weeks, throttle) {
  const session = await page.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.evaluateOnNewDocument((w) => {
    let benchmarks;
    Object.defineProperty(window, 'benchmarks', {
      configurable: true,
      get: () => benchmarks,
      set(value) {
        benchmarks = value;
        queueMicrotask(() => value.draw(w).then((r) => (window.drawn = { ...r, at: performance.now() })));
      },
    });
  }, weeks);
  await page.goto(`${base}${library}.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.drawn !== undefined, { timeout: 120_000 });
  const drawn = await page.evaluate(() => window.drawn);
  return { ms: drawn.at, scriptMs: drawn.scriptMs, nodes: drawn.nodes };
}

/**
 * The longest task on the page's main thread (a trace's `RunTask`: script, style, layout and
 * paint) while `benchmark` draws `size` in a new page at `throttle`, after a warm-up draw of 10:
 * what freezes a tab.
 */
async function longestTask(benchmark, size, throttle) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(`${base}spor.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchmarks !== undefined);
    await page.evaluate((b) => window.benchmarks[b](10), benchmark);
    const session = await page.createCDPSession();
    await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    const drawn = await page.evaluate((b, s) => window.benchmarks[b](s), benchmark, size);
    const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    const events = trace.traceEvents ?? trace;
    const mains = new Set(
      events
        .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const tasks = events.filter(
      (e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`),
    );
    if (tasks.length === 0) throw new Error('the trace holds no task of the page');
    return { ms: Math.max(...tasks.map((e) => e.dur / 1000)), nodes: drawn.nodes };
  } finally {
    await context.close();
  }
}

/** Median of `runs` interleaved measurements of every library: drift hits all alike. */
async function compare(weeks, options) {
  // From navigation, Spor through the autoloader is measured too, without and with the preload list.
  const measured = options.fromNavigation ? [...libraries, 'auto', 'auto-preload'] : libraries;
  const samples = Object.fromEntries(measured.map((l) => [l, []]));
  const nodes = {};
  for (let run = 0; run < runs; run++) {
    for (const library of measured) {
      const result = await measure(library, 'draw', weeks, options);
      samples[library].push(result);
      nodes[library] = result.nodes;
    }
  }
  return Object.fromEntries(
    measured.map((l) => [
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
let followUpTask;
let trendScripts;
try {
  // What one trend chart's page fetches through the autoloader (one cold load, drawn).
  trendScripts = await scriptsFetched(browser, `${base}auto.html`, (page) =>
    page
      .waitForFunction(() => window.benchmarks !== undefined)
      .then(() => page.evaluate(() => window.benchmarks.draw(104))),
  );
  for (const [weeks, throttle, warm, fromNavigation] of [
    [104, 4, false, false],
    [104, 1, false, false],
    [104, 4, false, true],
    [104, 1, false, true],
    [104, 4, true, false],
    [104, 1, true, false],
    [1000, 4, true, false],
  ]) {
    const results = await compare(weeks, { throttle, warm, fromNavigation });
    tables.push({ weeks, throttle, warm, fromNavigation, results });
  }
  const append = [];
  for (let run = 0; run < runs; run++) {
    append.push((await measure('spor', 'append', 104, { throttle: 4, warm: true })).ms);
  }
  appendMs = median(append);
  const followUpRuns = [];
  for (let run = 0; run < runs; run++) followUpRuns.push(await longestTask('followUps', 2000, 1));
  followUpTask = {
    ms: median(followUpRuns.map((r) => r.ms)),
    fastest: Math.min(...followUpRuns.map((r) => r.ms)),
    nodes: followUpRuns[0].nodes,
  };
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
console.log(
  '  (cold: a new page, script evaluated, first draw; page: from navigation, the script loaded and evaluated at the',
);
console.log('  same throttle and the draw started as soon as it is; warm: after one warm-up draw)');
console.log(
  `  ${'case'.padEnd(16)} ${libraries.map((l) => l.padStart(18)).join('')}   Spor/Plot  Spor/Chart.js`,
);
for (const { weeks, throttle, warm, fromNavigation, results } of tables) {
  const cells = libraries.map((l) => `${results[l].ms.toFixed(1)} ms`.padStart(18)).join('');
  const ratio = (l) => (results.spor.ms / results[l].ms).toFixed(2);
  console.log(
    `  ${`6×${weeks} @${throttle}× ${warm ? 'warm' : fromNavigation ? 'page' : 'cold'}`.padEnd(16)} ${cells}   ${ratio('plot').padStart(9)}  ${ratio('chartjs').padStart(13)}`,
  );
}
for (const { weeks, throttle, results } of tables.filter((t) => t.fromNavigation)) {
  console.log(
    `  ${`6×${weeks} @${throttle}× page`.padEnd(16)} Spor through the autoloader ${results.auto.ms.toFixed(1)} ms: ${(results.auto.ms / results.plot.ms).toFixed(2)} of Plot's, ${(results.auto.ms / results.spor.ms).toFixed(2)} of the bundled page's`,
  );
  const preloaded = results['auto-preload'];
  console.log(
    `  ${`6×${weeks} @${throttle}× page`.padEnd(16)} the same with docs/autoloader-preload.md's list ${preloaded.ms.toFixed(1)} ms: ${(preloaded.ms / results.plot.ms).toFixed(2)} of Plot's (no budget)`,
  );
}
const cold4 = tables[0].results;
const page4 = tables.find((t) => t.fromNavigation && t.throttle === 4).results;
console.log(
  `  Spor's script part of the cold 6×104 @4× draw: ${cold4.spor.scriptMs.toFixed(1)} ms; shadow DOM: ${cold4.spor.nodes} elements`,
);
console.log(`  append one week to 6×104 @4× (script): ${appendMs.toFixed(1)} ms`);
console.log(
  `  follow-up plan of 2,000 follow-ups @1× warm, longest task (trace): ${followUpTask.ms.toFixed(1)} ms (fastest run ${followUpTask.fastest.toFixed(1)} ms); shadow DOM: ${followUpTask.nodes} elements`,
);

const isSpor = (file) => file.path === '/spor-autoloader.js' || file.path.startsWith('/auto/');
const trendKb = trendScripts.filter(isSpor).reduce((sum, file) => sum + file.gzipKb, 0);
const harnessKb = trendScripts.filter((file) => !isSpor(file)).reduce((sum, file) => sum + file.gzipKb, 0);
console.log(
  `  one spor-trend-chart through the autoloader: ${trendKb.toFixed(1)} KB min+gzip in ${trendScripts.filter(isSpor).length} files fetched (the bench's own page script, ${harnessKb.toFixed(1)} KB, not counted)`,
);
for (const file of trendScripts.filter(isSpor).sort((a, b) => b.gzipKb - a.gzipKb))
  console.log(`    ${file.gzipKb.toFixed(1).padStart(5)} KB  ${file.path}`);
const bundleKb = gzipKb(join(root, 'dist/spor.bundle.js'));
const chartsKb = gzipKb(join(root, 'dist/spor-charts.bundle.js'));
const show = (kb) => (kb === undefined ? 'not built (run npm run build)' : `${kb.toFixed(1)} KB min+gzip`);
console.log(`  dist/spor.bundle.js (every element, no budget): ${show(bundleKb)}`);
console.log(`  dist/spor-charts.bundle.js (charts only, no budget): ${show(chartsKb)}`);
console.log(
  `  peers' page scripts, min+gzip: Plot ${pageScriptKb('plot').toFixed(1)} KB, Chart.js line chart ${pageScriptKb('chartjs').toFixed(1)} KB`,
);

const budgets = [
  ['cold first frame 6×104 @4× ≤ Plot’s', cold4.spor.ms <= cold4.plot.ms],
  ['append one week ≤ 16 ms @4×', appendMs <= 16],
  ['follow-up plan of 2,000 follow-ups: longest task ≤ 50 ms', followUpTask.ms <= 50],
  ['six-trait panels ≤ 450 DOM elements', cold4.spor.nodes <= 450],
  [
    `one spor-trend-chart through the autoloader: script ≤ 40 KB min+gzip (${trendKb.toFixed(1)} KB)`,
    trendKb <= 40,
  ],
  [
    `its first frame from navigation 6×104 @4× ≤ 0.8 of Plot’s (${(page4.auto.ms / page4.plot.ms).toFixed(2)})`,
    page4.auto.ms <= 0.8 * page4.plot.ms,
  ],
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
