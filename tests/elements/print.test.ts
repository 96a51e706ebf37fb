import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { samplePersonas, type ProgressData } from '../../src/core/index.js';
import { mountSized } from './mount.js';

const [simon] = samplePersonas as [ProgressData];
const mount = (tag: string, width: number, attributes: Record<string, string> = {}) =>
  mountSized(tag, simon, width, attributes);

const drawingWidth = (el: Element) =>
  Number(el.shadowRoot!.querySelector('svg.drawing')?.getAttribute('width') ?? Number.NaN);
const displayOf = (el: Element, selector: string) => {
  const node = el.shadowRoot!.querySelector(selector);
  return node ? getComputedStyle(node).display : 'absent';
};

async function printing(run: () => Promise<void>): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  await executeServerCommand('print-media', true);
  try {
    await run();
  } finally {
    await executeServerCommand('print-media', false);
    window.dispatchEvent(new Event('afterprint'));
  }
}

describe('every element on paper', () => {
  for (const tag of ['spor-trend-chart', 'spor-trait-star']) {
    it(`<${tag}> is drawn at the print width while printing, its controls off the paper, nothing clipped`, async () => {
      const el = await mount(tag, 420);
      const onScreen = drawingWidth(el);
      expect(onScreen).to.be.closeTo(420, 2);
      expect(displayOf(el, '.actions-toggle')).not.to.equal('none');
      await printing(async () => {
        await el.updateComplete;
        expect(drawingWidth(el), 'A4 portrait at 15 mm margins').to.equal(680);
        for (const control of ['.actions-toggle', '.actions', '.skip'])
          expect(displayOf(el, control), control).to.be.oneOf(['none', 'absent']);
        // Drawn for 680 px, shown in a 420 px column: the drawing scales down, nothing is cut.
        const svg = el.shadowRoot!.querySelector('svg.drawing')!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        expect(svg.right).to.be.at.most(box.right + 0.5);
        expect(svg.left).to.be.at.least(box.left - 0.5);
      });
      await el.updateComplete;
      expect(drawingWidth(el), 'back on screen').to.equal(onScreen);
      await expect(el).to.be.accessible();
    });
  }

  it('takes a host’s print width', async () => {
    const el = await mount('spor-trend-chart', 420, { 'print-width': '500' });
    await printing(async () => {
      await el.updateComplete;
      expect(drawingWidth(el)).to.equal(500);
    });
    await expect(el).to.be.accessible();
  });

  it('prints the whole table (no scrolling box) and the cards whole', async () => {
    const table = await mount('spor-data-table', 600, { series: 'traits' });
    const cards = await mount('spor-dimension-summary', 600);
    await printing(async () => {
      const scroller = table.shadowRoot!.querySelector('.scroller')!;
      expect(getComputedStyle(scroller).maxHeight).to.equal('none');
      expect(getComputedStyle(scroller).overflow).to.equal('visible');
      const card = cards.shadowRoot!.querySelector('.card')!;
      expect(getComputedStyle(card).breakInside).to.equal('avoid');
    });
    await expect(table).to.be.accessible();
  });

  it('leaves the guide’s buttons and switch off the paper, and keeps the prompt', async () => {
    const guide = await mount('spor-conversation-guide', 600, { date: '2026-11-06' });
    await printing(async () => {
      expect(displayOf(guide, '.nav')).to.equal('none');
      expect(displayOf(guide, '.progress')).to.be.oneOf(['none', 'absent']);
      expect(displayOf(guide, '#prompt')).not.to.equal('none');
    });
    await expect(guide).to.be.accessible();
  });
});
