import type { Browser } from 'puppeteer-core';

/** The benchmark pages built with vite and served; see bench-pages.mjs. */
export function benchPages(options: { pages: string[]; out: string; minify: boolean }): Promise<{
  base: string;
  browser: Browser;
  close: () => Promise<void>;
}>;
