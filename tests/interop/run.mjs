// The interop runner: what a portal team gets, used from four kinds of host (plain HTML, React 19
// and React 18 through spor/react, Vue 3, Angular 20).
//
//   node tests/interop/run.mjs [--hosts html,react,react18,vue,angular] [--junit test-results/interop.xml]
//
// After `npm run build`: packs the package (`npm pack`, as a portal receives it), copies each host
// in tests/interop/<host>/ into a fresh temporary project, installs it from its own lockfile
// (`npm ci`) and the tarball on top, builds it with its ordinary toolchain (`npm run build`), serves
// the output and drives its pages in the system's Chromium (scenario.mjs). Nothing is imported from
// the repository's src/. Writes one JUnit test case per check, and prints each host's time.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { doubleLoadChecks, indexChecks, wrapperChecks } from './scenario.mjs';

const here = dirname(new URL(import.meta.url).pathname);
const root = join(here, '../..');

/** Each host: where its build puts the pages, and which pages carry which checks. */
const hosts = {
  html: { out: '.', pages: { 'index.html': indexChecks, 'double.html': doubleLoadChecks } },
  react: { out: 'dist', pages: { 'index.html': indexChecks, 'double.html': doubleLoadChecks } },
  react18: { out: 'dist', pages: { 'index.html': wrapperChecks } },
  vue: { out: 'dist', pages: { 'index.html': indexChecks } },
  angular: { out: 'dist/spor-interop-angular/browser', pages: { 'index.html': indexChecks } },
};

const { values: options } = parseArgs({
  options: {
    hosts: { type: 'string', default: Object.keys(hosts).join(',') },
    junit: { type: 'string', default: 'test-results/interop.xml' },
  },
});
const chosen = options.hosts.split(',').filter(Boolean);
for (const name of chosen) if (!hosts[name]) throw new Error(`unknown host ${name}`);

const cases = [];
const seconds = (since) => Number(((Date.now() - since) / 1000).toFixed(1));
const run = (command, args, cwd) =>
  execFileSync(command, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env },
  });

const work = mkdtempSync(join(tmpdir(), 'spor-interop-'));
let browser;
try {
  // 1. The package, as `npm pack` makes it from the built dist/ (prepack builds; CI has just built).
  const packed = Date.now();
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('no dist/: run `npm run build` first');
  const [pack] = JSON.parse(
    run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root),
  );
  const tarball = join(work, pack.filename);
  console.log(
    `packed ${pack.filename}: ${pack.entryCount} files, ${(pack.size / 1024).toFixed(0)} KB (${seconds(packed)} s)`,
  );

  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });

  for (const name of chosen) {
    const host = hosts[name];
    const started = Date.now();
    const times = {};
    const project = join(work, name);
    let setupError;
    try {
      cpSync(join(here, name), project, {
        recursive: true,
        filter: (source) => !/[/\\](node_modules|dist|assets)$/.test(source),
      });
      let step = Date.now();
      run('npm', ['ci', '--no-audit', '--no-fund'], project);
      run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], project);
      times.install = seconds(step);
      step = Date.now();
      run('npm', ['run', 'build'], project);
      times.build = seconds(step);
    } catch (error) {
      setupError = `${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`.slice(-4000);
    }
    if (name === 'html') checkPackage(project, setupError);
    const step = Date.now();
    for (const [page, checks] of Object.entries(host.pages)) {
      if (setupError) {
        for (const [check] of checks)
          cases.push({ host: name, name: `${page}: ${check}`, failure: setupError });
        continue;
      }
      await drive(name, join(project, host.out), page, checks);
    }
    times.browser = seconds(step);
    // Each project goes as soon as it is driven (Angular's alone is 250 MB of node_modules).
    const removed = Date.now();
    rmSync(project, { recursive: true, force: true });
    times.cleanup = seconds(removed);
    times.total = seconds(started);
    console.log(
      `${name}: install ${times.install ?? '-'} s, build ${times.build ?? '-'} s, browser ${times.browser} s, cleanup ${times.cleanup} s, total ${times.total} s`,
    );
  }
} catch (error) {
  cases.push({ host: 'interop', name: 'the runner', failure: String(error.stack ?? error) });
} finally {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
}
writeJunit(options.junit, cases);
const failed = cases.filter((c) => c.failure);
console.log(`interop: ${cases.length - failed.length} passed, ${failed.length} failed`);
for (const c of failed) console.error(`✗ ${c.host}: ${c.name}\n  ${c.failure.split('\n').join('\n  ')}`);
process.exit(failed.length > 0 ? 1 : 0);

