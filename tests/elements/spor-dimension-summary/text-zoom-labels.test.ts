import { expect, html } from '@open-wc/testing';
import '../../../src/elements/spor-dimension-summary/spor-dimension-summary.js';
import { progressData } from '../../fixtures/progress-data.js';
import { expectTextsDoubled, resetRootText } from '../svg-labels.js';

/**
 * WCAG 1.4.4 with text-only zoom (the root font size at 200 %): every text the element shows,
 * its chart's labels included, is set in rem, so each is twice as large at 200 % text.
 */
describe('<spor-dimension-summary> text at 200 %', () => {
  afterEach(resetRootText);

  it('draws every text twice as large at 200 % as at 100 %', async () => {
    const zoomed = await expectTextsDoubled(
      () => html`<spor-dimension-summary locale="da" .data=${progressData()}></spor-dimension-summary>`,
      6,
    );
    await expect(zoomed).to.be.accessible();
  });
});
