import type { Browser, Page } from 'puppeteer-core';

/** The benchmark pages built with vite and served; see bench-pages.mjs. */
export function benchPages(options: { pages: string[]; out: string; minify: boolean }): Promise<{
  base: string;
  browser: Browser;
  close: () => Promise<void>;
}>;

/** The scripts a page fetched while `run(page)` ran, each with its min+gzip size; see bench-pages.mjs. */
export function scriptsFetched(
  browser: Browser,
  url: string,
  run: (page: Page) => Promise<unknown>,
): Promise<{ path: string; gzipKb: number }[]>;
