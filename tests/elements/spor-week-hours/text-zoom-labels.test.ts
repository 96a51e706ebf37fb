import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/spor-week-hours/spor-week-hours.js';
import type { SporWeekHours } from '../../../src/elements/spor-week-hours/spor-week-hours.component.js';
import { svgFontSizesIn, svgLabelClashesIn } from '../svg-labels.js';

// Twelve weeks, W30–W41, 20 planned and 18 attended, with W35 unplanned (drawn as a dash): the
// hours ticks 0, 10, 20 and week labels thinned to keep apart.
const data = () => ({
  schemaVersion: 1,
  participant: { id: 'l', displayName: 'Liv' },
  hours: Array.from({ length: 12 }, (_, i) => 30 + i)
    .filter((week) => week !== 35)
    .map((week) => ({ week: `2026-W${week}`, activity: 'internship', planned: 20, attended: 18 })),
});

/**
 * WCAG 1.4.4 with text-only zoom (the root font size at 200 %): the hours and week labels grow
 * with the reader's text and the drawing makes room. Before: 12 px (14 px for the dash) at any size.
 */
async function hoursAt(rootSize: string, locale: string, width: number) {
  await setViewport({ width, height: 1024 });
  document.documentElement.style.fontSize = rootSize;
  return fixture<SporWeekHours>(html`<spor-week-hours locale=${locale} .data=${data()}></spor-week-hours>`);
}

describe('<spor-week-hours> labels at 200 % text', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [768, 360]) {
    for (const locale of ['da', 'en']) {
      it(`${width} px, ${locale}: labels twice as large at 200 %, apart and inside the drawing`, async () => {
        const plain = await hoursAt('', locale, width);
        // Ticks 0.75rem, the dash of a week without a plan 0.875rem.
        expect(svgFontSizesIn(plain)).to.deep.equal([12, 14]);
        const atPlain = svgLabelClashesIn(plain);
        expect(atPlain.counted).to.be.at.least(5);
        expect(atPlain.found).to.deep.equal([]);
        plain.remove();

        const zoomed = await hoursAt('200%', locale, width);
        expect(svgFontSizesIn(zoomed)).to.deep.equal([24, 28]);
        const atZoom = svgLabelClashesIn(zoomed);
        // 0, 10 and 20 hours, the dash, and at least one week.
        expect(atZoom.counted).to.be.at.least(5);
        expect(atZoom.found).to.deep.equal([]);
        await expect(zoomed).to.be.accessible();
      });
    }
  }
});
