import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/index.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import type { SporTrendChart } from '../../../src/elements/spor-trend-chart/spor-trend-chart.component.js';
import { progressData } from '../../fixtures/progress-data.js';
import { arabicPage, languageOf } from './page.js';

const [simon] = samplePersonas as [ProgressData];

/**
 * Issue 14, tried on an Arabic portal page (`<html lang="ar" dir="rtl">`) at 1024 px: the trend
 * chart's callout landed off its point and off screen, the first placement's label started left
 * of the chart, and Danish text took the page's `lang="ar"` and ran right to left
 * ("?anderledes fra sidste gang"). Each element's shadow content now carries its own language.
 */
describe('an element on an Arabic page', () => {
  arabicPage();
  before(() => setViewport({ width: 1024, height: 768 }));

  async function trend(attributes = ''): Promise<SporTrendChart> {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<spor-trend-chart series="initiative" ${attributes}></spor-trend-chart>`;
    const el = wrapper.querySelector('spor-trend-chart')!;
    el.data = progressData();
    await el.updateComplete;
    return el;
  }

  /** The callout's box and the active point's, once it has been placed. */
  async function calloutAt(el: SporTrendChart, key: string) {
    await sendKeys({ press: key });
    await el.updateComplete;
    // The callout glides to its place (120 ms, where motion is allowed): measure where it stops.
    await aTimeout(300);
    const root = el.shadowRoot!;
    return {
      callout: root.querySelector('[part~="callout"]')!.getBoundingClientRect(),
      point: root.querySelector('circle.cursor')!.getBoundingClientRect(),
    };
  }

  it('keeps the trend chart’s callout beside its point and on screen, at the first point and at End', async () => {
    const el = await trend();
    (el.shadowRoot!.querySelector('[part~="plot"]') as HTMLElement).focus();
    for (const key of ['ArrowRight', 'End']) {
      const { callout, point } = await calloutAt(el, key);
      expect(callout.left, `${key}: left edge on screen`).to.be.at.least(0);
      expect(callout.right, `${key}: right edge on screen`).to.be.at.most(1024);
      // Beside the point: one of its sides within the gap (14 px) of the point's circle.
      const distance = Math.min(Math.abs(callout.left - point.right), Math.abs(point.left - callout.right));
      expect(
        distance,
        `${key}: ${callout.left}–${callout.right} beside ${point.left}–${point.right}`,
      ).to.be.below(20);
    }
    await expect(el).to.be.accessible();
  });

  it('starts every placement label inside the chart', async () => {
    const el = await trend();
    const host = el.getBoundingClientRect();
    const labels = [...el.shadowRoot!.querySelectorAll('.band-label')];
    expect(labels.length).to.be.greaterThan(0);
    for (const label of labels) {
      const box = label.getBoundingClientRect();
      expect(box.left, label.textContent ?? '').to.be.at.least(host.left);
      expect(box.right, label.textContent ?? '').to.be.at.most(host.right);
    }
    await expect(el).to.be.accessible();
  });

  it('marks Danish text as Danish, left to right, so it is read and drawn as Danish', async () => {
    const el = await fixture(
      html`<spor-conversation-guide .data=${simon} date="2026-11-13"></spor-conversation-guide>`,
    );
    const prompt = el.shadowRoot!.querySelector('.prompt-text')!;
    expect(prompt.textContent).to.contain('anderledes fra sidste gang?');
    expect(languageOf(prompt)).to.equal('da');
    expect(getComputedStyle(prompt).direction).to.equal('ltr');
    // The question mark ends the line on the right, where Danish ends it.
    const range = document.createRange();
    range.selectNodeContents(prompt);
    const rects = [...range.getClientRects()];
    const mark = document.createRange();
    const text = document.createTreeWalker(prompt, NodeFilter.SHOW_TEXT).lastChild()!;
    mark.setStart(text, text.textContent!.length - 1);
    mark.setEnd(text, text.textContent!.length);
    const last = rects.at(-1)!;
    expect(mark.getBoundingClientRect().right).to.be.closeTo(last.right, 1);
    await expect(el).to.be.accessible();
  });

  it('turns a Danish guide’s page forward with a leftward swipe, as in Danish, though the page is Arabic', async () => {
    const el = await fixture(
      html`<spor-conversation-guide .data=${simon} date="2026-11-13"></spor-conversation-guide>`,
    );
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    for (const [type, x] of [
      ['pointerdown', 400],
      ['pointerup', 200],
    ] as const) {
      base.dispatchEvent(
        new PointerEvent(type, {
          pointerType: 'touch',
          clientX: x,
          clientY: 300,
          bubbles: true,
          composed: true,
        }),
      );
    }
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('.progress-text')!.textContent!.trim()).to.equal('2 af 4');
    await expect(el).to.be.accessible();
  });

  it('gives every element’s shadow content the element’s own lang and dir', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <spor-trend-chart .data=${simon}></spor-trend-chart>
      <spor-trait-star .data=${simon}></spor-trait-star>
      <spor-dimension-summary .data=${simon}></spor-dimension-summary>
      <spor-data-table .data=${simon}></spor-data-table>
      <spor-sparkline .values=${[1, 2, 3]}></spor-sparkline>
      <spor-assessment-form .data=${simon}></spor-assessment-form>
      <spor-conversation-guide .data=${simon} locale="en"></spor-conversation-guide>
      <spor-progress-conversation .data=${simon}></spor-progress-conversation>
    </div>`);
    for (const el of [...wrapper.children] as Array<HTMLElement & { updateComplete: Promise<unknown> }>) {
      await el.updateComplete;
      const expected = el.getAttribute('locale') || 'da';
      const content = [...el.shadowRoot!.children].filter((node) => node.localName !== 'style');
      expect(content.length, el.localName).to.be.greaterThan(0);
      for (const node of content) {
        expect(languageOf(node), `${el.localName} > ${node.localName}`).to.equal(expected);
        expect(getComputedStyle(node).direction, `${el.localName} > ${node.localName}`).to.equal('ltr');
        if (node instanceof SVGElement) continue;
        expect(node.getAttribute('dir'), `${el.localName} > ${node.localName}`).to.equal('ltr');
      }
    }
    await expect(wrapper).to.be.accessible();
  });
});
