// After `npm run build`: checks what a host gets. The entries exist, `dist/core.js` runs in Node
// with no DOM, and the single-file bundles work from one <script type="module"> on a page under a
// strict Content-Security-Policy (below) with no `securitypolicyviolation`: every element drawn,
// a whole conversation walked by clicks and keys to its record, and a weekly report filed. The
// autoloader (dist/spor-autoloader.js) under the same policy: the elements it finds drawn, each
// defined once, every file fetched once, later tags and tags in a shadow root handed to `discover`
// upgraded, and the documented preload lists (docs/autoloader-preload.md) those of the build.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { preloadLists, readAutoloadManifest } from './write-autoload-preload.mjs';

const root = new URL('..', import.meta.url).pathname;
const failures = [];
const fail = (message) => failures.push(message);

const allTags = [
  'spor-sparkline',
  'spor-trend-chart',
  'spor-trait-star',
  'spor-dimension-summary',
  'spor-data-table',
  'spor-assessment-form',
  'spor-conversation-guide',
  'spor-progress-conversation',
  'spor-follow-up-plan',
  'spor-week-hours',
  'spor-cohort-outcomes',
  'spor-conversation-summary',
  'spor-my-progress',
  'spor-experience-log',
];
const chartTags = allTags.slice(0, 5);
const required = [
  'dist/index.js',
  'dist/core.js',
  'dist/export.js',
  'dist/spor.bundle.js',
  'dist/spor-charts.bundle.js',
  'dist/react.js',
  'dist/react.d.ts',
  'dist/spor-autoloader.js',
  'dist/types/autoloader.d.ts',
  'dist/auto/manifest.json',
  ...allTags.map((tag) => `dist/auto/${tag}.js`),
  'dist/types/react-jsx.d.ts',
  'dist/types/vue.d.ts',
  ...allTags.flatMap((tag) => [
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
const counted = core.cohortReport(core.samplePersonas, {
  period: '2026-H1',
  today: '2026-11-30',
  minCellSize: 3,
});
if (!core.parseCohortOutcomes(counted, { today: '2026-11-30' }).ok)
  fail('cohortReport in Node made outcomes parseCohortOutcomes refuses');
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
// The charts bundle carries only the words its five elements show: sentences that only the form,
// the conversation, the programme views and the second-line drafts say are in the everything
// bundle and not in it (an element imports its own areas of src/i18n, never the whole).
const wordsOfOthers = [
  ['the form', 'Scoren vises, når alle spørgsmål er besvaret.'],
  ['the conversation', 'Se det hele igennem, før I afslutter.'],
  ['the conversation summary', 'Der er ingen afsluttet samtale at vise.'],
  ['the cohort', 'Andelen vises ikke, fordi tallet er skjult.'],
  ['the follow-up plan', 'Den unge sagde nej tak. Det er helt i orden.'],
  ['the week hours', 'Planlagte og mødte timer i hver uge'],
  ['the Arabic second line', 'العربية'],
  ['the Ukrainian second line', 'Українська'],
];
const chartsWordsOnly = ['Vis som diagram', 'Sådan læses diagrammet', 'Ingen data endnu'];
const [allText, chartsText] = [bundle.toString(), chartsBundle.toString()];
for (const [whose, sentence] of wordsOfOthers) {
  if (chartsText.includes(sentence))
    fail(`dist/spor-charts.bundle.js carries words of ${whose} ("${sentence}")`);
  if (!allText.includes(sentence)) fail(`dist/spor.bundle.js lacks words of ${whose} ("${sentence}")`);
}
for (const sentence of chartsWordsOnly) {
  if (!chartsText.includes(sentence))
    fail(`dist/spor-charts.bundle.js lacks the charts' words ("${sentence}")`);
}

// The charts bundle validates with the generated validators (src/core/read/validate.ts), never with zod:
// none of zod's code may reach it, not even its schemas' constructors.
// The same for the everything bundle, which exports no zod schema (`spor/core` does).
for (const marker of ['_zod', '$ZodType', 'ZodMini']) {
  if (chartsBundle.toString().includes(marker))
    fail(`dist/spor-charts.bundle.js contains zod code ("${marker}")`);
  if (bundle.toString().includes(marker)) fail(`dist/spor.bundle.js contains zod code ("${marker}")`);
}
// Nor does any element's own entry reach zod through its chunks: only `index` and `core`, which
// export the schemas, load the chunk that builds them.
const reaches = (file, seen = new Set()) => {
  if (seen.has(file)) return false;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  if (/\b(?:from|import)\s*["']zod/.test(code)) return true;
  const imports = [...code.matchAll(/\b(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
  return imports.some((path) => reaches(join(file, '..', path), seen));
};
for (const tag of allTags) {
  if (reaches(join(root, `dist/elements/${tag}.js`))) fail(`dist/elements/${tag}.js loads zod`);
}
// 3. On demand, not up front: the export code loads when an export is asked for, a second
// line's words when `second-locale` names them. The library build is not minified, so each module
// a chunk holds is named in it (`// src/export/to-svg.ts`).
/** The files `file` imports statically (`import … from`, `import "…"`), and theirs, itself included. */
const staticGraphOf = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g))
    staticGraphOf(join(file, '..', path), seen);
  return seen;
};
/** The files the graph imports dynamically (`import("…")`). */
const dynamicImportsOf = (files) =>
  [...files].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map(([, path]) =>
      join(file, '..', path),
    ),
  );
const holds = (files, module) =>
  [...files].some((file) => readFileSync(file, 'utf8').includes(`// ${module}\n`));
const onDemand = [
  ['dist/elements/spor-trend-chart.js', ['src/export/to-svg.ts', 'src/export/to-csv.ts']],
  ['dist/elements/spor-data-table.js', ['src/export/to-csv.ts']],
  ['dist/elements/spor-conversation-guide.js', ['src/i18n/second/ar.ts', 'src/i18n/second/uk.ts']],
];
for (const [entry, modules] of onDemand) {
  const graph = staticGraphOf(join(root, entry));
  const later = dynamicImportsOf(graph).map((file) => staticGraphOf(file));
  for (const module of modules) {
    if (holds(graph, module)) fail(`${entry} loads ${module} up front (it is to load on demand)`);
    if (!later.some((files) => holds(files, module))) fail(`${entry} cannot load ${module} on demand`);
  }
}
// Each draft of a second line is a chunk of its own: naming Arabic does not load Ukrainian.
const guideLater = dynamicImportsOf(staticGraphOf(join(root, 'dist/elements/spor-conversation-guide.js')));
for (const file of guideLater) {
  const files = staticGraphOf(file);
  if (holds(files, 'src/i18n/second/ar.ts') && holds(files, 'src/i18n/second/uk.ts'))
    fail(`${file} loads both second-line drafts at once`);
}
// The single-file bundles inline what loads on demand: no import of a file of their own.
for (const [name, code] of [
  ['dist/spor.bundle.js', bundle],
  ['dist/spor-charts.bundle.js', chartsBundle],
]) {
  if (/\bimport\s*\(/.test(code.toString())) fail(`${name} imports another file dynamically`);
}

const gzipKb = gzipSync(bundle, { level: 9 }).length / 1024;
const chartsKb = gzipSync(chartsBundle, { level: 9 }).length / 1024;

const persona = core.samplePersonas[0];
// The five charts, as both bundles' pages show them.
const chartsMarkup = `<spor-sparkline label="Punctuality" min="1" max="5"></spor-sparkline>
<spor-dimension-summary></spor-dimension-summary>
<spor-trend-chart series="traits"></spor-trend-chart>
<spor-trait-star></spor-trait-star>
<spor-data-table></spor-data-table>`;
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP check</title>
<script type="module" src="/dist/spor.bundle.js"></script></head>
<body>
${chartsMarkup}
<spor-assessment-form instrument="weekly-company"></spor-assessment-form>
<spor-conversation-guide date="2026-11-13"></spor-conversation-guide>
<spor-progress-conversation date="2026-11-13"></spor-progress-conversation>
<spor-follow-up-plan today="2026-11-13"></spor-follow-up-plan>
<spor-week-hours></spor-week-hours>
<spor-cohort-outcomes></spor-cohort-outcomes>
<spor-conversation-summary></spor-conversation-summary>
<spor-my-progress></spor-my-progress>
<spor-experience-log today="2026-11-13"></spor-experience-log>
<script type="module" src="/check.js"></script></body></html>`;
// The persona goes in as a script (not fetched): the page allows scripts from 'self' and nothing else.
// Every spor-* element on the page gets what it takes (the sparkline numbers, the form a participant,
// the others the persona); the page's result says which of them drew. Used by both pages.
const check = `
const data = ${JSON.stringify(persona)};
const elements = [...document.body.children].filter((el) => el.localName.startsWith('spor-'));
await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
document.addEventListener('spor-conversation-complete', (event) => (window.__completed = event.detail.record));
document.addEventListener('spor-assessment-submit', (event) => (window.__submitted = event.detail.assessment));
for (const el of elements) {
  if (el.localName === 'spor-cohort-outcomes') {
    // The bundle's own cohortReport (the module the page loaded) feeds the cohort element.
    const { cohortReport } = await import('/dist/spor.bundle.js');
    // Five copies of the persona: enough people to be shown at all (cells of 3).
    el.outcomes = cohortReport([data, data, data, data, data], { period: '2026-H1', today: '2026-11-30', minCellSize: 3 });
  } else if (el.localName === 'spor-conversation-summary') {
    el.data = data;
    el.record = { id: 'c', date: '2026-11-06', promptSet: 'nextwork', answers: { changes: 'Svar' } };
  } else if (el.localName === 'spor-sparkline') el.values = [2, 3, null, 4];
  else if (el.localName === 'spor-assessment-form') el.participant = { id: data.participant.id, displayName: data.participant.displayName };
  else el.data = data;
}
await Promise.all(elements.map((el) => el.updateComplete));
const guide = document.querySelector('spor-progress-conversation')?.shadowRoot.querySelector('spor-conversation-guide');
await guide?.updateComplete;
window.__result = Object.fromEntries(elements.map((el) => {
  const root = el.shadowRoot;
  const isClean = !!root && root.querySelector('[part~="error"]') === null;
  // The conversation view draws through its children: its guide's answer field stands for it.
  if (el.localName === 'spor-progress-conversation') return [el.localName, isClean && !!guide?.shadowRoot?.querySelector('textarea')];
  if (el.localName === 'spor-cohort-outcomes') return [el.localName, isClean && root.querySelectorAll('[part~="measure"]').length === 6];
  if (el.localName === 'spor-conversation-summary') return [el.localName, isClean && root.querySelector('[part~="answer"]')?.textContent?.includes('Svar') === true];
  return [el.localName, isClean && root.querySelectorAll('svg, table, [part~="card"], button, textarea').length > 0];
}));
// The exports run under the same strict CSP (toPNG needs img-src blob:, which this page does not
// allow); only on the page with every element, the charts bundle has none.
if (document.querySelector('spor-conversation-summary')) {
  const kit = await import('/dist/spor.bundle.js');
  window.__result['toSVG and toCSV'] =
    kit.toSVG(document.querySelector('spor-trait-star')).startsWith('<svg') &&
    kit.toCSV(data, { series: 'traits' }).startsWith('Periode;Fra;Til;Initiativ');
}
`;
// The charts-only bundle on a page of its own.
const chartsPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP check: charts</title>
<script type="module" src="/dist/spor-charts.bundle.js"></script></head>
<body>
${chartsMarkup}
<script type="module" src="/check.js"></script></body></html>`;
// The autoloader alone: three elements in the markup, their data set by the page's own script
// before they are defined (Lit keeps such properties); then a tag added later, one in an open shadow
// root handed to `discover`, one added to that root afterwards, and a tag the kit does not have
// (none of them defined by the first three as the children they render).
const autoloaderPage = (head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>CSP check: autoloader</title>${head}
<script type="module" src="/dist/spor-autoloader.js"></script></head>
<body>${body}<script type="module" src="/auto-check.js"></script></body></html>`;
const autoMarkup = `<spor-trend-chart series="traits"></spor-trend-chart>
<spor-progress-conversation date="2026-11-13"></spor-progress-conversation>
<spor-my-progress></spor-my-progress>`;
const autoCheck = `
const data = ${JSON.stringify(persona)};
const inMarkup = [...document.body.children].filter((el) => el.localName.startsWith('spor-'));
for (const el of inMarkup) el.data = data;
const drew = async (el) => {
  await customElements.whenDefined(el.localName);
  await el.updateComplete;
  const root = el.shadowRoot;
  if (!root || root.querySelector('[part~="error"]')) return false;
  if (el.localName === 'spor-progress-conversation') {
    const guide = root.querySelector('spor-conversation-guide');
    await guide?.updateComplete;
    return !!guide?.shadowRoot?.querySelector('textarea');
  }
  return root.querySelectorAll('svg, [part~="card"], button').length > 0;
};
const result = Object.fromEntries(await Promise.all(inMarkup.map(async (el) => [el.localName, await drew(el)])));
if (location.pathname === '/auto.html') {
  // Tags the first three do not define as their children (those are checked to be defined once).
  const later = document.createElement('spor-week-hours');
  later.data = data;
  document.body.append(later);
  document.body.append(document.createElement('spor-not-in-the-kit'));
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const plan = document.createElement('spor-follow-up-plan');
  plan.setAttribute('today', '2026-11-13');
  plan.data = data;
  shadow.append(plan);
  const { discover } = await import('/dist/spor-autoloader.js');
  await discover(shadow);
  const log = document.createElement('spor-experience-log');
  log.setAttribute('today', '2026-11-13');
  log.data = data;
  shadow.append(log);
  result['spor-week-hours added later'] = await drew(later);
  result['spor-follow-up-plan in a shadow root'] = await drew(plan);
  result['spor-experience-log added to that root later'] = await drew(log);
  // A second discover of the same root, and of the document, loads nothing again.
  await discover(shadow);
  await discover(document);
}
window.__result = result;
`;
const trendPreload = preloadLists(readAutoloadManifest())['spor-trend-chart'] ?? [];
if (trendPreload.length === 0) fail('the autoloader manifest has no spor-trend-chart');
const autoTrendPage = autoloaderPage(
  trendPreload.map((file) => `<link rel="modulepreload" href="/dist/${file}">`).join('\n'),
  '<spor-trend-chart series="traits"></spor-trend-chart>',
);

const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
const server = createServer((req, res) => {
  const headers = {
    'Content-Security-Policy': csp,
  };
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') return res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(page);
  if (url.pathname === '/check.js')
    return res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(check);
  if (url.pathname === '/auto.html')
    return res
      .writeHead(200, { ...headers, 'Content-Type': 'text/html' })
      .end(autoloaderPage('', autoMarkup));
  if (url.pathname === '/auto-trend.html')
    return res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(autoTrendPage);
  if (url.pathname === '/auto-check.js')
    return res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(autoCheck);
  if (url.pathname === '/charts.html')
    return res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(chartsPage);
  const file = normalize(join(root, url.pathname));
  if (!file.startsWith(join(root, 'dist')) || !existsSync(file)) return res.writeHead(404).end();
  res
    .writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
    .end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
const browser = await puppeteer.launch(chromiumLaunchOptions);
/** Opens a page with every violation counted (the event, and Chromium's console report of it). */
async function visit(path, tags) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1024, height: 768 });
  tab.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text()))
      fail(`CSP violation on ${path}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => fail(`page error on ${path}: ${error.message}`));
  await tab.evaluateOnNewDocument(() => {
    window.__violations = 0;
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations += 1;
      console.error(`Refused to: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await tab.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__result !== undefined, { timeout: 10000 });
  const result = await tab.evaluate(() => window.__result);
  for (const tag of tags) if (result[tag] !== true) fail(`${path}: the bundle did not draw ${tag}`);
  return tab;
}

/** A whole conversation in the conversation view, as a mentor's clicks and keys, to its record. */
async function walkConversation(tab) {
  const inGuide = (selector) => `spor-progress-conversation >>> spor-conversation-guide >>> ${selector}`;
  let steps = 0;
  for (; steps < 12 && (await tab.$(inGuide('.next'))); steps += 1) {
    const answer = await tab.$(inGuide('textarea'));
    await answer?.type(`Svar ${steps + 1}`);
    const areas = await tab.$$(inGuide('input[type="radio"][name="focus"]'));
    if (areas.length > 0) await areas[0].click();
    await (await tab.$(inGuide('.next'))).click();
  }
  await (await tab.waitForSelector(inGuide('.finish'))).click();
  await tab.waitForFunction(() => window.__completed !== undefined, { timeout: 5000 });
  const record = await tab.evaluate(() => window.__completed);
  if (!core.ConversationRecordSchema.safeParse(record).success)
    fail('the walked conversation gave an invalid record');
  if (Object.keys(record.answers ?? {}).length !== steps || !record.focus)
    fail(
      `the walked conversation's record has ${Object.keys(record.answers ?? {}).length} answers for ${steps} steps, focus ${record.focus}`,
    );
  return steps;
}

/** The company's weekly report: a value on every scale, the required note, sent. */
async function fileWeeklyReport(tab) {
  const groups = await tab.$$('spor-assessment-form >>> [role="radiogroup"]');
  for (const group of groups) {
    const [, , third] = await group.$$('[role="radio"]');
    await third.click();
  }
  await (await tab.$('spor-assessment-form >>> textarea')).type('Tog selv initiativ til truckcertifikatet.');
  await (await tab.$('spor-assessment-form >>> [part~="submit"]')).click();
  await tab.waitForFunction(() => window.__submitted !== undefined, { timeout: 5000 });
  const assessment = await tab.evaluate(() => window.__submitted);
  if (!core.AssessmentSchema.safeParse(assessment).success)
    fail('the filed weekly report is not a valid assessment');
  return groups.length;
}

/**
 * A page that loads only the autoloader: what it draws, how often each tag is defined, every
 * script it fetched (each once, none missing, none for a tag the kit lacks), no console error.
 */
async function visitAutoloader(path) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1024, height: 768 });
  const fetched = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|Refused to/i.test(message.text()))
      fail(`console error on ${path}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => fail(`page error on ${path}: ${error.message}`));
  tab.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() !== 200) fail(`${path}: ${url.pathname} answered ${response.status()}`);
    if (url.pathname.endsWith('.js')) fetched.push(url.pathname);
  });
  await tab.evaluateOnNewDocument(() => {
    window.__violations = 0;
    window.__defined = {};
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations += 1;
      console.error(`Refused to: ${event.violatedDirective} ${event.blockedURI}`);
    });
    const define = customElements.define.bind(customElements);
    customElements.define = (tag, ...rest) => {
      window.__defined[tag] = (window.__defined[tag] ?? 0) + 1;
      return define(tag, ...rest);
    };
  });
  await tab.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__result !== undefined, { timeout: 15000 });
  const [result, defined, violations] = await tab.evaluate(() => [
    window.__result,
    window.__defined,
    window.__violations,
  ]);
  if (violations > 0) fail(`CSP violation: ${violations} securitypolicyviolation events on ${path}`);
  for (const [what, drew] of Object.entries(result))
    if (drew !== true) fail(`${path}: ${what} was not drawn`);
  for (const [tag, count] of Object.entries(defined))
    if (count !== 1) fail(`${path}: ${tag} was defined ${count} times`);
  const twice = fetched.filter((file, i) => fetched.indexOf(file) !== i);
  if (twice.length > 0) fail(`${path}: fetched more than once: ${twice.join(', ')}`);
  if (fetched.some((file) => file.includes('spor-not-in-the-kit')))
    fail(`${path}: the autoloader fetched a module for a tag the kit does not have`);
  if (
    fetched.some(
      (file) =>
        !file.startsWith('/dist/spor-autoloader.js') &&
        !file.startsWith('/dist/auto/') &&
        file !== '/auto-check.js',
    )
  )
    fail(`${path}: fetched a script from outside the autoloader's folder: ${fetched.join(', ')}`);
  await tab.close();
  return { result, defined, fetched };
}

async function checkAutoloader() {
  const all = await visitAutoloader('/auto.html');
  const expected = [
    'spor-trend-chart',
    'spor-progress-conversation',
    'spor-my-progress',
    'spor-week-hours added later',
    'spor-follow-up-plan in a shadow root',
    'spor-experience-log added to that root later',
  ];
  for (const what of expected) if (all.result[what] !== true) fail(`/auto.html: ${what} was not drawn`);
  // Six tags found, and the elements they render registered by their modules (the trend chart's
  // table, the conversation view's guide, summary and star, my page's sparkline, ...): each defined
  // once, and no other.
  const tags = Object.keys(all.defined).sort();
  const wanted = [
    'spor-conversation-guide',
    'spor-conversation-summary',
    'spor-data-table',
    'spor-dimension-summary',
    'spor-experience-log',
    'spor-follow-up-plan',
    'spor-my-progress',
    'spor-progress-conversation',
    'spor-sparkline',
    'spor-trait-star',
    'spor-trend-chart',
    'spor-week-hours',
  ];
  const spor = tags.filter((tag) => tag.startsWith('spor-'));
  if (spor.join() !== wanted.join())
    fail(`/auto.html defined ${spor.join(', ')}; expected ${wanted.join(', ')}`);
  // The autoloader fetched what the six tags' modules import, and nothing more (its own chunk table
  // agrees with the build's manifest; nothing that loads on demand was asked for).
  const lists = preloadLists(readAutoloadManifest());
  const needed = new Set(
    [
      'spor-trend-chart',
      'spor-progress-conversation',
      'spor-my-progress',
      'spor-week-hours',
      'spor-follow-up-plan',
      'spor-experience-log',
    ].flatMap((tag) => (lists[tag] ?? []).map((file) => `/dist/${file}`)),
  );
  const loaded = new Set(all.fetched.filter((file) => file.startsWith('/dist/auto/')));
  const extra = [...loaded].filter((file) => !needed.has(file));
  const missing = [...needed].filter((file) => !loaded.has(file));
  if (extra.length > 0 || missing.length > 0)
    fail(
      `/auto.html fetched ${extra.join(', ') || 'nothing'} beyond the manifest's lists, and not ${missing.join(', ') || '-'}`,
    );
  // With the documented preload list, the trend chart's page fetches exactly those files.
  const trend = await visitAutoloader('/auto-trend.html');
  const scripts = trend.fetched.filter((file) => file.startsWith('/dist/auto/')).sort();
  const listed = trendPreload.map((file) => `/dist/${file}`).sort();
  if (scripts.join() !== listed.join())
    fail(
      `the trend chart's page fetched ${scripts.join(', ')}; docs/autoloader-preload.md lists ${listed.join(', ')}`,
    );
  const documented = spawnSync(
    process.execPath,
    [join(root, 'scripts/write-autoload-preload.mjs'), '--check'],
    {
      encoding: 'utf8',
    },
  );
  if (documented.status !== 0) fail(documented.stderr.trim().replace(/^✗ /, ''));
  return `autoloader: ${spor.length} tags each defined once, ${all.fetched.length} scripts each fetched once; trend chart with its preload list: ${scripts.length} files`;
}

let autoloaded = '';
let walked = '';
try {
  const tab = await visit('/', allTags);
  const steps = await walkConversation(tab);
  const scales = await fileWeeklyReport(tab);
  const events = await tab.evaluate(() => window.__violations);
  if (events > 0) fail(`CSP violation: ${events} securitypolicyviolation events on /`);
  walked = `conversation walked (${steps} steps), weekly report filed (${scales} scales)`;
  const charts = await visit('/charts.html', chartTags);
  const isChartsOnly = await charts.evaluate(() =>
    ['spor-assessment-form', 'spor-progress-conversation'].every((tag) => !customElements.get(tag)),
  );
  if (!isChartsOnly) fail('the charts bundle defines the form or the conversation view');
  // A host of a charts-only page adds a language through the bundle's registerLocale, from its `en`.
  const somali = await charts.evaluate(async () => {
    const kit = await import('/dist/spor-charts.bundle.js');
    kit.registerLocale('so', {
      ...kit.en,
      language: 'Soomaali',
      chart: { ...kit.en.chart, titleTraits: () => 'Astaamaha waqti ka dib' },
    });
    const chart = document.querySelector('spor-trend-chart');
    chart.locale = 'so';
    await chart.updateComplete;
    return [
      chart.shadowRoot.querySelector('[part~="title"]')?.textContent?.trim(),
      chart.shadowRoot.querySelector('[part~="base"]')?.getAttribute('lang'),
    ];
  });
  if (somali[0] !== 'Astaamaha waqti ka dib' || somali[1] !== 'so')
    fail(
      `the charts bundle's registerLocale did not make the trend chart speak Somali: ${JSON.stringify(somali)}`,
    );
  const chartEvents = await charts.evaluate(() => window.__violations);
  if (chartEvents > 0) fail(`CSP violation: ${chartEvents} securitypolicyviolation events on /charts.html`);
  autoloaded = await checkAutoloader();
} catch (error) {
  fail(`the walk under CSP stopped: ${error.message}`);
} finally {
  await browser.close();
  server.close();
}

console.log(
  `dist: core runs in Node; bundle ${gzipKb.toFixed(1)} KB, charts bundle ${chartsKb.toFixed(1)} KB min+gzip; under "${csp}": every element drawn, ${walked}; ${autoloaded}; CSP violations: ${failures.filter((f) => f.startsWith('CSP')).length}`,
);
if (failures.length > 0) {
  for (const f of failures) console.error(`✗ ${f}`);
  process.exit(1);
}
