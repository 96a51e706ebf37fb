// Profiles one cold draw of the benchmark's Spor page (6 traits × 104 weeks, or BENCH_WEEKS; or
// BENCH_CASE=append, a week appended to a drawn chart):
// builds bench/ unminified, opens spor.html in a new page, waits until the script has loaded and
// evaluated, then records a CPU profile of the first draw (at BENCH_THROTTLE×, default 1).
// Prints the functions with the most self time and the time per source file, and writes
// .bench/cold.cpuprofile (open it in Chromium's DevTools, Performance panel, to see the flame chart).
//
//   node scripts/profile-cold.mjs            # or: BENCH_THROTTLE=4 node scripts/profile-cold.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchPages } from './bench-pages.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.bench/profile');
const weeks = Number(process.env.BENCH_WEEKS ?? 104);
const throttle = Number(process.env.BENCH_THROTTLE ?? 1);
// `draw` (default): the cold first draw; `append`: one week appended to a drawn chart (warm; only the
// append itself is profiled).
const benchmark = process.env.BENCH_CASE ?? 'draw';

const { base, browser, close } = await benchPages({ pages: ['spor'], out, minify: false });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(`${base}spor.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchmarks !== undefined);
  // An append is measured warm, as the bench does: a warm-up append, then the chart it appends to,
  // both outside the profile.
  if (benchmark === 'append') {
    await page.evaluate(() => window.benchmarks.append(8));
    await page.evaluate((w) => window.benchmarks.appendPrepare(w), weeks);
  }
  const session = await page.createCDPSession();
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await session.send('Profiler.start');
  const run = benchmark === 'append' ? 'appendRun' : benchmark;
  const result = await page.evaluate((b, w) => window.benchmarks[b](w), run, weeks);
  const { profile } = await session.send('Profiler.stop');
  writeFileSync(join(root, '.bench/cold.cpuprofile'), JSON.stringify(profile));

  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const self = new Map();
  const byFile = new Map();
  for (const node of profile.nodes) {
    const ms = dt.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? url.replace(/^.*\/assets\//, '') : `(${functionName || 'program'})`;
    const key = `${functionName || '(anonymous)'}  ${file}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const top = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${k}`)
      .join('\n');
  console.log(`${benchmark} 6×${weeks} at ${throttle}×: ${result.ms.toFixed(1)} ms`);
  console.log(`\nself time by function:\n${top(self, 30)}\n\nby file:\n${top(byFile, 10)}`);
  console.log('\nwrote .bench/cold.cpuprofile');
} finally {
  await close();
}
