// `node scripts/storybook-check.mjs [--globals=look:dark] [--only=charts-trend] [--workers=2]`: the
// built Storybook (`npm run build-storybook` → storybook-static/) in the system's headless Chromium.
// It serves storybook-static/ on a free local port, reads index.json and renders EVERY entry, stories
// and docs pages alike (iframe.html?id=…&viewMode=story|docs); it waits until Storybook reports the
// render finished and every spor-* element on the page, in shadow roots too, has drawn (Lit's
// `updateComplete`, until nothing is pending), then runs axe-core (WCAG 2.0 and 2.1, A and AA) over
// the whole page, open shadow roots included. Any violation, a render error or an exception thrown
// on the page fails the entry. Two more tests: the manager's first sidebar entry is the Introduction,
// and the language toolbar (globals locale:da / locale:en) changes what a chart says.
// Writes test-results/storybook.xml (JUnit: one testcase per entry and one per further test) and
// exits non-zero when anything failed.
//
// Why not @storybook/test-runner: it drives Playwright's own browsers, which cannot be downloaded
// here; this uses puppeteer-core with the system's Chromium (scripts/chromium.mjs) and the axe-core
// that is already installed.
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = resolve('storybook-static');
const report = 'test-results/storybook.xml';
const flag = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
/** Extra globals for every entry, e.g. `look:dark` or `locale:en` (Storybook's URL form). */
const extraGlobals = flag('globals') ?? '';
const only = flag('only') ?? '';
const workers = Number(flag('workers') ?? process.env.STORYBOOK_CHECK_WORKERS ?? 2);
/** How long one entry may take to render and settle before it fails. */
const entryTimeout = 30_000;
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// ── A static server for storybook-static/ on a free port ────────────────────────────────────────
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
};
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) return void response.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

// ── In the page ─────────────────────────────────────────────────────────────────────────────────
/**
 * Before Storybook's scripts run: record the events its preview sends on its channel, so we know
 * when a story or docs page has rendered, or failed to.
 */
function recordStorybookEvents() {
  const events = [];
  // Each render's latest phase (a docs page renders many stories, each through its phases).
  const phases = new Map();
  Object.defineProperty(window, '__sporEvents', { value: events });
  Object.defineProperty(window, '__sporPhases', { value: phases });
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      const emit = value.emit.bind(value);
      value.emit = (name, ...rest) => {
        const detail = name === 'storyThrewException' || name === 'storyErrored' ? rest[0] : undefined;
        events.push({
          name,
          at: performance.now(),
          detail: detail && String(detail.message ?? detail.title ?? ''),
        });
        if (name === 'storyRenderPhaseChanged') phases.set(rest[0].renderId, rest[0].newPhase);
        return emit(name, ...rest);
      };
    },
  });
}

/**
 * Resolves when the page has settled: Storybook finished (a story: `storyFinished`; a docs page:
 * `docsRendered` and then no render event for 300 ms) and every spor-* element, in shadow roots
 * too, is defined and has no update pending. Returns how many elements, or an error.
 */
async function settle(viewMode) {
  const frame = () =>
    Promise.race([
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      new Promise((done) => setTimeout(done, 100)),
    ]);
  const events = window.__sporEvents;
  const failed = () =>
    events.find((e) =>
      ['storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'].includes(e.name),
    );
  const done = viewMode === 'docs' ? 'docsRendered' : 'storyFinished';
  while (!events.some((e) => e.name === done)) {
    const failure = failed();
    if (failure) return { error: `${failure.name}${failure.detail ? `: ${failure.detail}` : ''}` };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  // A docs page renders its stories one by one after `docsRendered`: wait until every render has
  // ended and nothing has happened for 300 ms.
  if (viewMode === 'docs') {
    const ended = ['finished', 'aborted', 'errored'];
    const busy = () => [...window.__sporPhases.values()].some((phase) => !ended.includes(phase));
    while (busy() || performance.now() - events[events.length - 1].at < 300) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const failure = failed();
  if (failure) return { error: `${failure.name}${failure.detail ? `: ${failure.detail}` : ''}` };
  const elements = () => {
    const found = [];
    const visit = (node) => {
      for (const element of node.querySelectorAll('*')) {
        if (element.localName.startsWith('spor-')) found.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  };
  for (let round = 0; round < 50; round += 1) {
    const before = elements();
    const undefinedTag = before.find((element) => !customElements.get(element.localName));
    if (undefinedTag) {
      await Promise.race([customElements.whenDefined(undefinedTag.localName), frame()]);
      continue;
    }
    const complete = await Promise.all(before.map((element) => element.updateComplete ?? true));
    await frame();
    const after = elements();
    if (
      complete.every(Boolean) &&
      after.length === before.length &&
      after.every((element) => !element.isUpdatePending)
    ) {
      // Storybook sizes a docs page's story boxes after they draw: wait until no box or scroll
      // size changes between two looks 100 ms apart (axe judges scrollable regions by them).
      const sizes = () =>
        [document.documentElement, ...document.querySelectorAll('.docs-story, .docs-story *')]
          .map((box) => `${box.scrollWidth}x${box.scrollHeight}/${box.clientWidth}x${box.clientHeight}`)
          .join();
      for (let look = 0, last = sizes(); look < 30; look += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const now = sizes();
        if (now === last) break;
        last = now;
      }
      return { elements: after.length };
    }
  }
  return { error: 'the spor-* elements did not settle (an update kept being requested)' };
}

/**
 * axe over the whole document, open shadow roots included (axe pierces them by itself). One part is
 * left out: Storybook's own JSON editor (`.rejt-tree`, the object control in a docs page's args
 * table), which puts its <li> in a <div>: Storybook's markup, not the kit's, and not fixable here.
 */
async function runAxe(tags) {
  const result = await window.axe.run(
    { include: [document], exclude: [['.rejt-tree']] },
    {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    },
  );
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => ({
      // A node in a shadow root is a list of selectors, host by host.
      target: node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' >>> '),
      summary: node.failureSummary,
    })),
  }));
}

