import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-trend-chart/spor-trend-chart.js';
import { progressData } from '../../fixtures/progress-data.js';
import { mountSized } from '../mount.js';

const one = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

/** The last vertex of a line path (`M…L…L x,y`): where the line ends as drawn now. */
function lastVertex(d: string): { x: number; y: number } {
  const pairs = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)];
  expect(pairs.length).to.be.above(0);
  const [, x, y] = pairs.at(-1)!;
  return { x: Number(x), y: Number(y) };
}

/** Shrinks the container and waits for the redraw at the new width (a frame, then the update). */
async function resize(el: Element & { updateComplete: Promise<unknown> }, width: number): Promise<void> {
  el.parentElement!.style.width = `${width}px`;
  await aTimeout(100);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

describe('<spor-trend-chart> cursor after a resize', () => {
  for (const [name, attributes, selector] of [
    ['one set of axes', { series: 'initiative' }, 'svg.drawing'],
    ['panels', { series: 'traits', layout: 'panels' }, 'svg.panel-drawing[data-panel="0"]'],
  ] as const) {
    it(`draws the cursor and the callout from the layout drawn now (${name})`, async () => {
      const el = await mountSized('spor-trend-chart', progressData(), 900, attributes);
      (one(el, '[part~="plot"]') as HTMLElement).focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      await resize(el, 480);
      const drawing = one(el, selector) as SVGSVGElement;
      expect(drawing.getAttribute('width')).to.equal('480');
      // The series' line ends at its latest point, where End put the cursor.
      const end = lastVertex(drawing.querySelector('[part~="series"] .line')!.getAttribute('d')!);
      const cursor = drawing.querySelector('.cursor')!;
      expect(Number(cursor.getAttribute('cx'))).to.be.closeTo(end.x, 0.01);
      expect(Number(cursor.getAttribute('cy'))).to.be.closeTo(end.y, 0.01);
      // The callout stands beside the cursor as it is on screen (14 px away, before it: no room after),
      // once its move (120 ms) has ended.
      await aTimeout(200);
      const at = cursor.getBoundingClientRect();
      const callout = one(el, '[part~="callout"]')!.getBoundingClientRect();
      const cx = at.left + at.width / 2;
      expect(callout.right).to.be.closeTo(cx - 14, 1.5);
      await expect(el).to.be.accessible();
    });
  }
});
