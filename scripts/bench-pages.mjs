// The benchmark pages, built and served: shared by `bench-charts.mjs` (minified, every library)
// and `profile-cold.mjs` (unminified, Spor alone). Returns the base URL, the output folder, the
// system's headless Chromium, and `close()`. The page `auto` loads the kit through the autoloader
// of the last `npm run build` (dist/spor-autoloader.js and dist/auto/, copied beside it), and
// `auto-preload` is that page with the trend chart's `<link rel="modulepreload">` list.
import { createServer } from 'node:http';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { chromiumLaunchOptions } from './chromium.mjs';
import { preloadLists, readAutoloadManifest } from './write-autoload-preload.mjs';

const root = new URL('..', import.meta.url).pathname;
const types = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css' };

export async function benchPages({ pages, out, minify }) {
  await build({
    root: join(root, 'bench'),
    logLevel: 'warn',
    configFile: false,
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      minify,
      rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p, join(root, 'bench', `${p}.html`)])) },
    },
  });
  if (pages.includes('auto')) {
    const autoloader = join(root, 'dist/spor-autoloader.js');
    if (!existsSync(autoloader)) throw new Error('dist/spor-autoloader.js is missing: run npm run build');
    cpSync(autoloader, join(out, 'spor-autoloader.js'));
    cpSync(join(root, 'dist/auto'), join(out, 'auto'), { recursive: true });
    const html = join(out, 'auto.html');
    const page = readFileSync(html, 'utf8').replace(
      '<head>',
      '<head>\n    <script type="module" src="/spor-autoloader.js"></script>',
    );
    writeFileSync(html, page);
    // The same page as a host that follows docs/autoloader-preload.md for the trend chart.
    const preload = preloadLists(readAutoloadManifest())['spor-trend-chart'] ?? [];
    writeFileSync(
      join(out, 'auto-preload.html'),
      page.replace(
        '<head>',
        `<head>\n${preload.map((file) => `    <link rel="modulepreload" href="/${file}" />`).join('\n')}`,
      ),
    );
  }
  const server = createServer((req, res) => {
    const file = normalize(join(out, new URL(req.url ?? '/', 'http://localhost').pathname));
    if (!file.startsWith(out) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch(chromiumLaunchOptions);
  return {
    base: `http://127.0.0.1:${server.address().port}/`,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/**
 * The scripts a page fetched while `run(page)` ran in a new context, from the network (each
 * response of a `.js`), with their min+gzip size (gzip level 9 of what was served).
 */
export async function scriptsFetched(browser, url, run) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js'))
      bodies.push(response.buffer().then((body) => [response.url(), body]));
  });
  try {
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(url, { waitUntil: 'load' });
    await run(page);
    const fetched = await Promise.all(bodies);
    return fetched.map(([file, body]) => ({
      path: new URL(file).pathname,
      gzipKb: gzipSync(body, { level: 9 }).length / 1024,
    }));
  } finally {
    await context.close();
  }
}
