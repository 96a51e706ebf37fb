// One screen (issue 22): with `fill` and a height from the host, the prompt, the answer and Back /
// Next are in the viewport at every step, the page does not scroll, and the chart the step is about
// is in view beside the guide (landscape) or above it (portrait, its plot at least 35 % of the
// viewport's height). Without `fill` the view flows in the page as before.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/spor-progress-conversation/spor-progress-conversation.js';
import type { SporProgressConversation } from '../../../src/elements/spor-progress-conversation/spor-progress-conversation.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const personas = samplePersonas as ProgressData[];
const sizes = [
  [1024, 768],
  [768, 1024],
  [1180, 820],
  [820, 1180],
  [1280, 800],
  [800, 1280],
] as const;

/** Every element drawn, and the frames the charts wait for (their size, the view's plot height). */
async function settle(el: SporProgressConversation): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await el.updateComplete;
    for (const child of el.shadowRoot!.querySelectorAll<Updating>('*')) await child.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }
}

const guideRoot = (el: SporProgressConversation) =>
  el.shadowRoot!.querySelector('spor-conversation-guide')!.shadowRoot!;

/** A box wholly inside the viewport (half a pixel for rounding). */
function expectInViewport(element: Element | null, what: string): DOMRect {
  expect(element, what).to.exist;
  const box = element!.getBoundingClientRect();
  expect(box.height, `${what} has a height`).to.be.greaterThan(0);
  expect(box.top, `${what} top`).to.be.at.least(-0.5);
  expect(box.left, `${what} left`).to.be.at.least(-0.5);
  expect(box.bottom, `${what} bottom`).to.be.at.most(innerHeight + 0.5);
  expect(box.right, `${what} right`).to.be.at.most(innerWidth + 0.5);
  return box;
}

/** A box inside another (the scroller that clips it). */
function expectWithin(inner: DOMRect, outer: DOMRect, what: string): void {
  expect(inner.top, `${what} top in its panel`).to.be.at.least(outer.top - 0.5);
  expect(inner.bottom, `${what} bottom in its panel`).to.be.at.most(outer.bottom + 0.5);
}

/** The checks of one step; `step` 0–3 are the prompts, 4 the overview. */
function checkStep(el: SporProgressConversation, step: number, label: string): void {
  const guide = guideRoot(el);
  const isOverview = step === 4;
  expectInViewport(guide.querySelector(isOverview ? '.prompt' : '.prompt-text'), `${label}: the prompt`);
  if (!isOverview) expectInViewport(guide.querySelector('#answer'), `${label}: the answer`);
  if (step > 0) expectInViewport(guide.querySelector('.back'), `${label}: Back`);
  expectInViewport(guide.querySelector(isOverview ? '.finish' : '.next'), `${label}: Next`);
  expect(document.scrollingElement!.scrollHeight, `${label}: the page does not scroll`).to.be.at.most(
    innerHeight,
  );
  // The chart the step is about: the star at the first two prompts, then the trend chart.
  const tag = step < 2 ? 'spor-trait-star' : 'spor-trend-chart';
  const charts = el.shadowRoot!.querySelectorAll(tag);
  expect(charts.length, `${label}: one ${tag}`).to.equal(1);
  const plot = expectInViewport(
    charts[0]!.shadowRoot!.querySelector('[part~="plot"] svg.drawing'),
    `${label}: the ${tag}'s plot`,
  );
  const column = el.shadowRoot!.querySelector('.charts')!.getBoundingClientRect();
  expectWithin(plot, column, `${label}: the plot`);
  const guideBox = el.shadowRoot!.querySelector('spor-conversation-guide')!.getBoundingClientRect();
  if (innerHeight > innerWidth) {
    expect(plot.height, `${label}: the plot's height`).to.be.at.least(0.35 * innerHeight);
    expect(column.bottom, `${label}: the charts above the guide`).to.be.at.most(guideBox.top + 0.5);
  } else {
    expect(column.right, `${label}: the charts beside the guide`).to.be.at.most(guideBox.left + 0.5);
    expect(column.top, `${label}: side by side`).to.be.below(guideBox.bottom);
  }
}

