import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/spor-dimension-summary/spor-dimension-summary.js';
import { progressData } from '../../fixtures/progress-data.js';
import { textSizesIn } from '../svg-labels.js';

/**
 * WCAG 1.4.4 with text-only zoom (the root font size at 200 %): every text the element shows,
 * its chart's labels included, is set in rem, so each is twice as large at 200 % text.
 */
async function mountAt(rootSize: string) {
  await setViewport({ width: 768, height: 1024 });
  document.documentElement.style.fontSize = rootSize;
  return fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
    html`<spor-dimension-summary locale="da" .data=${progressData()}></spor-dimension-summary>`,
  );
}

describe('<spor-dimension-summary> text at 200 %', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('draws every text twice as large at 200 % as at 100 %', async () => {
    const plain = await mountAt('');
    const before = textSizesIn(plain);
    expect(before.length, 'texts').to.be.at.least(6);
    expect(Math.min(...before), 'no text below 12 px').to.be.at.least(12);
    plain.remove();
    const zoomed = await mountAt('200%');
    expect(textSizesIn(zoomed)).to.deep.equal(before.map((size) => size * 2));
    await expect(zoomed).to.be.accessible();
  });
});
