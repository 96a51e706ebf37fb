// After `npm run build`: checks what a host gets. The entries exist, `dist/core.js` runs in Node
// with no DOM, and the single-file bundle works from one <script type="module"> on a page under a
// strict Content-Security-Policy (`script-src 'self'; style-src 'self'`) with no violation.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const failures = [];
const fail = (message) => failures.push(message);

const required = [
  'dist/index.js',
  'dist/core.js',
  'dist/spor.bundle.js',
  'dist/spor-charts.bundle.js',
  ...[
    'spor-sparkline',
    'spor-trend-chart',
    'spor-trait-star',
    'spor-dimension-summary',
    'spor-data-table',
    'spor-assessment-form',
    'spor-conversation-guide',
    'spor-progress-conversation',
    'spor-cohort-outcomes',
  ].flatMap((tag) => [
    `dist/elements/${tag}.js`,
    `dist/elements/${tag}.component.js`,
    `dist/elements/${tag}.component.d.ts`,
  ]),
  'dist/types/index.d.ts',
  'dist/types/core/index.d.ts',
  'dist/progress-data.schema.json',
  'dist/cohort-outcomes.schema.json',
  'sql/tables.sql',
  'sql/cohort-outcomes.sql',
  'custom-elements.json',
];
for (const file of required) if (!existsSync(join(root, file))) fail(`missing ${file}`);

