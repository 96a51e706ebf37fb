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
  'dist/export.js',
  'dist/spor.bundle.js',
  ...[
    'spor-sparkline',
    'spor-trend-chart',
    'spor-trait-star',
    'spor-dimension-summary',
    'spor-data-table',
    'spor-assessment-form',
    'spor-conversation-guide',
    'spor-progress-conversation',
    'spor-conversation-summary',
  ].flatMap((tag) => [
    `dist/elements/${tag}.js`,
    `dist/elements/${tag}.component.js`,
    `dist/elements/${tag}.component.d.ts`,
  ]),
  'dist/types/index.d.ts',
  'dist/types/core/index.d.ts',
  'dist/progress-data.schema.json',
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
const bad = core.parseProgressData({ schemaVersion: 2 }, { locale: 'en' });
if (bad.ok || bad.issues.length === 0)
  fail('parseProgressData accepted an unsupported schemaVersion in Node');

// 2. The bundle has no bare imports left and loads under a strict CSP.
const bundle = readFileSync(join(root, 'dist/spor.bundle.js'));
if (/\bfrom\s*["'](?!\.|\/)/.test(bundle.toString()) || /\bimport\s*["'](?!\.|\/)/.test(bundle.toString())) {
  fail('dist/spor.bundle.js still has bare module imports');
}
const gzipKb = gzipSync(bundle, { level: 9 }).length / 1024;

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
<spor-conversation-summary></spor-conversation-summary>
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
const summary = document.querySelector('spor-conversation-summary');
await customElements.whenDefined('spor-conversation-summary');
summary.data = data;
summary.record = { id: 'c', date: '2026-11-06', promptSet: 'nextwork', answers: { changes: 'Svar' } };
await summary.updateComplete;
// The exports run under the same strict CSP (toPNG needs img-src blob:, which this page does not allow).
const kit = await import('/dist/spor.bundle.js');
const exported = {
  svg: kit.toSVG(document.querySelector('spor-trait-star')).startsWith('<svg'),
  csv: kit.toCSV(data, { series: 'traits' }).startsWith('Periode;Fra;Til;Initiativ'),
};
window.__result = {
  ...Object.fromEntries(tags.map((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    return [tag, !!root && root.querySelector('[part~="error"]') === null && root.querySelectorAll('svg, table, [part~="card"], button').length > 0];
  })),
  'spor-progress-conversation': !!guide?.shadowRoot?.querySelector('textarea') && conversation.shadowRoot.querySelector('[part~="error"]') === null,
  'spor-conversation-summary': summary.shadowRoot?.querySelector('[part~="answer"]')?.textContent?.includes('Svar') === true,
  'toSVG and toCSV': exported.svg && exported.csv,
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
  for (const violation of violations) fail(`CSP violation: ${violation}`);
} finally {
  await browser.close();
  server.close();
}

console.log(
  `dist: core runs in Node; bundle ${gzipKb.toFixed(1)} KB min+gzip; CSP violations: ${failures.filter((f) => f.startsWith('CSP')).length}`,
);
if (failures.length > 0) {
  for (const f of failures) console.error(`✗ ${f}`);
  process.exit(1);
}
