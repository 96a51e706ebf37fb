// `node scripts/screenshot.mjs URL OUT.png [WIDTHxHEIGHT] [--forced-colors] [--zoom=2] [--full] [--select=CSS]`:
// a screenshot of a page in the system's headless Chromium, to look at what we build.
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const [url, out, size = '1024x768', ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error(
    'Usage: node scripts/screenshot.mjs URL OUT.png [WIDTHxHEIGHT] [--forced-colors] [--zoom=2] [--dark]',
  );
  process.exit(1);
}
const [width, height] = size.split('x').map(Number);
const zoom = Number(flags.find((f) => f.startsWith('--zoom='))?.slice(7) ?? 1);
const browser = await puppeteer.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      console.error(`console ${message.type()}: ${message.text()}`);
  });
  await page.setViewport({
    width: Math.round(width / zoom),
    height: Math.round(height / zoom),
    deviceScaleFactor: zoom,
    hasTouch: true,
  });
  const features = [];
  if (flags.includes('--forced-colors')) features.push({ name: 'forced-colors', value: 'active' });
  if (flags.includes('--dark')) features.push({ name: 'prefers-color-scheme', value: 'dark' });
  if (features.length) await page.emulateMediaFeatures(features);
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 60000 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  // `--select=CSS`: only the first element the selector finds (in the page, not in shadow roots).
  const selector = flags.find((f) => f.startsWith('--select='))?.slice(9);
  const target = selector ? await page.$(selector) : null;
  if (selector && !target) throw new Error(`nothing matches ${selector}`);
  await (target ?? page).screenshot({ path: out, ...(target ? {} : { fullPage: flags.includes('--full') }) });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