// 1. The core entry runs in Node and imports nothing from the DOM layers.
const coreSource = readFileSync(join(root, 'dist/core.js'), 'utf8');
if (/from\s+['"]lit/.test(coreSource)) fail('dist/core.js imports lit');
const core = await import(join(root, 'dist/core.js'));
for (const persona of core.samplePersonas) {
  const parsed = core.parseProgressData(persona);
  if (!parsed.ok) fail(`persona ${persona.participant?.id} does not parse in Node`);
  else core.aggregate(parsed.data);
}
const counted = core.cohortOutcomes(core.samplePersonas, {
  period: '2026-H1',
  today: '2026-11-30',
  minCellSize: 1,
});
if (!core.parseCohortOutcomes(counted).ok)
  fail('cohortOutcomes in Node made outcomes parseCohortOutcomes refuses');
const bad = core.parseProgressData({ schemaVersion: 2 }, { locale: 'en' });
if (bad.ok || bad.issues.length === 0)
  fail('parseProgressData accepted an unsupported schemaVersion in Node');

// 2. The bundle has no bare imports left and loads under a strict CSP.
const bundle = readFileSync(join(root, 'dist/spor.bundle.js'));
const chartsBundle = readFileSync(join(root, 'dist/spor-charts.bundle.js'));
for (const [name, code] of [
  ['dist/spor.bundle.js', bundle],
  ['dist/spor-charts.bundle.js', chartsBundle],
]) {
  if (/\bfrom\s*["'](?!\.|\/)/.test(code.toString()) || /\bimport\s*["'](?!\.|\/)/.test(code.toString())) {
    fail(`${name} still has bare module imports`);
  }
}
const gzipKb = gzipSync(bundle, { level: 9 }).length / 1024;
const chartsKb = gzipSync(chartsBundle, { level: 9 }).length / 1024;

const persona = core.samplePersonas[0];
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP check</title>
<script type="module" src="/dist/spor.bundle.js"></script></head>
<body>
<spor-sparkline label="Punctuality" min="1" max="5"></spor-sparkline>
<spor-dimension-summary></spor-dimension-summary>
<spor-trend-chart series="traits"></spor-trend-chart>
<spor-trait-star></spor-trait-star>
<spor-data-table></spor-data-table>
<spor-assessment-form instrument="weekly-company"></spor-assessment-form>
<spor-progress-conversation date="2026-11-13"></spor-progress-conversation>
<spor-cohort-outcomes></spor-cohort-outcomes>
<script type="module" src="/check.js"></script></body></html>`;
// The persona goes in as a script (not fetched): the page allows scripts from 'self' and nothing else.
const check = `
const data = ${JSON.stringify(persona)};
const tags = ['spor-sparkline', 'spor-dimension-summary', 'spor-trend-chart', 'spor-trait-star', 'spor-data-table', 'spor-assessment-form'];
await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
document.querySelector('spor-sparkline').values = [2, 3, null, 4];
for (const tag of tags.slice(1, 5)) document.querySelector(tag).data = data;
document.querySelector('spor-assessment-form').participant = { id: data.participant.id, displayName: data.participant.displayName };
await Promise.all(tags.map((tag) => document.querySelector(tag).updateComplete));
const conversation = document.querySelector('spor-progress-conversation');
await customElements.whenDefined('spor-progress-conversation');
conversation.data = data;
await conversation.updateComplete;
const guide = conversation.shadowRoot.querySelector('spor-conversation-guide');
await guide?.updateComplete;
// The bundle's own cohortOutcomes (the same module the page loaded) feeds the cohort element.
const { cohortOutcomes } = await import('/dist/spor.bundle.js');
const cohort = document.querySelector('spor-cohort-outcomes');
await customElements.whenDefined('spor-cohort-outcomes');
cohort.outcomes = cohortOutcomes([data], { period: '2026-H1', today: '2026-11-30', minCellSize: 1 });
await cohort.updateComplete;
window.__result = {
  ...Object.fromEntries(tags.map((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    return [tag, !!root && root.querySelector('[part~="error"]') === null && root.querySelectorAll('svg, table, [part~="card"], button').length > 0];
  })),
  'spor-progress-conversation': !!guide?.shadowRoot?.querySelector('textarea') && conversation.shadowRoot.querySelector('[part~="error"]') === null,
  'spor-cohort-outcomes': cohort.shadowRoot.querySelectorAll('[part~="measure"]').length === 6 && cohort.shadowRoot.querySelector('[part~="error"]') === null,
};
`;
// The charts-only bundle draws its five elements on a page of its own, under the same policy.
const chartTags = [
  'spor-sparkline',
  'spor-dimension-summary',
  'spor-trend-chart',
  'spor-trait-star',
  'spor-data-table',
];
const chartsPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP check: charts</title>
<script type="module" src="/dist/spor-charts.bundle.js"></script></head>
<body>${chartTags.map((tag) => `<${tag}></${tag}>`).join('')}
<script type="module" src="/check-charts.js"></script></body></html>`;
const checkCharts = `
const data = ${JSON.stringify(persona)};
const tags = ${JSON.stringify(chartTags)};
await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
document.querySelector('spor-sparkline').values = [2, 3, null, 4];
for (const tag of tags.slice(1)) document.querySelector(tag).data = data;
await Promise.all(tags.map((tag) => document.querySelector(tag).updateComplete));
window.__result = {
  ...Object.fromEntries(tags.map((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    return [tag, !!root && root.querySelector('[part~="error"]') === null && root.querySelectorAll('svg, table, [part~="card"], button').length > 0];
  })),
  'no form or conversation element': ['spor-assessment-form', 'spor-progress-conversation'].every((t) => !customElements.get(t)),
};
`;
const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
const server = createServer((req, res) => {
  const headers = {
    'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'",
  };
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') return res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(page);
  if (url.pathname === '/check.js')
    return res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(check);
  if (url.pathname === '/charts')
    return res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(chartsPage);
  if (url.pathname === '/check-charts.js')
    return res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(checkCharts);
  const file = normalize(join(root, url.pathname));
  if (!file.startsWith(join(root, 'dist')) || !existsSync(file)) return res.writeHead(404).end();
  res
    .writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
    .end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
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
try {
  const tab = await browser.newPage();
  const violations = [];
  tab.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  tab.on('pageerror', (error) => fail(`page error: ${error.message}`));
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Refused to: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await tab.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__result !== undefined, { timeout: 10000 });
  const result = await tab.evaluate(() => window.__result);
  for (const [tag, isDrawn] of Object.entries(result)) if (!isDrawn) fail(`the bundle did not draw ${tag}`);
  await tab.goto(`http://127.0.0.1:${port}/charts`, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__result !== undefined, { timeout: 10000 });
  const charts = await tab.evaluate(() => window.__result);
  for (const [tag, ok] of Object.entries(charts)) if (!ok) fail(`the charts bundle: ${tag} failed`);
  for (const violation of violations) fail(`CSP violation: ${violation}`);
} finally {
  await browser.close();
  server.close();
}

console.log(
  `dist: core runs in Node; bundle ${gzipKb.toFixed(1)} KB, charts bundle ${chartsKb.toFixed(1)} KB min+gzip; CSP violations: ${failures.filter((f) => f.startsWith('CSP')).length}`,
);
if (failures.length > 0) {
  for (const f of failures) console.error(`✗ ${f}`);
  process.exit(1);
}
