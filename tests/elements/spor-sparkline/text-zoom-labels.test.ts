import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/spor-sparkline/spor-sparkline.js';

import { textSizesIn } from '../svg-labels.js';

/**
 * WCAG 1.4.4 with text-only zoom (the root font size at 200 %): every text the element shows,
 * its chart's labels included, is set in rem, so each is twice as large at 200 % text. A line
 * draws no text (its words are its name); with no values it says so in words, which grow.
 */
async function mountAt(rootSize: string) {
  await setViewport({ width: 768, height: 1024 });
  document.documentElement.style.fontSize = rootSize;
  return fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
    html`<spor-sparkline label="Punktlighed" .values=${[]} min="1" max="5"></spor-sparkline>`,
  );
}

describe('<spor-sparkline> text at 200 %', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('draws every text twice as large at 200 % as at 100 %', async () => {
    const plain = await mountAt('');
    const before = textSizesIn(plain);
    expect(before.length, 'texts').to.be.at.least(1);
    expect(Math.min(...before), 'no text below 12 px').to.be.at.least(12);
    plain.remove();
    const zoomed = await mountAt('200%');
    expect(textSizesIn(zoomed)).to.deep.equal(before.map((size) => size * 2));
    await expect(zoomed).to.be.accessible();
  });
});
