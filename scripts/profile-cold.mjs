// Profiles one cold draw of the benchmark's Spor page (6 traits × 104 weeks, or BENCH_WEEKS; or
// BENCH_CASE=append, a week appended to a drawn chart):
// builds bench/ unminified, opens spor.html in a new page, waits until the script has loaded and
// evaluated, then records a CPU profile of the first draw (at BENCH_THROTTLE×, default 1).
// Prints the functions with the most self time and the time per source file, and writes
// .bench/cold.cpuprofile (open it in Chromium's DevTools, Performance panel, to see the flame chart).
//
//   node scripts/profile-cold.mjs            # or: BENCH_THROTTLE=4 node scripts/profile-cold.mjs
import { createServer } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.bench/profile');
const weeks = Number(process.env.BENCH_WEEKS ?? 104);
const throttle = Number(process.env.BENCH_THROTTLE ?? 1);
// `draw` (default): the cold first draw; `append`: one week appended to a drawn chart (warm).
const benchmark = process.env.BENCH_CASE ?? 'draw';

await build({
  root: join(root, 'bench'),
  logLevel: 'warn',
  configFile: false,
  build: {
    outDir: out,
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    rolldownOptions: { input: { spor: join(root, 'bench/spor.html') } },
  },
});
const types = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css' };
const server = createServer((req, res) => {
  const file = normalize(join(out, new URL(req.url ?? '/', 'http://localhost').pathname));
  if (!file.startsWith(out) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(`http://127.0.0.1:${server.address().port}/spor.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchmarks !== undefined);
  const session = await page.createCDPSession();
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await session.send('Profiler.start');
  const result = await page.evaluate((b, w) => window.benchmarks[b](w), benchmark, weeks);
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
  await browser.close();
  server.close();
}
