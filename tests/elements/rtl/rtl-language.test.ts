import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/index.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import type { SporTrendChart } from '../../../src/elements/spor-trend-chart/spor-trend-chart.component.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { da, registerLocale } from '../../../src/i18n/index.js';
import { progressData } from '../../fixtures/progress-data.js';
import { languageOf } from './page.js';

const [simon] = samplePersonas as [ProgressData];

/**
 * An element whose own language is written right to left (a host registered it) mirrors its
 * chrome: legend, key, stepper, cards, buttons, text alignment and the callout's side. The plot
 * itself keeps time running left to right and the value axis on the left.
 */
describe('an element in a right-to-left language', () => {
  before(async () => {
    registerLocale('he', { ...da, language: 'עברית' });
    await setViewport({ width: 1024, height: 768 });
  });

  const box = (node: Element) => node.getBoundingClientRect();

  async function trend(): Promise<SporTrendChart> {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<spor-trend-chart locale="he" series="initiative,persistence"></spor-trend-chart>`;
    const el = wrapper.querySelector('spor-trend-chart')!;
    el.data = progressData();
    await el.updateComplete;
    return el;
  }

  it('marks its content he, right to left, and mirrors the legend', async () => {
    const el = await trend();
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect([languageOf(base), getComputedStyle(base).direction]).to.deep.equal(['he', 'rtl']);
    const [first, second] = [...el.shadowRoot!.querySelectorAll('[part~="legend"] button')];
    expect(box(first!).left, 'the first legend entry stands to the right').to.be.greaterThan(
      box(second!).left,
    );
    await expect(el).to.be.accessible();
  });

  it('keeps the plot running left to right, labels inside their bands and the value axis outside the plot', async () => {
    const el = await trend();
    const root = el.shadowRoot!;
    const drawing = root.querySelector('svg.drawing')!;
    expect(getComputedStyle(drawing).direction).to.equal('ltr');
    const bands = [...root.querySelectorAll('.band')];
    const labels = [...root.querySelectorAll('.band-label')];
    expect(labels.length).to.be.greaterThan(0);
    for (const [index, label] of labels.entries()) {
      expect(box(label).left, label.textContent ?? '').to.be.at.least(box(bands[index] ?? drawing).left);
      expect(box(label).left).to.be.at.least(box(el).left);
    }
    const gridLines = [...root.querySelectorAll('.grid line, line.grid')];
    expect(gridLines.length, 'the plot draws its grid').to.be.greaterThan(0);
    const plotLeft = Math.min(...gridLines.map((l) => box(l).left));
    const ticks = [...root.querySelectorAll('text[text-anchor="end"]')];
    expect(ticks.length, 'the value axis has its ticks').to.be.greaterThan(0);
    for (const tick of ticks) {
      expect(box(tick).right, tick.textContent ?? '').to.be.at.most(plotLeft + 0.5);
    }
    await expect(el).to.be.accessible();
  });

  it('opens the callout before the point (to its left), unless there is no room, always on screen', async () => {
    const el = await trend();
    (el.shadowRoot!.querySelector('[part~="plot"]') as HTMLElement).focus();
    const at = async (keys: string[]) => {
      for (const key of keys) await sendKeys({ press: key });
      await el.updateComplete;
      await aTimeout(300);
      const root = el.shadowRoot!;
      return {
        callout: box(root.querySelector('[part~="callout"]')!),
        point: box(root.querySelector('circle.cursor')!),
      };
    };
    const middle = await at(['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight']);
    expect(middle.callout.right).to.be.at.most(middle.point.left);
    expect(middle.point.left - middle.callout.right).to.be.below(20);
    const first = await at(['Home']);
    expect(first.callout.left, 'no room before the first point: after it').to.be.at.least(first.point.right);
    for (const { callout } of [middle, first]) {
      expect(callout.left).to.be.at.least(0);
      expect(callout.right).to.be.at.most(1024);
    }
    await expect(el).to.be.accessible();
  });

  it('mirrors the guide: stepper, Back and Next, text alignment, and the cards', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <spor-conversation-guide .data=${simon} date="2026-11-13" locale="he"></spor-conversation-guide>
      <spor-dimension-summary .data=${simon} locale="he"></spor-dimension-summary>
    </div>`);
    const guide = wrapper.querySelector('spor-conversation-guide') as SporConversationGuide;
    await guide.updateComplete;
    const root = guide.shadowRoot!;
    const dots = [...root.querySelectorAll('.dot')];
    expect(box(dots[0]!).left, 'the first step on the right').to.be.greaterThan(box(dots[1]!).left);
    (root.querySelector('button.next') as HTMLButtonElement).click();
    await guide.updateComplete;
    const back = box(root.querySelector('button.back')!);
    const next = box(root.querySelector('button.next')!);
    expect(next.left, 'Next on the left, Back on the right').to.be.lessThan(back.left);
    const prompt = root.querySelector('#prompt')!;
    expect(getComputedStyle(prompt).textAlign).to.be.oneOf(['start', 'right']);
    const cards = [
      ...wrapper.querySelector('spor-dimension-summary')!.shadowRoot!.querySelectorAll('[part~="card"]'),
    ];
    expect(box(cards[0]!).left, 'the first card on the right').to.be.greaterThan(box(cards[1]!).left);
    await expect(guide).to.be.accessible();
  });
});
