// `node scripts/screenshot.mjs URL OUT.png [WIDTHxHEIGHT] [--forced-colors] [--zoom=2] [--text=200] [--full] [--select=CSS]`:
// a screenshot of a page in the system's headless Chromium, to look at what we build. `--zoom=2` is
// page zoom (the viewport in CSS px halves); `--text=200` is text zoom: the root font size at 200 %,
// as a phone's larger-text setting does to every rem, with the viewport unchanged.
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const [url, out, size = '1024x768', ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error(
    'Usage: node scripts/screenshot.mjs URL OUT.png [WIDTHxHEIGHT] [--forced-colors] [--zoom=2] [--text=200] [--dark] [--full] [--select=CSS]',
  );
  process.exit(1);
}
const [width, height] = size.split('x').map(Number);
const zoom = Number(flags.find((f) => f.startsWith('--zoom='))?.slice(7) ?? 1);
// `--text=200` (or `--text 200`): the text size in per cent.
const textFlag = flags.findIndex((f) => f === '--text' || f.startsWith('--text='));
const text =
  textFlag < 0
    ? 100
    : Number(flags[textFlag].startsWith('--text=') ? flags[textFlag].slice(7) : flags[textFlag + 1]);
if (!(text > 0)) throw new Error('--text wants a per cent, e.g. --text=200');
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
  if (text !== 100) {
    await page.evaluateOnNewDocument((size) => {
      document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.style.fontSize = `${size}%`;
      });
    }, text);
  }
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 60000 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const scroll = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  if (scroll[0] > scroll[1]) console.error(`scrolls sideways: ${scroll[0]} px wide in ${scroll[1]} px`);
  // `--select=CSS`: only the first element the selector finds (in the page, not in shadow roots).
  const selector = flags.find((f) => f.startsWith('--select='))?.slice(9);
  const target = selector ? await page.$(selector) : null;
  if (selector && !target) throw new Error(`nothing matches ${selector}`);
  await (target ?? page).screenshot({ path: out, ...(target ? {} : { fullPage: flags.includes('--full') }) });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
