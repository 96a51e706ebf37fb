// Part of `npm run bench`: the young person's page (`spor-my-progress`) for Simon, the persona
// with a year of data, drawn by a page that loads only that element's entry and its imports.
//
// - cold: a new browser context and page; the page has loaded and evaluated the element's code,
//   then the first draw (the first use of that code) is timed to its first frame at 6× CPU
//   throttle. Budget: ≤ 400 ms (median of `BENCH_RUNS`, default 9).
// - page: from navigation to the first frame, the script loaded and evaluated at the same
//   throttle (reported).
// - warm: after one draw of the same data in the page (reported).
// - script: what the page loads for the element, min+gzip (reported).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchPages } from './bench-pages.mjs';
import { samplePersonas } from '../src/core/index.js';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.bench/mine');
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 9));
const throttle = 6;
const budgetMs = 400;

const simon = samplePersonas.find((p) => p.participant.displayName === 'Simon');
if (!simon) throw new Error('the sample personas have no Simon');
const dates = simon.assessments.map((a) => a.date).sort();

interface Drawn {
  ms: number;
  scriptMs: number;
  nodes: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};

type MineWindow = Window & { drawMine: (data: unknown) => Promise<Drawn> };

const { base, browser, close } = await benchPages({ pages: ['mine'], out, minify: true });

async function measure(kind: 'cold' | 'warm' | 'page'): Promise<Drawn> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport({ width: 390, height: 844 });
    const session = await page.createCDPSession();
    if (kind === 'page') {
      await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      // As a string: tsx would name the functions with a helper the page does not have.
      await page.evaluateOnNewDocument(`
        const data = ${JSON.stringify(simon)};
        let draw;
        Object.defineProperty(window, 'drawMine', {
          configurable: true,
          get: () => draw,
          set(value) {
            draw = value;
            queueMicrotask(() => value(data).then((r) => (window.drawn = { ...r, at: performance.now() })));
          },
        });
      `);
      await page.goto(`${base}mine.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { drawn?: unknown }).drawn !== undefined, {
        timeout: 120_000,
      });
      const drawn = await page.evaluate(() => (window as unknown as { drawn: Drawn & { at: number } }).drawn);
      return { ms: drawn.at, scriptMs: drawn.scriptMs, nodes: drawn.nodes };
    }
    await page.goto(`${base}mine.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as Partial<MineWindow>).drawMine !== undefined);
    if (kind === 'warm')
      await page.evaluate((data: unknown) => (window as unknown as MineWindow).drawMine(data), simon);
    await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    return await page.evaluate((data: unknown) => (window as unknown as MineWindow).drawMine(data), simon);
  } finally {
    await context.close();
  }
}

const samples: Record<'cold' | 'warm' | 'page', Drawn[]> = { cold: [], warm: [], page: [] };
try {
  for (let run = 0; run < runs; run++) {
    for (const kind of ['cold', 'page', 'warm'] as const) samples[kind].push(await measure(kind));
  }
} finally {
  await close();
}

const html = readFileSync(join(out, 'mine.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].flatMap((m) =>
  m[1] ? [m[1]] : [],
);
const scriptKb =
  files.reduce((sum, f) => sum + gzipSync(readFileSync(join(out, f)), { level: 9 }).length, 0) / 1024;

const cold = median(samples.cold.map((s) => s.ms));
console.log(
  `\nThe young person's page: spor-my-progress for Simon (${simon.assessments.length} assessments, ${dates[0]} to ${dates.at(-1)}), median of ${runs} interleaved runs at ${throttle}× CPU`,
);
for (const kind of ['cold', 'page', 'warm'] as const) {
  const ms = median(samples[kind].map((s) => s.ms));
  const scriptMs = median(samples[kind].map((s) => s.scriptMs));
  const what = { cold: 'cold (first draw after load)', page: 'from navigation', warm: 'warm (second draw)' }[
    kind
  ];
  console.log(
    `  ${what.padEnd(30)} first frame ${ms.toFixed(1).padStart(7)} ms (script ${scriptMs.toFixed(1)} ms)`,
  );
}
console.log(`  shadow DOM: ${samples.cold[0]?.nodes ?? 0} elements (the page's own)`);
console.log(
  `  script the page loads for it (its entry and imports): ${scriptKb.toFixed(1)} KB min+gzip, ${files.length} file(s)`,
);
const ok = cold <= budgetMs;
console.log(`  ${ok ? '✓' : '✗'} cold first frame @${throttle}× ≤ ${budgetMs} ms (${cold.toFixed(1)} ms)`);
process.exit(ok ? 0 : 1);
