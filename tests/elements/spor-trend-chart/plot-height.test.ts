import { expect } from '@open-wc/testing';
import '../../../src/elements/spor-trend-chart/spor-trend-chart.js';
import { progressData } from '../../fixtures/progress-data.js';
import { mountSized } from '../mount.js';

const drawingOf = (el: Element) => el.shadowRoot!.querySelector<SVGSVGElement>('svg.drawing')!;

describe('<spor-trend-chart plot-height>', () => {
  it('draws one set of axes at the height a host gives, and from the width without it', async () => {
    // 800 px wide: 0.55 × 800 = 440, held to 420 without a height.
    const usual = await mountSized('spor-trend-chart', progressData(), 800, { series: 'initiative' });
    expect(drawingOf(usual).getAttribute('height')).to.equal('420');
    expect(drawingOf(usual).getBoundingClientRect().height).to.be.closeTo(420, 1);
    const tall = await mountSized('spor-trend-chart', progressData(), 800, {
      series: 'initiative',
      'plot-height': '472',
    });
    expect(drawingOf(tall).getAttribute('height')).to.equal('472');
    expect(drawingOf(tall).getAttribute('viewBox')).to.equal('0 0 800 472');
    expect(drawingOf(tall).getBoundingClientRect().height).to.be.closeTo(472, 1);
    await expect(tall).to.be.accessible();
  });
});