/**
 * In the plain project, with the tarball installed: every entry in `exports` (the patterns expanded
 * to every element and theme) points at a file that is there, with its types where it has them, and
 * `spor/core` runs in Node as a portal's back end would run it.
 */
function checkPackage(project, setupError) {
  const test = (name, body) => {
    try {
      if (setupError) throw new Error(setupError);
      body();
      cases.push({ host: 'package', name });
    } catch (error) {
      cases.push({ host: 'package', name, failure: String(error.message ?? error) });
    }
  };
  const spor = join(project, 'node_modules/spor');
  test('every export resolves to a file in the tarball, with its types', () => {
    const { exports } = JSON.parse(readFileSync(join(spor, 'package.json'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(spor, 'custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.tagName ?? []);
    const themes = readdirSync(join(spor, 'dist/themes')).map((file) => file.replace(/\.css$/, ''));
    const sql = readdirSync(join(spor, 'sql')).map((file) => file.replace(/\.sql$/, ''));
    const expansions = {
      './elements/*': tags,
      './elements/*.component': tags,
      './themes/*.css': themes,
      './sql/*.sql': sql,
    };
    const missing = [];
    let count = 0;
    for (const [key, target] of Object.entries(exports)) {
      for (const stem of expansions[key] ?? [null]) {
        const targets = typeof target === 'string' ? { default: target } : target;
        for (const [condition, file] of Object.entries(targets)) {
          const path = stem === null ? file : file.replace('*', stem);
          count += 1;
          if (!existsSync(join(spor, path))) missing.push(`${key} (${condition}): ${path}`);
        }
        const isDocument = /\.(css|json|sql)$/.test(key);
        if (!isDocument && typeof target === 'string') missing.push(`${key}: no types`);
      }
    }
    if (tags.length < 8 || themes.length < 1 || sql.length < 2)
      missing.push(`only ${tags.length} tags, ${themes.length} themes and ${sql.length} SQL files found`);
    if (missing.length > 0) throw new Error(`of ${count} files:\n${missing.join('\n')}`);
  });
  test('spor/core runs in Node from the installed package', () => {
    const script =
      "const { samplePersonas, parseProgressData, aggregate } = await import('spor/core');" +
      'for (const p of samplePersonas) { const r = parseProgressData(p); if (!r.ok) throw new Error(p.participant.id); aggregate(r.data); }' +
      "if (parseProgressData({ schemaVersion: 2 }).ok) throw new Error('accepted schemaVersion 2');";
    run('node', ['--input-type=module', '-e', script], project);
  });
}

/** Serves `dir` and runs one page's checks in order on one tab, then that the page logged no error. */
async function drive(hostName, dir, page, checks) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(dir)) || !existsSync(file)) return res.writeHead(404).end();
    const types = {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.mjs': 'text/javascript',
      '.css': 'text/css',
      '.json': 'application/json',
    };
    res
      .writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1024, height: 768 });
  const log = { errors: [], warnings: [] };
  tab.on('pageerror', (error) => log.errors.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warn') log.warnings.push(message.text());
  });
  try {
    await tab.goto(`http://127.0.0.1:${server.address().port}/${page}`, { waitUntil: 'load' });
    for (const [name, check] of checks) {
      try {
        await check(tab, log);
        cases.push({ host: hostName, name: `${page}: ${name}` });
      } catch (error) {
        cases.push({ host: hostName, name: `${page}: ${name}`, failure: String(error.message ?? error) });
      }
    }
  } catch (error) {
    cases.push({ host: hostName, name: `${page}: loads`, failure: String(error.message ?? error) });
  } finally {
    cases.push({
      host: hostName,
      name: `${page}: no error in the page's console`,
      ...(log.errors.length ? { failure: log.errors.join('\n') } : {}),
    });
    await tab.close();
    server.close();
  }
}

function writeJunit(file, all) {
  const escape = (text) =>
    text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]);
  const suites = [...new Set(all.map((c) => c.host))].map((host) => {
    const own = all.filter((c) => c.host === host);
    const body = own
      .map(
        (c) =>
          `    <testcase classname="interop.${host}" name="${escape(c.name)}"${
            c.failure
              ? `>\n      <failure message="${escape(c.failure.split('\n')[0])}">${escape(c.failure)}</failure>\n    </testcase>`
              : ' />'
          }`,
      )
      .join('\n');
    return `  <testsuite name="interop: ${host}" tests="${own.length}" failures="${own.filter((c) => c.failure).length}">\n${body}\n  </testsuite>`;
  });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${suites.join('\n')}\n</testsuites>\n`,
  );
}
