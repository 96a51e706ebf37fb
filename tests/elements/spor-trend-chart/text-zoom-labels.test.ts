import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/spor-trend-chart/spor-trend-chart.js';
import type { SporTrendChart } from '../../../src/elements/spor-trend-chart/spor-trend-chart.component.js';
import { progressData } from '../../fixtures/progress-data.js';
import { svgFontSizesIn, svgLabelClashesIn } from '../svg-labels.js';

/**
 * WCAG 1.4.4 with text-only zoom: the reader's text at 200 % is the page's root font size doubled.
 * The chart's SVG labels (value and month ticks, the bands' company names, the target's label)
 * must grow with it, and the drawing make room, so none overlaps another or leaves the drawing.
 * Before: every label stayed 12 px.
 */
async function chartAt(rootSize: string, layout: 'overlay' | 'panels', locale: string) {
  await setViewport({ width: 768, height: 1024 });
  document.documentElement.style.fontSize = rootSize;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('spor-trend-chart') as SporTrendChart;
  el.setAttribute('locale', locale);
  el.setAttribute('layout', layout);
  el.setAttribute('resilience-consent', '');
  el.data = progressData();
  wrapper.append(el);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

describe('<spor-trend-chart> labels at 200 % text', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const layout of ['overlay', 'panels'] as const) {
    for (const locale of ['da', 'en']) {
      it(`${layout}, ${locale}: labels are 12 px at 100 % and 24 px at 200 %, apart and inside the drawing`, async () => {
        const plain = await chartAt('', layout, locale);
        expect(svgFontSizesIn(plain)).to.deep.equal([12]);
        const atPlain = svgLabelClashesIn(plain);
        expect(atPlain.counted).to.be.at.least(8);
        expect(atPlain.found).to.deep.equal([]);
        plain.remove();

        const zoomed = await chartAt('200%', layout, locale);
        // 0.75rem at a 32 px root.
        expect(svgFontSizesIn(zoomed)).to.deep.equal([24]);
        const atZoom = svgLabelClashesIn(zoomed);
        // The value ticks 1–5 and at least three months: the 200 % drawing still has its labels.
        expect(atZoom.counted).to.be.at.least(8);
        expect(atZoom.found).to.deep.equal([]);
        await expect(zoomed).to.be.accessible();
      });
    }
  }
});
