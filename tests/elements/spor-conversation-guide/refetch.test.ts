import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import type { SporConversationChangeDetail } from '../../../src/events/index.js';
import { $ } from './guide-controls.js';
import { refetchGaps, typeWhileRefetching } from '../refetch.js';

const [simon] = samplePersonas as [ProgressData];
const date = '2026-11-13';
const key = `spor-conversation:${simon.participant.id}:${date}`;
const typed = 'The dots for punctuality are higher, and he came on time every day this month. ';

for (const [name, gap] of refetchGaps(simon)) {
  describe(`<spor-conversation-guide> while the host refetches (${name} for 60 ms every 500 ms)`, () => {
    beforeEach(() => localStorage.clear());
    afterEach(() => localStorage.clear());

    it('keeps every typed character on screen, in the last change event and in the stored draft', async () => {
      const el = await fixture<SporConversationGuide>(
        html`<spor-conversation-guide .data=${simon} date=${date} locale="en" persist="local"></spor-conversation-guide>`,
      );
      const changes: SporConversationChangeDetail[] = [];
      el.addEventListener('spor-conversation-change', (e) => changes.push(e.detail));
      $<HTMLTextAreaElement>(el, 'textarea').focus();
      await typeWhileRefetching(el, simon, gap, typed);
      await aTimeout(350);
      expect($<HTMLTextAreaElement>(el, 'textarea').value, 'on screen').to.equal(typed);
      expect(changes.at(-1)?.record.answers['changes'], 'in the change event').to.equal(typed);
      const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as { answers?: Record<string, string> };
      expect(stored.answers?.['changes'], 'in the stored draft').to.equal(typed);
      expect(localStorage.getItem(`spor-conversation::${date}`), 'no anonymous draft').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it("keeps every character of the young person's next step and the target chosen", async () => {
      const el = await fixture<SporConversationGuide>(
        html`<spor-conversation-guide .data=${simon} date=${date} locale="en" persist="local"></spor-conversation-guide>`,
      );
      for (let i = 0; i < 3; i += 1) ($(el, '.next').click(), await el.updateComplete);
      $<HTMLInputElement>(el, 'input[name="focus"][value="initiative"]').click();
      await el.updateComplete;
      $<HTMLInputElement>(el, 'input[name="target"][value="4"]').click();
      await el.updateComplete;
      const changes: SporConversationChangeDetail[] = [];
      el.addEventListener('spor-conversation-change', (e) => changes.push(e.detail));
      $<HTMLTextAreaElement>(el, '#next-step').focus();
      await typeWhileRefetching(el, simon, gap, typed);
      await aTimeout(350);
      expect($<HTMLTextAreaElement>(el, '#next-step').value, 'on screen').to.equal(typed);
      expect($<HTMLInputElement>(el, 'input[name="target"][value="4"]').checked, 'the target').to.equal(true);
      expect(changes.at(-1)?.record, 'in the change event').to.deep.include({ nextStep: typed, target: 4 });
      const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      expect(stored, 'in the stored draft').to.deep.include({ nextStep: typed, target: 4 });
      await expect(el).to.be.accessible();
    });
  });
}

describe('<spor-conversation-guide> when the data breaks mid-conversation', () => {
  it('keeps the conversation, the text and the focus, says so in a notice, and drops the notice when good data is back', async () => {
    const el = await fixture<SporConversationGuide>(
      html`<spor-conversation-guide .data=${simon} date=${date} locale="en"></spor-conversation-guide>`,
    );
    const area = $<HTMLTextAreaElement>(el, 'textarea');
    area.focus();
    await sendKeys({ type: 'Half a thought' });
    const invalid = oneEvent(el, 'spor-invalid-data');
    el.data = { ...simon, assessments: 'broken' };
    expect((await invalid).detail.issues.length, 'the host is told').to.be.greaterThan(0);
    await el.updateComplete;
    expect($(el, '.notice').textContent).to.contain('still here');
    expect(el.shadowRoot!.activeElement, 'focus stays in the text box').to.equal(area);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await sendKeys({ type: ', finished' });
    el.data = simon;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
    expect(area.value).to.equal('Half a thought, finished');
  });
});
