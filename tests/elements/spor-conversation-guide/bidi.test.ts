import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import { evil, isolates, unisolated } from '../bidi.js';
import { $ } from './guide-controls.js';

const [simon] = samplePersonas as [ProgressData];

/** Simon's data with a right-to-left override in his name, every rater's name and every note. */
const hostile: ProgressData = {
  ...simon,
  participant: { ...simon.participant, displayName: evil },
  assessments: simon.assessments.map((a) => ({
    ...a,
    rater: { ...a.rater, name: evil },
    ...(a.notes ? { notes: Object.fromEntries(Object.keys(a.notes).map((k) => [k, `${evil} note`])) } : {}),
  })),
};

const promptSet = {
  id: 'host-set',
  label: { da: evil, en: evil },
  prompts: [
    { id: 'p1', purpose: 'changes', text: { da: `${evil}?`, en: `${evil}?` } },
    { id: 'p2', purpose: 'examples', text: { da: `${evil}?`, en: `${evil}?` } },
    { id: 'p3', purpose: 'focus', text: { da: `${evil}?`, en: `${evil}?` } },
  ],
};

describe('<spor-conversation-guide> and right-to-left overrides in host text', () => {
  it('puts names, notes, prompt texts and the set’s label each in its own bidi isolate, on every step', async () => {
    const el = await fixture<SporConversationGuide>(
      html`<spor-conversation-guide .data=${hostile} .promptSet=${promptSet} date="2026-11-13" locale="en"></spor-conversation-guide>`,
    );
    for (let step = 0; step <= promptSet.prompts.length; step += 1) {
      expect(unisolated(el.shadowRoot), `step ${step}`).to.deep.equal([]);
      expect(isolates(el.shadowRoot), `step ${step}`).to.include(evil);
      await expect(el).to.be.accessible();
      if (step < promptSet.prompts.length) {
        $(el, '.next').click();
        await el.updateComplete;
      }
    }
    // The notes' step showed the notes and their raters.
    $(el, '.overview-item button').click();
    await el.updateComplete;
    $(el, '.next').click();
    await el.updateComplete;
    expect(isolates(el.shadowRoot)).to.include(`${evil} note`);
  });
});
