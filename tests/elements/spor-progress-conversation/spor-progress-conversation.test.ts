import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/spor-progress-conversation/spor-progress-conversation.js';
import type { SporProgressConversation } from '../../../src/elements/spor-progress-conversation/spor-progress-conversation.component.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import {
  ConversationRecordSchema,
  samplePersonas,
  type ConversationRecord,
  type ProgressData,
} from '../../../src/core/index.js';
import type { SporConversationChangeDetail } from '../../../src/events/index.js';

const [simon, liv] = samplePersonas as [ProgressData, ProgressData];
const date = '2026-11-13';

async function view(
  width: number,
  data: unknown = simon,
  persist = 'none',
): Promise<SporProgressConversation> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement('spor-progress-conversation');
  el.date = date;
  el.locale = 'en';
  el.persist = persist as SporProgressConversation['persist'];
  el.data = data;
  wrapper.append(el);
  await settle(el);
  return el;
}

const guideOf = (el: SporProgressConversation) =>
  el.shadowRoot!.querySelector('spor-conversation-guide') as SporConversationGuide;
const charts = (el: SporProgressConversation) => el.shadowRoot!.querySelector('.charts') as HTMLElement;
const chartTags = (el: SporProgressConversation) =>
  [...charts(el).querySelectorAll('spor-trait-star, spor-dimension-summary, spor-trend-chart')].map(
    (c) => c.localName,
  );

async function settle(el: SporProgressConversation): Promise<void> {
  await el.updateComplete;
  await guideOf(el)?.updateComplete;
  await el.updateComplete;
  for (const chart of charts(el)?.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*') ??
    [])
    await chart.updateComplete;
}

async function next(el: SporProgressConversation, selector = '.next'): Promise<void> {
  const guide = guideOf(el);
  (guide.shadowRoot!.querySelector(selector) as HTMLElement).click();
  await settle(el);
}