describe('<spor-progress-conversation fill> on one screen', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [width, height] of sizes) {
    it(`keeps the prompt, the answer, Back / Next and the chart in view at ${width}×${height}`, async () => {
      await setViewport({ width, height });
      // The host gives the height: the whole viewport, as a tablet app would.
      const host = await fixture<HTMLDivElement>(
        html`<div style="position: fixed; inset: 0; height: 100vh; width: 100vw"></div>`,
      );
      const el = document.createElement('spor-progress-conversation');
      el.fill = true;
      el.date = '2026-11-13';
      host.append(el);
      expect(personas.length).to.equal(3);
      let checked = 0;
      for (const persona of personas) {
        el.data = persona;
        await settle(el);
        for (let step = 0; step <= 4; step++) {
          checkStep(el, step, `${persona.participant.displayName} ${width}×${height} step ${step + 1}`);
          checked += 1;
          if (step < 4) {
            (guideRoot(el).querySelector('.next') as HTMLElement).click();
            await settle(el);
          }
        }
      }
      // Three people, four prompts and the overview each.
      expect(checked).to.equal(15);
      await expect(el).to.be.accessible();
      host.remove();
    });
  }

  it('reflects fill, and is accessible with its scrolling panels', async () => {
    await setViewport({ width: 768, height: 1024 });
    const host = await fixture<HTMLDivElement>(html`<div style="position: fixed; inset: 0"></div>`);
    const el = document.createElement('spor-progress-conversation');
    el.fill = true;
    el.date = '2026-11-13';
    el.data = personas[0];
    host.append(el);
    await settle(el);
    expect(el.hasAttribute('fill')).to.equal(true);
    expect(el.shadowRoot!.querySelector('spor-conversation-guide')!.hasAttribute('fill')).to.equal(true);
    // The changes scroll in their panel: it is a named tab stop, and it does hold more than it shows.
    const context = guideRoot(el).querySelector<HTMLElement>('.context')!;
    expect(context.tabIndex).to.equal(0);
    expect(context.getAttribute('aria-label')).to.not.equal(null);
    expect(context.scrollHeight).to.be.greaterThan(context.clientHeight);
    expect(getComputedStyle(context).overflowY).to.equal('auto');
    await expect(el).to.be.accessible();
    host.remove();
  });

  describe('with an on-screen keyboard', () => {
    // The browser's visual viewport, as a keyboard leaves it: the top 55 % of the window. It is
    // stood in for by an event target of that size (headless Chromium has no keyboard).
    const real = Object.getOwnPropertyDescriptor(window, 'visualViewport');
    let seen: EventTarget & { height: number; offsetTop: number };
    beforeEach(() => {
      seen = Object.assign(new EventTarget(), { height: innerHeight, offsetTop: 0 });
      Object.defineProperty(window, 'visualViewport', { configurable: true, get: () => seen });
    });
    afterEach(() => {
      if (real) Object.defineProperty(window, 'visualViewport', real);
      else delete (window as { visualViewport?: unknown }).visualViewport;
    });

    for (const [width, height] of [
      [1024, 768],
      [768, 1024],
    ] as const) {
      it(`keeps the field typed in and Next in sight at ${width}×${height}, at each prompt`, async () => {
        await setViewport({ width, height });
        seen.height = innerHeight;
        const host = await fixture<HTMLDivElement>(html`<div style="position: fixed; inset: 0"></div>`);
        const el = document.createElement('spor-progress-conversation');
        el.fill = true;
        el.date = '2026-11-13';
        el.data = personas[1];
        host.append(el);
        await settle(el);
        const guide = guideRoot(el);
        for (let step = 0; step < 4; step++) {
          const field = guide.querySelector<HTMLTextAreaElement>('#answer')!;
          field.focus();
          seen.height = Math.round(innerHeight * 0.55);
          seen.dispatchEvent(new Event('resize'));
          await settle(el);
          const label = `${width}×${height} step ${step + 1}`;
          expect(el.shadowRoot!.querySelector('.layout')!.classList.contains('is-typing'), label).to.equal(
            true,
          );
          for (const [what, node] of [
            ['the answer', field],
            ['Next', guide.querySelector('.next')],
          ] as const) {
            const box = node!.getBoundingClientRect();
            expect(box.height, `${label}: ${what} is drawn`).to.be.greaterThan(0);
            expect(box.top, `${label}: ${what} top`).to.be.at.least(-0.5);
            expect(box.bottom, `${label}: ${what} above the keyboard`).to.be.at.most(seen.height + 0.5);
          }
          // The keyboard goes: the view has its whole height again.
          seen.height = innerHeight;
          seen.dispatchEvent(new Event('resize'));
          await settle(el);
          expect(el.shadowRoot!.querySelector('.layout')!.classList.contains('is-typing'), label).to.equal(
            false,
          );
          (guide.querySelector('.next') as HTMLElement).click();
          await settle(el);
        }
        await expect(el).to.be.accessible();
        host.remove();
      });
    }
  });

  it('flows in the page without fill, as tall as what it holds', async () => {
    await setViewport({ width: 1024, height: 768 });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('spor-progress-conversation');
    el.date = '2026-11-13';
    el.data = personas[0];
    host.append(el);
    await settle(el);
    expect(el.hasAttribute('fill')).to.equal(false);
    expect(document.scrollingElement!.scrollHeight).to.be.greaterThan(innerHeight);
    // The changes are not a scrolling panel then, nor a tab stop.
    const context = guideRoot(el).querySelector<HTMLElement>('.context')!;
    expect(context.hasAttribute('tabindex')).to.equal(false);
    expect(context.scrollHeight).to.be.at.most(context.clientHeight + 1);
    await expect(el).to.be.accessible();
    host.remove();
  });
});
