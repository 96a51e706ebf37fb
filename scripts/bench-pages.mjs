// The benchmark pages, built and served: shared by `bench-charts.mjs` (minified, every library)
// and `profile-cold.mjs` (unminified, Spor alone). Returns the base URL, the output folder, the
// system's headless Chromium, and `close()`.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { chromiumLaunchOptions } from './chromium.mjs';

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
