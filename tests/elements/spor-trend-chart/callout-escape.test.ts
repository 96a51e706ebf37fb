// Issue 22 (accessibility audit), WCAG 1.4.13: the callout a hover opens can be dismissed without
// moving the pointer or the focus. Escape closes it wherever the focus is, not only in the plot.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/spor-trend-chart/spor-trend-chart.js';
import type { SporTrendChart } from '../../../src/elements/spor-trend-chart/spor-trend-chart.component.js';
import { progressData } from '../../fixtures/progress-data.js';

const one = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
/** How many callouts are shown (a count: chai's message for a whole element takes minutes). */
const callouts = (el: SporTrendChart) => el.shadowRoot!.querySelectorAll('[part~="callout"]').length;
/** Which element has the focus, by its id or tag, for the same reason. */
const focused = () => document.activeElement?.id || document.activeElement?.localName;

/** A page with a button before the chart, and the chart of three traits on one set of axes. */
async function page(): Promise<{ el: SporTrendChart; outside: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px">
    <button type="button" id="outside">Somewhere else</button>
    <spor-trend-chart series="initiative,persistence,curiosity" locale="en"></spor-trend-chart>
  </div>`);
  const el = wrapper.querySelector('spor-trend-chart')!;
  el.data = progressData();
  await el.updateComplete;
  return { el, outside: wrapper.querySelector('#outside')! };
}

/** Moves the real mouse onto the first point of the first line, and waits for the callout. */
async function hoverFirstPoint(el: SporTrendChart): Promise<void> {
  const line = one(el, 'svg.drawing .line') as SVGPathElement | null;
  expect(line !== null, 'a line is drawn').to.equal(true);
  const start = line!.getPointAtLength(0);
  const ctm = line!.getScreenCTM()!;
  // From the drawing's own units to the viewport's px, where the mouse moves.
  const x = Math.round(ctm.a * start.x + ctm.e);
  const y = Math.round(ctm.d * start.y + ctm.f);
  await sendMouse({ type: 'move', position: [x, y] });
  await el.updateComplete;
  expect(callouts(el), 'the hover opened the callout').to.equal(1);
}

async function pressEscape(el: SporTrendChart): Promise<void> {
  await sendKeys({ press: 'Escape' });
  await el.updateComplete;
}

describe('<spor-trend-chart> closes a hover callout with Escape', () => {
  afterEach(() => resetMouse());

  it('closes it while the focus is on a button outside the chart, the pointer still over the point', async () => {
    const { el, outside } = await page();
    outside.focus();
    await hoverFirstPoint(el);
    expect(focused()).to.equal('outside');
    await pressEscape(el);
    expect(callouts(el), 'Escape closed the callout').to.equal(0);
    // The pointer has not moved: nothing opens it again on its own.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(callouts(el)).to.equal(0);
    expect(focused(), 'the focus stays where it was').to.equal('outside');
    await expect(el).to.be.accessible();
  });

  it('closes it when nothing has the focus', async () => {
    const { el } = await page();
    (document.activeElement as HTMLElement | null)?.blur();
    await hoverFirstPoint(el);
    expect(focused()).to.equal('body');
    await pressEscape(el);
    expect(callouts(el)).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('closes it when the focus is elsewhere in the chart (its actions button)', async () => {
    const { el } = await page();
    const toggle = one(el, '.actions-toggle') as HTMLButtonElement | null;
    expect(toggle !== null, 'the actions button').to.equal(true);
    toggle!.focus();
    await hoverFirstPoint(el);
    await pressEscape(el);
    expect(callouts(el)).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('still closes it from the plot, and leaves Escape alone once no callout is open', async () => {
    const { el, outside } = await page();
    (one(el, '[part~="plot"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(callouts(el), 'the key opened the callout').to.equal(1);
    await pressEscape(el);
    expect(callouts(el)).to.equal(0);
    // With no callout open the chart does not listen: a page's own Escape is its own.
    outside.focus();
    let heard: KeyboardEvent | undefined;
    const listener = (event: KeyboardEvent) => (heard = event);
    document.addEventListener('keydown', listener);
    await sendKeys({ press: 'Escape' });
    document.removeEventListener('keydown', listener);
    expect(heard?.key).to.equal('Escape');
    expect(heard?.defaultPrevented, 'not taken by the chart').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('listens to the page only while a callout is open, and lets go when closed or taken off the page', async () => {
    // Every keydown listener the page is given or loses during the test, in order.
    const log: Array<{ readonly op: 'add' | 'remove'; readonly listener: unknown }> = [];
    const add = document.addEventListener.bind(document);
    const remove = document.removeEventListener.bind(document);
    document.addEventListener = ((
      type: string,
      listener: EventListener,
      options?: AddEventListenerOptions,
    ) => {
      if (type === 'keydown') log.push({ op: 'add', listener });
      add(type, listener, options);
    }) as typeof document.addEventListener;
    document.removeEventListener = ((
      type: string,
      listener: EventListener,
      options?: EventListenerOptions,
    ) => {
      if (type === 'keydown') log.push({ op: 'remove', listener });
      remove(type, listener, options);
    }) as typeof document.removeEventListener;
    /** Whether some keydown listener was added and not removed since. */
    const isListening = () =>
      log.some(({ listener }) => log.findLast((entry) => entry.listener === listener)?.op === 'add');
    try {
      const { el } = await page();
      expect(isListening(), 'no callout, no listener').to.equal(false);
      await hoverFirstPoint(el);
      expect(isListening(), 'a callout: Escape is listened for').to.equal(true);
      await pressEscape(el);
      expect(isListening(), 'closed by Escape').to.equal(false);
      await expect(el).to.be.accessible();
      await hoverFirstPoint(el);
      expect(isListening()).to.equal(true);
      el.remove();
      expect(isListening(), 'taken off the page').to.equal(false);
    } finally {
      document.addEventListener = add;
      document.removeEventListener = remove;
    }
  });
});
