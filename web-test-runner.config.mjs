// Runs every test under tests/ (but tests/node/) in the system's headless Chromium (no browser download).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { junitReporter } from '@web/test-runner-junit-reporter';

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
        await cdp.send('HeapProfiler.collectGarbage');
        return await cdp.send('Memory.getDOMCounters');
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
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
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
      },
    }),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    junitReporter({ outputPath: './test-results/junit.xml' }),
  ],
};
