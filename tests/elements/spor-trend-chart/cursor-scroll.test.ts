// Issue 22 (accessibility audit): the keyboard cursor of the panels moves below the fold, and the
// page must follow it, or a keyboard user reads about a point they cannot see (WCAG 2.4.11).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/elements/spor-trend-chart/spor-trend-chart.js';
import type { SporTrendChart } from '../../../src/elements/spor-trend-chart/spor-trend-chart.component.js';
import { progressData } from '../../fixtures/progress-data.js';

const one = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

async function press(el: SporTrendChart, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  // scrollIntoView is instant (no smooth scrolling asked), but let a frame pass for the layout.
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The keyboard cursor's ring, which must exist whenever a point is active. */
function cursorBox(el: SporTrendChart): DOMRect {
  const cursor = one(el, 'circle.cursor');
  expect(cursor, 'a point is active').to.exist;
  return cursor!.getBoundingClientRect();
}

/**
 * A page as the demo's conversation page is at 1280 × 700: the page's head (masthead, controls,
 * heading; 240 px) above a 900 px wide trend chart of the six traits, scrolled to the top.
 */
async function pageWithChart(): Promise<SporTrendChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
    <div style="height: 240px"></div>
    <spor-trend-chart series="traits" locale="en"></spor-trend-chart>
  </div>`);
  const el = wrapper.querySelector('spor-trend-chart')!;
  el.data = progressData();
  await el.updateComplete;
  window.scrollTo(0, 0);
  return el;
}

/** Within the viewport; the page scrolls by whole pixels, so a box may reach half a pixel past it. */
function expectInViewport(box: DOMRect, what: string): void {
  expect(box.top, `${what}: top`).to.be.at.least(-0.5);
  expect(box.bottom, `${what}: bottom`).to.be.at.most(window.innerHeight + 0.5);
}

describe('<spor-trend-chart> keeps the keyboard cursor in view', () => {
  before(() => setViewport({ width: 1280, height: 700 }));
  after(() => {
    window.scrollTo(0, 0);
    return setViewport({ width: 800, height: 600 });
  });

  it('scrolls the page to the panel the cursor moves to, down and back up (1280 × 700)', async () => {
    const el = await pageWithChart();
    const panels = [...el.shadowRoot!.querySelectorAll('[part~="panel"]')];
    expect(panels, 'six trait panels').to.have.length(6);
    // Without following, the third panel and the ones after it stand below the fold.
    expect(panels[2]!.getBoundingClientRect().bottom).to.be.above(window.innerHeight);
    // Focus as a tap on the first panel gives it: the page stays where it is (focus() alone would
    // centre the tall plot and hide what this test is about).
    (one(el, '[part~="plot"]') as HTMLElement).focus({ preventScroll: true });
    expect(window.scrollY).to.equal(0);
    await press(el, 'ArrowRight');
    expectInViewport(cursorBox(el), 'the first point of the first panel');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    // The cursor is in the third panel (cooperation) …
    expect(panels[2]!.querySelector('circle.cursor'), 'the cursor is in the third panel').to.exist;
    expectInViewport(cursorBox(el), 'the third panel');
    // … and its whole panel, name and change sentence included, is in view.
    expectInViewport(panels[2]!.getBoundingClientRect(), 'the third panel’s card');
    for (let i = 0; i < 3; i += 1) await press(el, 'ArrowDown');
    expect(panels[5]!.querySelector('circle.cursor'), 'the cursor is in the last panel').to.exist;
    expectInViewport(cursorBox(el), 'the last panel');
    for (let i = 0; i < 5; i += 1) await press(el, 'ArrowUp');
    expect(panels[0]!.querySelector('circle.cursor'), 'back in the first panel').to.exist;
    expectInViewport(cursorBox(el), 'back in the first panel');
    await expect(el).to.be.accessible();
  });

  it('does not move the page when the pointer moves over a point', async () => {
    const el = await pageWithChart();
    const before = window.scrollY;
    const panel = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="panel"] svg.drawing')[0]!;
    const box = panel.getBoundingClientRect();
    expect(box.bottom, 'the first panel is in view').to.be.at.most(window.innerHeight);
    const line = panel.querySelector<SVGPathElement>('.line')!;
    const start = line.getPointAtLength(0);
    const ctm = line.getScreenCTM()!;
    // A pointer event at the line's first point (screen px from the drawing's own units).
    const x = ctm.a * start.x + ctm.e;
    const y = ctm.d * start.y + ctm.f;
    one(el, '[part~="plot"]')!.dispatchEvent(
      new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true }),
    );
    await el.updateComplete;
    expect(one(el, 'circle.cursor'), 'the pointer found the point').to.exist;
    expect(window.scrollY).to.equal(before);
    await expect(el).to.be.accessible();
  });
});
