// Found by the accessibility audit of the conversation view (issue 22): on a page whose heading is
// an h1, the charts beside the guide titled themselves h3, skipping a level. The view passes its
// `heading-level` to the charts it draws, so a host puts them where its page needs them.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-progress-conversation/spor-progress-conversation.js';
import type { SporProgressConversation } from '../../../src/elements/spor-progress-conversation/spor-progress-conversation.component.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import { settleDeep } from '../boundary.js';

const [simon] = samplePersonas as [ProgressData];

/** The heading tags in a chart's shadow root, in order, with their text. */
const headingsIn = (chart: Element | null) =>
  [...(chart?.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? [])].map(
    (h) => `${h.tagName.toLowerCase()} ${h.textContent?.replace(/\s+/g, ' ').trim()}`,
  );

async function view(level?: string): Promise<SporProgressConversation> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('spor-progress-conversation');
  Object.assign(el, { date: '2026-11-13', locale: 'da', data: simon });
  if (level !== undefined) el.setAttribute('heading-level', level);
  wrapper.append(el);
  await settleDeep(el);
  return el;
}

describe('<spor-progress-conversation> heading-level', () => {
  it('titles the star at the level the host gives (2 under a page h1)', async () => {
    const el = await view('2');
    const star = headingsIn(el.shadowRoot!.querySelector('spor-trait-star'));
    expect(star.length, "the star's headings").to.be.greaterThan(0);
    expect(star[0]).to.equal('h2 Simons egenskaber: nu og sidst');
    // The summary under the star sits one below its title.
    expect(
      star.slice(1).every((h) => h.startsWith('h3 ')),
      star.join(' | '),
    ).to.equal(true);
    // The cards beside the star have no headings of their own (each card is a list item).
    expect(headingsIn(el.shadowRoot!.querySelector('spor-dimension-summary'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('titles the trend chart at that level too, at step 3', async () => {
    const el = await view('2');
    const guide = el.shadowRoot!.querySelector('spor-conversation-guide') as SporConversationGuide;
    for (let step = 0; step < 2; step++) {
      guide.shadowRoot!.querySelector<HTMLButtonElement>('.next')!.click();
      await settleDeep(el);
    }
    const trend = headingsIn(el.shadowRoot!.querySelector('spor-trend-chart'));
    expect(trend.length, "the trend chart's headings").to.be.greaterThan(0);
    expect(trend[0]!.startsWith('h2 '), trend[0]).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps the charts at 3 when the host says nothing, as before', async () => {
    const el = await view();
    expect(headingsIn(el.shadowRoot!.querySelector('spor-trait-star'))[0]).to.equal(
      'h3 Simons egenskaber: nu og sidst',
    );
    await expect(el).to.be.accessible();
  });
});
