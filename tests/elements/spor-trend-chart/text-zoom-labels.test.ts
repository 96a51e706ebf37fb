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
async function chartAt(rootSize: string, layout: 'overlay' | 'panels', locale: string, width = 768) {
  await setViewport({ width, height: 1024 });
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

  it('lays the labels out again when the reader changes the text size on an open page', async () => {
    const el = await chartAt('', 'overlay', 'da');
    expect(svgFontSizesIn(el)).to.deep.equal([12]);
    // As a browser's "zoom text only" does: the root size changes, the chart's width does not.
    document.documentElement.style.fontSize = '200%';
    for (let frame = 0; frame < 3; frame += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
    }
    expect(svgFontSizesIn(el)).to.deep.equal([24]);
    // Drawn for 24 px labels: the plot starts 64 px in, not 32.
    const grid = el.shadowRoot!.querySelector('line.grid')!;
    expect(grid.getAttribute('x1')).to.equal('64');
    const clashes = svgLabelClashesIn(el);
    expect(clashes.counted).to.be.at.least(8);
    expect(clashes.found).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  for (const [layout, locale, width] of [
    ['overlay', 'da', 768],
    ['overlay', 'en', 768],
    ['panels', 'da', 768],
    ['panels', 'en', 768],
    ['overlay', 'da', 360],
    ['panels', 'en', 360],
  ] as const) {
    {
      it(`${layout}, ${locale}, ${width} px: labels are 12 px at 100 % and 24 px at 200 %, apart and inside the drawing`, async () => {
        const plain = await chartAt('', layout, locale, width);
        expect(svgFontSizesIn(plain)).to.deep.equal([12]);
        const atPlain = svgLabelClashesIn(plain);
        expect(atPlain.counted).to.be.at.least(8);
        expect(atPlain.found).to.deep.equal([]);
        plain.remove();

        const zoomed = await chartAt('200%', layout, locale, width);
        // 0.75rem at a 32 px root.
        expect(svgFontSizesIn(zoomed)).to.deep.equal([24]);
        const atZoom = svgLabelClashesIn(zoomed);
        // The value ticks 1–5 and at least two months (a phone's overlay has room for no band name).
        expect(atZoom.counted).to.be.at.least(7);
        expect(atZoom.found).to.deep.equal([]);
        await expect(zoomed).to.be.accessible();
      });
    }
  }
});
