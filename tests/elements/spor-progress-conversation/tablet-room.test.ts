import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/spor-progress-conversation/spor-progress-conversation.js';
import type { SporProgressConversation } from '../../../src/elements/spor-progress-conversation/spor-progress-conversation.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

async function settle(el: SporProgressConversation): Promise<void> {
  await el.updateComplete;
  for (const child of el.shadowRoot!.querySelectorAll<Updating>('*')) await child.updateComplete;
  await el.updateComplete;
  for (const child of el.shadowRoot!.querySelectorAll<Updating>('*')) await child.updateComplete;
}

/** Each chart's plot height over the chart's own height. */
function plotShares(el: SporProgressConversation): Array<[string, number]> {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('spor-trait-star, spor-trend-chart')].map(
    (chart) => {
      const plot = chart.shadowRoot!.querySelector('[part~="plot"]')!.getBoundingClientRect().height;
      return [chart.localName, plot / chart.getBoundingClientRect().height];
    },
  );
}

describe('<spor-progress-conversation> on a tablet', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  // The demo page's margins leave 976 px of a landscape tablet and 720 px of a portrait one.
  for (const [width, height, inner] of [
    [1024, 768, 976],
    [768, 1024, 720],
  ] as const) {
    it(`gives the plot at least 60 % of each chart's height at ${width}×${height}`, async () => {
      await setViewport({ width, height });
      for (const persona of samplePersonas as ProgressData[]) {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.style.width = `${inner}px`;
        const el = document.createElement('spor-progress-conversation');
        el.date = '2026-11-13';
        el.data = persona;
        wrapper.append(el);
        await settle(el);
        const shares = plotShares(el);
        // Prompt 3 shows the trend chart.
        const guide = el.shadowRoot!.querySelector('spor-conversation-guide')!;
        for (let i = 0; i < 2; i++) {
          (guide.shadowRoot!.querySelector('.next') as HTMLElement).click();
          await settle(el);
        }
        shares.push(...plotShares(el));
        expect(shares.map(([name]) => name)).to.deep.equal(['spor-trait-star', 'spor-trend-chart']);
        for (const [name, share] of shares) expect(share, name).to.be.at.least(0.6);
        // The actions stay 44 × 44 px targets.
        const trendCharts = [...el.shadowRoot!.querySelectorAll('spor-trend-chart')];
        expect(trendCharts.length, 'the trend chart on prompt 3').to.be.greaterThan(0);
        for (const chart of trendCharts) {
          const toggle = chart.shadowRoot!.querySelector('.actions-toggle')!.getBoundingClientRect();
          expect(toggle.width).to.be.at.least(44);
          expect(toggle.height).to.be.at.least(44);
        }
        await expect(el).to.be.accessible();
        wrapper.remove();
      }
    });
  }
});
