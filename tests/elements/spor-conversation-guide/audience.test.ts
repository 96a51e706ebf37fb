import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import type { SporConversationChangeDetail } from '../../../src/events/index.js';
import { $ } from './guide-controls.js';

const [simon] = samplePersonas as [ProgressData];
const date = '2026-11-13';

describe('<spor-conversation-guide> asks core’s audience policy for every event detail', () => {
  afterEach(() => sessionStorage.clear());

  it('never tells a company that resilience shows, nor hands it a resilience focus, whatever a stored draft says', async () => {
    sessionStorage.setItem(
      `spor-conversation:${simon.participant.id}:${date}`,
      JSON.stringify({
        id: 'c-x',
        answers: { changes: 'Kept' },
        focus: 'resilience',
        step: 0,
        isResilienceShown: true,
      }),
    );
    const el = await fixture<SporConversationGuide>(
      html`<spor-conversation-guide .data=${simon} date=${date} locale="en" persist="session" audience="company"></spor-conversation-guide>`,
    );
    const changes: SporConversationChangeDetail[] = [];
    el.addEventListener('spor-conversation-change', (e) => changes.push(e.detail));
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal('Kept');
    expect(el.shadowRoot!.querySelector('[part~="consent"]'), 'no switch for a company').to.equal(null);
    $(el, '.next').click();
    await el.updateComplete;
    expect(changes.at(-1)).to.deep.include({ isResilienceShown: false });
    expect(changes.at(-1)!.record.focus).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('tells a counsellor that resilience shows, without a switch', async () => {
    const el = await fixture<SporConversationGuide>(
      html`<spor-conversation-guide .data=${simon} date=${date} locale="en" audience="counsellor"></spor-conversation-guide>`,
    );
    const changes: SporConversationChangeDetail[] = [];
    el.addEventListener('spor-conversation-change', (e) => changes.push(e.detail));
    expect(el.shadowRoot!.querySelector('[part~="consent"]')).to.equal(null);
    $(el, '.next').click();
    await el.updateComplete;
    expect(changes.at(-1)).to.deep.include({ isResilienceShown: true });
    await expect(el).to.be.accessible();
  });
});