/** The text a reader sees, through shadow roots: the text nodes whose parent is rendered. */
function visibleText() {
  const parts = [];
  const visit = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const parent = child.parentElement;
        if (parent && parent.checkVisibility()) parts.push(child.textContent);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    }
  };
  visit(document.body);
  // Joined as drawn: a name in its own <bdi> and the words after it are one phrase ("Simon" "s udvikling").
  return parts.join('').replace(/\s+/g, ' ');
}

// ── Driving the browser ─────────────────────────────────────────────────────────────────────────
const browser = await puppeteer.launch({
  ...chromiumLaunchOptions,
  // Pages run side by side: none of them is a background tab whose frames and timers are throttled.
  args: [
    ...chromiumLaunchOptions.args,
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ],
});

async function openPage() {
  // Each page in a window of its own: a background tab draws no frames, so Storybook's docs page
  // never measures its story boxes (ResizeObserver) and they stay the wrong height.
  const page = await browser.newPage({ type: 'window' });
  await page.setViewport({ width: 1024, height: 768 });
  await page.evaluateOnNewDocument(recordStorybookEvents);
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return { page, errors };
}

/** Opens one preview URL, settles it; returns { elements } or { error }, plus page errors. */
async function render(tab, url, viewMode) {
  tab.errors.length = 0;
  await tab.page.goto(url, { waitUntil: 'load', timeout: entryTimeout });
  const settled = await Promise.race([
    tab.page.evaluate(settle, viewMode),
    new Promise((done) =>
      setTimeout(() => done({ error: `did not render within ${entryTimeout / 1000} s` }), entryTimeout),
    ),
  ]);
  return settled;
}

/**
 * A preview URL. `a11y.manual:!true` keeps the a11y addon from running its own axe after each story
 * (for its panel): this runner runs axe itself, once.
 */
const previewUrl = (id, viewMode, globals = '') => {
  // One value per global, the later winning (Storybook ignores a global given twice).
  const merged = new Map();
  for (const pair of ['a11y.manual:!true', extraGlobals, globals].join(';').split(';').filter(Boolean)) {
    merged.set(pair.slice(0, pair.indexOf(':')), pair);
  }
  return `${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}&globals=${[...merged.values()].join(';')}`;
};

/** One entry: render, settle, axe. Returns the testcase's failure messages (none: passed). */
async function checkEntry(tab, entry) {
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const settled = await render(tab, previewUrl(entry.id, viewMode), viewMode);
  const failures = [];
  if (settled.error) failures.push(settled.error);
  else {
    await tab.page.addScriptTag({ content: axeSource });
    const violations = await tab.page.evaluate(runAxe, wcagTags);
    for (const violation of violations) {
      for (const node of violation.nodes) {
        failures.push(
          `axe ${violation.id} (${violation.impact}): ${violation.help}\n  at ${node.target}\n  ${node.summary?.replace(/\n/g, '\n  ')}`,
        );
      }
    }
  }
  failures.push(...tab.errors);
  return { failures, elements: settled.elements ?? 0 };
}

const results = [];
const started = Date.now();
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => !only || entry.id.includes(only));
if (entries.length === 0) throw new Error(`no entries${only ? ` matching ${only}` : ''} in index.json`);

const queue = [...entries];
await Promise.all(
  Array.from({ length: Math.min(workers, queue.length) }, async () => {
    const tab = await openPage();
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const began = Date.now();
      let outcome;
      try {
        outcome = await checkEntry(tab, entry);
      } catch (error) {
        outcome = {
          failures: [`runner error: ${error instanceof Error ? error.message : String(error)}`],
          elements: 0,
        };
      }
      const seconds = (Date.now() - began) / 1000;
      results.push({
        classname: entry.title,
        name: `${entry.name} (${entry.id})`,
        seconds,
        failures: outcome.failures,
      });
      const mark = outcome.failures.length ? 'FAIL' : 'ok  ';
      console.log(`${mark} ${entry.id} [${outcome.elements} elements, ${seconds.toFixed(1)} s]`);
      for (const failure of outcome.failures) console.log(`     ${failure.replace(/\n/g, '\n     ')}`);
    }
    await tab.page.close();
  }),
);

