// A person is a boundary on the printable page: Simon's finished conversation never prints under
// Liv's name, and his "yes" to showing resilience never shows Liv's.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-conversation-summary/spor-conversation-summary.js';
import type { SporConversationSummary } from '../../../src/elements/spor-conversation-summary/spor-conversation-summary.component.js';
import {
  sampleAsOf,
  samplePersonas,
  type ConversationRecord,
  type ProgressData,
} from '../../../src/core/index.js';
import type { SporInvalidDataDetail } from '../../../src/events/index.js';
import { everythingShown, recordEvents, settleDeep, watchFrames } from '../boundary.js';

const [simon, liv] = samplePersonas as [ProgressData, ProgressData];
const typed = 'Han kom til tiden hver eneste dag';

const simons: ConversationRecord = {
  id: 'simon-c5',
  date: sampleAsOf,
  promptSet: 'nextwork',
  answers: { changes: typed },
  resilienceConsent: true,
};

/** The page's title as a person reads it. */
const titleOf = (el: SporConversationSummary) =>
  (el.shadowRoot!.querySelector('[part~="title"]')?.textContent ?? '')
    .replace(/[\s\u2066-\u2069]+/g, ' ')
    .trim();

/** Nothing of Simon's (his answer, his name, his id) in `text`. */
function expectNothingOfSimon(text: string, where: string): void {
  expect(text.includes(typed), `${where}: Simon's answer`).to.equal(false);
  expect(text.toLowerCase().includes('simon'), `${where}: Simon's name or id`).to.equal(false);
}

describe('<spor-conversation-summary> between persons', () => {
  it("refuses Simon's record once the host shows Liv, and never shows her resilience on his yes", async () => {
    const el = await fixture<SporConversationSummary>(
      html`<spor-conversation-summary .data=${simon} .record=${simons} locale="en"></spor-conversation-summary>`,
    );
    await settleDeep(el);
    expect(everythingShown(el), "Simon's page").to.include(typed);
    expect(everythingShown(el), 'with his resilience, by his yes').to.include('Resilience');

    const events = recordEvents(el, ['spor-invalid-data']);
    const watch = watchFrames(el);
    el.data = liv;
    await settleDeep(el);
    watch.stop();
    expect(watch.snapshots.length, 'frames were painted').to.be.greaterThan(0);
    for (const [index, shown] of watch.snapshots.entries()) {
      expectNothingOfSimon(shown, `Liv's page, frame ${index}`);
      expect(shown, `Liv's resilience, frame ${index}`).not.to.include('Resilience');
    }
    expect(titleOf(el), 'no page titled for Liv').to.equal('');
    expect(events.length, 'the host is told').to.equal(1);
    const [issue] = (events[0]!.detail as SporInvalidDataDetail).issues;
    expect(issue?.path).to.deep.equal(['record']);
    expect(issue?.message).to.equal("The conversation belongs to another young person's case.");
    expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.include(
      "The conversation belongs to another young person's case.",
    );
    expectNothingOfSimon(JSON.stringify(events), 'the event');
    await expect(el).to.be.accessible();

    el.locale = 'da';
    await settleDeep(el);
    expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.include(
      'Samtalen hører til en anden ungs sag.',
    );

    // Liv's own record, without her yes: her page, and no resilience.
    el.record = { ...simons, id: 'liv-c1', answers: { changes: 'Liv selv' }, resilienceConsent: false };
    await settleDeep(el);
    expect(titleOf(el)).to.equal('Samtale med Liv');
    expect(everythingShown(el)).to.include('Liv selv');
    expect(everythingShown(el)).not.to.include('Modstandskraft');
  });

  it('takes a record set before the data as the first person’s, and the two set together as one', async () => {
    const el = await fixture<SporConversationSummary>(
      html`<spor-conversation-summary .record=${simons} locale="en"></spor-conversation-summary>`,
    );
    el.data = simon;
    await settleDeep(el);
    expect(titleOf(el)).to.equal('Conversation with Simon');
    expect(everythingShown(el)).to.include('Resilience');
    Object.assign(el, {
      data: liv,
      record: { ...simons, id: 'liv-c1', answers: {}, resilienceConsent: true },
    });
    await settleDeep(el);
    expect(titleOf(el)).to.equal('Conversation with Liv');
    expectNothingOfSimon(everythingShown(el), "Liv's page");
    await expect(el).to.be.accessible();
  });
});
