// Runs every test under tests/ (but tests/node/) in the system's headless Chromium (no browser download).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { junitReporter } from '@web/test-runner-junit-reporter';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

/**
 * `executeServerCommand('dom-counters')` for the leak tests: Chrome's count of DOM nodes and event
 * listeners after a forced garbage collection, so only what is still reachable is counted.
 */
function domCountersPlugin() {
  return {
    name: 'dom-counters',
    async executeCommand({ command, session }) {
      if (command !== 'dom-counters') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('dom-counters needs Chrome');
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        // Garbage can take more than one collection to go (a node held by a wrapper, an SVG image's
        // document from an earlier test file in the same renderer): collect until the count settles,
        // so a reading never drops by what an earlier file left behind.
        let counters;
        for (let round = 0; round < 5; round += 1) {
          await cdp.send('HeapProfiler.collectGarbage');
          const next = await cdp.send('Memory.getDOMCounters');
          if (counters && next.nodes === counters.nodes) break;
          counters = next;
        }
        return counters;
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * `executeServerCommand('forced-colors', 'active' | 'none')`: Windows' high-contrast mode, emulated.
 * The stock `emulateMedia` command drops `forcedColors` under Puppeteer, so style tests would pass
 * without ever seeing the forced-colors blocks.
 */
function forcedColorsPlugin() {
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('forced-colors needs Chrome');
      const value = payload === 'active' ? 'active' : 'none';
      await session.browser.getPage(session.id).emulateMediaFeatures([{ name: 'forced-colors', value }]);
      return true;
    },
  };
}

/**
 * `executeServerCommand('print-pdf', { save? })`: Chromium's "save as PDF" of the test page, A4
 * portrait with 15 mm margins (what the demo's page rule asks), read back with poppler
 * (`pdfinfo`, `pdftotext`): `{ pages, text }`. `save` also keeps the PDF at that path (relative
 * to the project), to render its pages with `pdftoppm` and look at them.
 */
function printPdfPlugin() {
  return {
    name: 'print-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'print-pdf' && command !== 'print-media') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs Chrome`);
      const page = session.browser.getPage(session.id);
      // `print-media`, true or false: print emulation on, or no emulation at all (the stock
      // emulateMedia command can only set 'screen', which then outlives the file and spoils a PDF).
      if (command === 'print-media') {
        await page.emulateMediaType(payload ? 'print' : null);
        return true;
      }
      await page.emulateMediaType(null);
      const pdf = await page.pdf({
        format: 'A4',
        landscape: false,
        printBackground: true,
        margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
      });
      const dir = mkdtempSync(join(tmpdir(), 'spor-pdf-'));
      try {
        const file = join(dir, 'page.pdf');
        writeFileSync(file, pdf);
        if (typeof payload?.save === 'string') {
          mkdirSync(dirname(payload.save), { recursive: true });
          writeFileSync(payload.save, pdf);
        }
        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
        const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
        return { pages, text, width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export default {
  // tests/node/ runs in Node (`npm run test:node`): the SQL test embeds DuckDB.
  files: ['tests/**/*.test.ts', '!tests/node/**'],
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  // Lit's dev-mode banner is noise in every file's output; its real warnings still show.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    domCountersPlugin(),
    forcedColorsPlugin(),
    printPdfPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: chromiumLaunchOptions,
    }),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    junitReporter({ outputPath: './test-results/junit.xml' }),
  ],
};
