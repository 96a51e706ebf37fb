import { expect, html } from '@open-wc/testing';
import '../../../src/elements/spor-sparkline/spor-sparkline.js';

import { expectTextsDoubled, resetRootText } from '../svg-labels.js';

/**
 * WCAG 1.4.4 with text-only zoom (the root font size at 200 %): every text the element shows,
 * its chart's labels included, is set in rem, so each is twice as large at 200 % text. A line
 * draws no text (its words are its name); with no values it says so in words, which grow.
 */
describe('<spor-sparkline> text at 200 %', () => {
  afterEach(resetRootText);

  it('draws every text twice as large at 200 % as at 100 %', async () => {
    const zoomed = await expectTextsDoubled(
      () => html`<spor-sparkline label="Punktlighed" .values=${[]} min="1" max="5"></spor-sparkline>`,
      1,
    );
    await expect(zoomed).to.be.accessible();
  });
});
