import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/spor-trait-star/spor-trait-star.js';
import type { SporTraitStar } from '../../../src/elements/spor-trait-star/spor-trait-star.component.js';
import { progressData } from '../../fixtures/progress-data.js';
import { svgFontSizesByClass, svgLabelClashesIn } from '../svg-labels.js';

/**
 * WCAG 1.4.4 with text-only zoom (the root font size at 200 %): the star's SVG labels (the traits'
 * names and values on the radar, the rings' values, the slopes' scale) grow with the reader's text
 * and the drawing makes room, or gives way to the slopes, whose names are HTML. Before: 12–13 px.
 */
async function starAt(rootSize: string, variant: string, locale: string, width: number) {
  await setViewport({ width, height: 1024 });
  document.documentElement.style.fontSize = rootSize;
  return fixture<SporTraitStar>(
    html`<spor-trait-star locale=${locale} variant=${variant} .data=${progressData()}></spor-trait-star>`,
  );
}

describe('<spor-trait-star> labels at 200 % text', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  // The radar at a tablet's and a phone's width, and the slopes where they stand in columns.
  for (const [variant, width] of [
    ['radar', 768],
    ['radar', 360],
    ['slopes', 1024],
  ] as const) {
    it(`${variant} at ${width} px: labels twice as large at 200 %, apart and inside the drawing`, async () => {
      const plain = await starAt('', variant, 'da', width);
      const before = svgFontSizesByClass(plain);
      // The ring values (the scale's on the slopes) are 12 px at 100 %.
      expect(before.get('ring-label')).to.equal(12);
      const atPlain = svgLabelClashesIn(plain);
      expect(atPlain.counted).to.be.at.least(4);
      expect(atPlain.found).to.deep.equal([]);
      plain.remove();

      const zoomed = await starAt('200%', variant, 'da', width);
      const after = svgFontSizesByClass(zoomed);
      const rows = [...zoomed.shadowRoot!.querySelectorAll('.is-rows .row-label')];
      if (after.size === 0) {
        // Given way to the rows: the names are HTML, 0.875rem, 28 px at 200 %.
        expect(rows.length, 'the rows, one per trait').to.equal(6);
        for (const row of rows) expect(getComputedStyle(row).fontSize).to.equal('28px');
      }
      // Every label still drawn in SVG is twice its 100 % size.
      for (const [name, size] of after) {
        expect(before.has(name), `${name} drawn at 100 % too`).to.equal(true);
        expect(size, `${name}: ${before.get(name)} px at 100 %`).to.equal(2 * before.get(name)!);
      }
      const atZoom = svgLabelClashesIn(zoomed);
      expect(atZoom.found).to.deep.equal([]);
      await expect(zoomed).to.be.accessible();
    });
  }
});
