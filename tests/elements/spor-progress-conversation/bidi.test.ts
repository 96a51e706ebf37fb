import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-progress-conversation/spor-progress-conversation.js';
import type { SporProgressConversation } from '../../../src/elements/spor-progress-conversation/spor-progress-conversation.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import { evil, unisolated } from '../bidi.js';

const [simon] = samplePersonas as [ProgressData];

describe('<spor-progress-conversation> and right-to-left overrides in host text', () => {
  it('shows no host text outside a bidi isolate, in its own view or in the guide', async () => {
    const data = { ...simon, participant: { ...simon.participant, displayName: evil } };
    const el = await fixture<SporProgressConversation>(
      html`<spor-progress-conversation .data=${data} date="2026-11-13" locale="en"></spor-progress-conversation>`,
    );
    await aTimeout(50);
    const guide = el.shadowRoot!.querySelector('spor-conversation-guide');
    expect(unisolated(el.shadowRoot)).to.deep.equal([]);
    expect(unisolated(guide?.shadowRoot)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