describe('<spor-progress-conversation>', () => {
  beforeEach(() => sessionStorage.clear());

  it('stands the charts beside the guide in landscape (1024 × 768)', async () => {
    const el = await view(976);
    const chartBox = charts(el).getBoundingClientRect();
    const guideBox = guideOf(el).getBoundingClientRect();
    expect(chartBox.right).to.be.at.most(guideBox.left);
    expect(guideBox.top, 'in the same row').to.be.below(chartBox.top + 40);
    await expect(el).to.be.accessible();
  });

  it('puts the charts above the guide in portrait (768 × 1024)', async () => {
    const el = await view(720);
    expect(charts(el).getBoundingClientRect().bottom).to.be.at.most(guideOf(el).getBoundingClientRect().top);
    await expect(el).to.be.accessible();
  });

  it('lets the step choose the picture, highlights the candidate area as the choice changes, and is accessible on every step', async () => {
    const el = await view(976);
    expect(chartTags(el), 'prompt 1').to.deep.equal(['spor-trait-star', 'spor-dimension-summary']);
    await expect(el).to.be.accessible();
    await next(el);
    expect(chartTags(el), 'prompt 2').to.deep.equal(['spor-trait-star', 'spor-dimension-summary']);
    await expect(el).to.be.accessible();
    await next(el);
    expect(chartTags(el), 'prompt 3').to.deep.equal(['spor-trend-chart']);
    await expect(el).to.be.accessible();
    await next(el);
    expect(chartTags(el), 'prompt 4').to.deep.equal(['spor-trend-chart']);
    const guide = guideOf(el);
    for (const id of ['weekly-company.punctuality', 'social', 'determination']) {
      (guide.shadowRoot!.querySelector(`input[value="${id}"]`) as HTMLInputElement).click();
      await settle(el);
      const trend = charts(el).querySelector('spor-trend-chart')!;
      expect(trend.getAttribute('focus'), `the chart follows the choice ${id}`).to.equal(id);
      expect(
        trend
          .getAttribute('series')
          ?.split(',')
          .concat(trend.getAttribute('series') ?? ''),
      ).to.satisfy(
        (list: string[]) => list.includes(id) || list.includes('traits') || list.includes('dimensions'),
      );
    }
    await expect(el).to.be.accessible();
    await next(el);
    expect(chartTags(el), 'overview').to.deep.equal(['spor-trend-chart']);
    await expect(el).to.be.accessible();
  });

  it('forwards the guide’s events: host pages listen on the view', async () => {
    const el = await view(976);
    const changes: SporConversationChangeDetail[] = [];
    el.addEventListener('spor-conversation-change', (e) => changes.push(e.detail));
    const guide = guideOf(el);
    const area = guide.shadowRoot!.querySelector('textarea')!;
    area.value = 'The dots are higher';
    area.dispatchEvent(new Event('input'));
    for (let i = 0; i < 3; i += 1) await next(el);
    (guide.shadowRoot!.querySelector('input[value="social"]') as HTMLInputElement).click();
    await next(el);
    const done = oneEvent(el, 'spor-conversation-complete');
    (guide.shadowRoot!.querySelector('.finish') as HTMLElement).click();
    const { detail } = await done;
    const record: ConversationRecord = detail.record;
    expect(ConversationRecordSchema.safeParse(record).success).to.equal(true);
    expect(record).to.deep.include({ date, promptSet: 'nextwork', focus: 'social' });
    expect(record.answers['changes']).to.equal('The dots are higher');
    expect(changes.length).to.be.greaterThan(3);
    for (const change of changes)
      expect(ConversationRecordSchema.safeParse(change.record).success).to.equal(true);
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The step after Finish: the conversation as a page for the case file, and a way to print it.
    const summary = charts(el).querySelector('spor-conversation-summary') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await summary.updateComplete;
    const page = summary.shadowRoot!;
    expect(page.querySelector('[part~="answer"]')?.textContent).to.contain('The dots are higher');
    expect(page.querySelector('.focus-now')?.textContent).to.contain('Social skills');
    const print = el.shadowRoot!.querySelector<HTMLButtonElement>('.print')!;
    expect(print.textContent?.trim()).to.equal('Print or save as PDF');
    expect(el.shadowRoot!.activeElement, 'the next step has focus').to.equal(print);
    const box = print.getBoundingClientRect();
    expect(Math.min(box.width, box.height)).to.be.at.least(44);
    const original = window.print;
    let printed = 0;
    window.print = () => (printed += 1);
    try {
      print.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
    await expect(el).to.be.accessible();
    // Starting again leaves the page for the case file behind.
    (guide.shadowRoot!.querySelector('.is-finished button') as HTMLElement).click();
    await settle(el);
    expect(charts(el).querySelector('spor-conversation-summary')).to.equal(null);
  });

  it('keeps resilience out of the charts until the young person agrees', async () => {
    const el = await view(976);
    const summary = () => charts(el).querySelector('spor-dimension-summary')!.shadowRoot!.textContent ?? '';
    expect(summary()).not.to.contain('Resilience');
    (guideOf(el).shadowRoot!.querySelector('[role="switch"]') as HTMLElement).click();
    await settle(el);
    expect(summary()).to.contain('Resilience');
    await expect(el).to.be.accessible();
  });

  it('comes back on the same step after a reload with persist="session"', async () => {
    const first = await view(976, liv, 'session');
    for (let i = 0; i < 3; i += 1) await next(first);
    (guideOf(first).shadowRoot!.querySelector('input[value="social"]') as HTMLInputElement).click();
    await settle(first);
    first.remove();
    const again = await view(976, liv, 'session');
    expect(guideOf(again).step).to.equal(3);
    expect(chartTags(again)).to.deep.equal(['spor-trend-chart']);
    expect(charts(again).querySelector('spor-trend-chart')?.getAttribute('focus')).to.equal('social');
    await expect(again).to.be.accessible();
  });

  it('shows a localized error state and fires spor-invalid-data for bad data', async () => {
    const el = await view(976);
    const event = oneEvent(el, 'spor-invalid-data');
    el.data = { schemaVersion: 1, participant: {} };
    await event;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    expect(el.shadowRoot!.querySelector('spor-conversation-guide')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