// ── The two tests of the Storybook as a whole ───────────────────────────────────────────────────
/** Runs one test: `body` returns its failure messages (none: passed). */
async function test(name, body) {
  const began = Date.now();
  let failures;
  try {
    failures = await body();
  } catch (error) {
    failures = [`error: ${error instanceof Error ? error.message : String(error)}`];
  }
  const seconds = (Date.now() - began) / 1000;
  results.push({ classname: 'Storybook', name, seconds, failures });
  console.log(`${failures.length ? 'FAIL' : 'ok  '} ${name} [${seconds.toFixed(1)} s]`);
  for (const failure of failures) console.log(`     ${failure}`);
}

if (!only || process.argv.includes('--tests')) {
  // The manager's sidebar, as rendered, starts with the Introduction.
  await test('the first sidebar entry is the Introduction', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`${base}/index.html`, { waitUntil: 'load' });
    // The sidebar's tree as rendered: its entries in order, by their ids and their text.
    await page.waitForSelector('#storybook-explorer-tree [data-item-id]', { timeout: entryTimeout });
    // The entry's own link (the item also holds a "Skip to content" link for keyboard users).
    const first = await page.$eval('#storybook-explorer-tree [data-item-id]', (item) => ({
      id: item.getAttribute('data-item-id'),
      text: (item.querySelector('a[href*="path="]') ?? item).textContent?.trim(),
    }));
    await page.close();
    const failures = [];
    if (!first.id?.startsWith('introduction'))
      failures.push(`the first entry is ${first.id} ("${first.text}")`);
    if (first.text !== 'Introduction')
      failures.push(`the first entry reads "${first.text}", not "Introduction"`);
    return failures;
  });

  // The same chart under each language of the toolbar: in the story and on its docs page (where
  // Storybook's own docs chrome carries lang="en", which the elements must not follow).
  await test('the language toolbar sets a story’s language', async () => {
    const tab = await openPage();
    const failures = [];
    // The chart's title and its first series' name, as the chart draws them in each language.
    const words = {
      da: ['Simons udvikling', 'Arbejdsegnethed'],
      en: ['How Simon is developing', 'Work readiness'],
    };
    for (const [viewMode, id] of [
      ['story', 'charts-trend-chart--simon-dimensions'],
      ['docs', 'charts-trend-chart--docs'],
    ]) {
      for (const [locale, other] of [
        ['da', 'en'],
        ['en', 'da'],
      ]) {
        const settled = await render(tab, previewUrl(id, viewMode, `locale:${locale}`), viewMode);
        if (settled.error) {
          failures.push(`${id} locale:${locale}: ${settled.error}`);
          continue;
        }
        // On the docs page, the first story (Simon's dimensions, no locale of its own) is compared.
        const text = await tab.page.evaluate(
          viewMode === 'docs'
            ? () => {
                const chart = document.querySelector('#storybook-docs spor-trend-chart');
                return (chart?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
              }
            : visibleText,
        );
        for (const word of words[locale]) {
          if (!text.includes(word)) {
            failures.push(
              `${viewMode} ${id} locale:${locale}: "${word}" is missing from: ${text.slice(0, 300)}`,
            );
          }
        }
        for (const word of words[other]) {
          if (text.includes(word)) failures.push(`${viewMode} ${id} locale:${locale}: "${word}" is shown`);
        }
      }
    }
    await tab.page.close();
    return failures;
  });
}

await browser.close();
server.close();

// ── The JUnit report ────────────────────────────────────────────────────────────────────────────
const escape = (text) =>
  String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 has no place for most control characters.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const failed = results.filter((result) => result.failures.length > 0);
const total = (Date.now() - started) / 1000;
const cases = results.map(({ classname, name, seconds, failures }) => {
  const head = `    <testcase classname="${escape(classname)}" name="${escape(name)}" time="${seconds.toFixed(3)}"`;
  if (failures.length === 0) return `${head}/>`;
  const message = failures[0].split('\n')[0];
  return `${head}>\n      <failure message="${escape(message)}">${escape(failures.join('\n\n'))}</failure>\n    </testcase>`;
});
mkdirSync('test-results', { recursive: true });
writeFileSync(
  report,
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="storybook" tests="${results.length}" failures="${failed.length}" time="${total.toFixed(3)}">`,
    `  <testsuite name="storybook" tests="${results.length}" failures="${failed.length}" errors="0" skipped="0" time="${total.toFixed(3)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n'),
);
console.log(
  `\nstorybook: ${entries.length} entries and ${results.length - entries.length} more tests, ${failed.length} failed, in ${total.toFixed(0)} s${extraGlobals ? ` (globals ${extraGlobals})` : ''}; ${report}`,
);
process.exit(failed.length > 0 ? 1 : 0);
