// Part of `npm run bench` (issue 23): pages that load the kit through the autoloader alone
// (bench/auto.html: dist/spor-autoloader.js, which imports an element's module and chunks from
// dist/auto/ when its tag appears; run `npm run build` first). For each page:
//
// - script: every script the page fetched, counted from the network (one cold load, drawn), min+gzip;
//   the bench's own page script is named apart and not counted.
// - first frame from navigation: the autoloader and the element's code loaded and evaluated at the
//   CPU throttle, the element drawn as soon as the page's script runs; median of `BENCH_RUNS`
//   (default 9), the pages interleaved.
//
// Budgets: the conversation view (`spor-progress-conversation`) ≤ 70 KB; one `spor-my-progress`
// ≤ 40 KB (its first frame at 6× is budgeted in bench-mine.ts, ≤ 400 ms after load; from
// navigation it is reported here); the autoloader itself ≤ 2 KB. The trend chart's page is in
// bench-charts.mjs, beside Plot's. A page over its size budget is weighed by area of the source.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchPages, scriptsFetched } from './bench-pages.mjs';
import { weighByArea } from './bench-weigh.mjs';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(join(root, 'dist/core.js'))) throw new Error('dist/ is missing: run npm run build');
const { samplePersonas } = await import(join(root, 'dist/core.js'));
const simon = samplePersonas.find((p) => p.participant.displayName === 'Simon');
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 9));

const pages = [
  {
    name: 'the conversation view',
    tag: 'spor-progress-conversation',
    properties: { data: simon, locale: 'da', date: '2026-11-13' },
    throttle: 4,
    budgetKb: 70,
  },
  {
    name: 'one spor-my-progress',
    tag: 'spor-my-progress',
    properties: { data: simon, locale: 'da' },
    throttle: 6,
    budgetKb: 40,
  },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const { base, browser, close } = await benchPages({
  pages: ['auto'],
  out: join(root, '.bench/auto'),
  minify: true,
});

/** From navigation to the element's first frame, at `throttle`. */
async function fromNavigation({ tag, properties, throttle }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport({ width: 1000, height: 800 });
    const session = await page.createCDPSession();
    await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.evaluateOnNewDocument(`
      const tag = ${JSON.stringify(tag)};
      const properties = ${JSON.stringify(properties)};
      let draw;
      Object.defineProperty(window, 'drawAuto', {
        configurable: true,
        get: () => draw,
        set(value) {
          draw = value;
          queueMicrotask(() => value(tag, properties).then((r) => (window.drawn = { ...r, at: performance.now() })));
        },
      });
    `);
    await page.goto(`${base}auto.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.drawn !== undefined, { timeout: 120_000 });
    return await page.evaluate(() => window.drawn);
  } finally {
    await context.close();
  }
}

const isSpor = (file) => file.path === '/spor-autoloader.js' || file.path.startsWith('/auto/');
const results = [];
try {
  for (const page of pages) {
    const fetched = await scriptsFetched(browser, `${base}auto.html`, (tab) =>
      tab
        .waitForFunction(() => window.drawAuto !== undefined)
        .then(() => tab.evaluate((t, p) => window.drawAuto(t, p), page.tag, page.properties)),
    );
    results.push({ ...page, fetched, samples: [] });
  }
  for (let run = 0; run < runs; run++) {
    for (const result of results) result.samples.push(await fromNavigation(result));
  }
} finally {
  await close();
}

const autoloaderKb =
  gzipSync(readFileSync(join(root, 'dist/spor-autoloader.js')), { level: 9 }).length / 1024;
console.log(
  `\nPages through the autoloader: script fetched (min+gzip) and first frame from navigation, median of ${runs}`,
);
const budgets = [];
for (const { name, tag, throttle, budgetKb, fetched, samples } of results) {
  const spor = fetched.filter(isSpor);
  const kb = spor.reduce((sum, file) => sum + file.gzipKb, 0);
  const harnessKb = fetched.filter((file) => !isSpor(file)).reduce((sum, file) => sum + file.gzipKb, 0);
  console.log(
    `  ${name} (${tag}): ${kb.toFixed(1)} KB in ${spor.length} files (the bench's page script, ${harnessKb.toFixed(1)} KB, not counted); first frame from navigation @${throttle}×: ${median(samples.map((s) => s.at)).toFixed(1)} ms, ${samples[0].nodes} elements`,
  );
  budgets.push([`${name}: script ≤ ${budgetKb} KB min+gzip (${kb.toFixed(1)} KB)`, kb <= budgetKb, tag]);
}
console.log(`  the autoloader itself (dist/spor-autoloader.js): ${autoloaderKb.toFixed(2)} KB min+gzip`);
budgets.push([`the autoloader ≤ 2 KB min+gzip (${autoloaderKb.toFixed(2)} KB)`, autoloaderKb <= 2]);

let failed = 0;
for (const [name, ok, tag] of budgets) {
  console.log(`  ${ok ? '✓' : '✗'} ${name}`);
  if (ok) continue;
  failed++;
  if (tag) await weighByArea(tag);
}
process.exit(failed ? 1 : 0);
