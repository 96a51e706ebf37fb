// A person is a boundary in the composed view: the host switches from Simon to Liv as every
// portal does, and nothing of Simon's (his words, his name, his consent, his finished page) is
// shown, stored or sent for Liv, while everything Simon typed reaches the host as his.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-progress-conversation/spor-progress-conversation.js';
import type { SporProgressConversation } from '../../../src/elements/spor-progress-conversation/spor-progress-conversation.component.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { samplePersonas, type ConversationRecord, type ProgressData } from '../../../src/core/index.js';
import type { SporConversationChangeDetail, SporInvalidDataDetail } from '../../../src/events/index.js';
import { everythingShown, recordEvents, settleDeep, storedOutside, watchFrames } from '../boundary.js';

const [simon, liv] = samplePersonas as [ProgressData, ProgressData];
const date = '2026-11-13';
const simonKey = `spor-conversation:${simon.participant.id}:${date}`;
const livKey = `spor-conversation:${liv.participant.id}:${date}`;
const typed = 'Han kom til tiden hver eneste dag';
const eventNames = ['spor-conversation-change', 'spor-conversation-complete', 'spor-invalid-data'];

async function view(extra: Partial<SporProgressConversation> = {}): Promise<SporProgressConversation> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 976px"></div>`);
  const el = document.createElement('spor-progress-conversation');
  Object.assign(el, { date, locale: 'en', persist: 'local', data: simon, ...extra });
  wrapper.append(el);
  await settleDeep(el);
  return el;
}

const guideOf = (el: SporProgressConversation) =>
  el.shadowRoot!.querySelector('spor-conversation-guide') as SporConversationGuide;
const inGuide = <T extends HTMLElement>(el: SporProgressConversation, selector: string) =>
  guideOf(el).shadowRoot!.querySelector<T>(selector)!;
const changeOf = (event: { type: string; detail: unknown }) =>
  event.type === 'spor-conversation-change' ? (event.detail as SporConversationChangeDetail) : undefined;

/** What the charts' column shows, through every chart's shadow tree. */
const chartsShown = (el: SporProgressConversation) =>
  [...el.shadowRoot!.querySelectorAll('.charts > .panel > *, .charts > *')]
    .map((chart) => `${chart.textContent ?? ''} ${everythingShown(chart)}`)
    .join(' ');

/** Nothing of Simon's (his typed words, his name, his id) in `text`. */
function expectNothingOfSimon(text: string, where: string): void {
  expect(text.includes(typed), `${where}: Simon's answer`).to.equal(false);
  const at = text.toLowerCase().indexOf('simon');
  expect(at, `${where}: Simon's name or id in …${text.slice(Math.max(0, at - 200), at + 50)}`).to.equal(-1);
}

async function finish(el: SporProgressConversation): Promise<void> {
  for (let i = 0; i < 4; i += 1) {
    inGuide(el, '.next').click();
    await settleDeep(el);
  }
  inGuide(el, '.finish').click();
  await settleDeep(el);
}

describe('<spor-progress-conversation> between persons', () => {
  beforeEach(() => (localStorage.clear(), sessionStorage.clear()));
  afterEach(() => (localStorage.clear(), sessionStorage.clear()));

  it("never shows Simon's finished page, answers or consent once the host shows Liv", async () => {
    const el = await view();
    inGuide(el, '[part~="consent"]').click();
    await settleDeep(el);
    inGuide<HTMLTextAreaElement>(el, 'textarea').focus();
    await sendKeys({ type: typed });
    await finish(el);
    const page = el.shadowRoot!.querySelector('spor-conversation-summary');
    expect(page, "Simon's printable page").to.exist;
    expect(everythingShown(el), 'Simon’s page shows his answer').to.include(typed);
    expect(chartsShown(el), 'and his resilience, with his consent').to.include('Resilience');

    const events = recordEvents(el, eventNames);
    const watch = watchFrames(el);
    el.data = liv;
    await settleDeep(el);
    await aTimeout(400);
    await settleDeep(el);
    watch.stop();
    expect(watch.snapshots.length, 'frames were painted').to.be.greaterThan(0);
    for (const [index, shown] of watch.snapshots.entries())
      expectNothingOfSimon(shown, `Liv's screen, frame ${index}`);
    expectNothingOfSimon(everythingShown(el), "Liv's screen");
    expect(el.shadowRoot!.querySelector('spor-conversation-summary'), 'no finished page for Liv').to.equal(
      null,
    );
    expect(chartsShown(el), "Liv's resilience without her consent").not.to.include('Resilience');
    expect(guideOf(el).isResilienceShown).to.equal(false);
    expect(guideOf(el).purpose).to.equal('changes');
    expectNothingOfSimon(JSON.stringify(events), 'every event after the switch');
    expectNothingOfSimon(storedOutside(simonKey), 'storage');
    await expect(el).to.be.accessible();
  });

  it("hands Simon's pending change over first, whole, when the host switches within 300 ms of the last key", async () => {
    const el = await view();
    const events = recordEvents(el, eventNames);
    inGuide(el, '[part~="consent"]').click();
    await settleDeep(el);
    inGuide<HTMLTextAreaElement>(el, 'textarea').focus();
    await sendKeys({ type: typed });
    const atSwitch = events.length;
    const watch = watchFrames(el);
    el.data = liv;
    await settleDeep(el);
    await aTimeout(400);
    watch.stop();
    expect(watch.snapshots.length, 'frames were painted').to.be.greaterThan(0);
    for (const [index, shown] of watch.snapshots.entries())
      expectNothingOfSimon(shown, `Liv's screen, frame ${index}`);

    const whole = events.findIndex((e) => changeOf(e)?.record.answers['changes'] === typed);
    expect(whole, "Simon's whole answer is handed over").to.be.at.least(0);
    expect(whole, 'before anything after the switch').to.be.at.most(atSwitch);
    expect(changeOf(events[whole]!)?.participant).to.equal('simon');
    expectNothingOfSimon(JSON.stringify(events.slice(whole + 1)), 'every event after it');
    expectNothingOfSimon(everythingShown(el), "Liv's screen");
    expect(chartsShown(el)).not.to.include('Resilience');

    inGuide<HTMLTextAreaElement>(el, 'textarea').focus();
    await sendKeys({ type: 'x' });
    await aTimeout(400);
    const stored = JSON.parse(localStorage.getItem(livKey) ?? '{}') as Record<string, unknown>;
    expect(stored['answers']).to.deep.equal({ changes: 'x' });
    expect(changeOf(events.at(-1)!)?.record.answers).to.deep.equal({ changes: 'x' });
    expectNothingOfSimon(JSON.stringify(events.slice(whole + 1)), 'every event after the switch');
    expectNothingOfSimon(storedOutside(simonKey), 'storage');
    await expect(el).to.be.accessible();
  });

  it("refuses Simon's draft as value once Liv is shown, and last conversation's record (with consent) for a new date", async () => {
    const value: ConversationRecord = {
      id: 'c-simon',
      date,
      promptSet: 'nextwork',
      answers: { changes: typed },
      resilienceConsent: true,
    };
    const el = await view({ value });
    expect(inGuide<HTMLTextAreaElement>(el, 'textarea').value).to.equal(typed);
    const events = recordEvents(el, eventNames);
    el.data = liv;
    await settleDeep(el);
    expectNothingOfSimon(everythingShown(el), "Liv's screen");
    expect(chartsShown(el)).not.to.include('Resilience');
    const refusals = events.filter((e) => e.type === 'spor-invalid-data');
    expect(refusals.length).to.equal(1);
    expect((refusals[0]!.detail as SporInvalidDataDetail).issues[0]?.path).to.deep.equal(['value']);
    expect(localStorage.getItem(livKey)).to.equal(null);
    await expect(el).to.be.accessible();

    const again = await view({ value: { ...value, date: '2026-10-02' } });
    expect(guideOf(again).isResilienceShown, 'resilience before anyone is asked').to.equal(false);
    expect(chartsShown(again)).not.to.include('Resilience');
    expect(everythingShown(again)).not.to.include(typed);
  });

  it('keeps every typed character while the host sets invalid data for 60 ms, as the guide alone does', async () => {
    const el = await view();
    const events = recordEvents(el, eventNames);
    const text = 'abcdefghijklmnopqrstuvwxyz0123';
    inGuide<HTMLTextAreaElement>(el, 'textarea').focus();
    for (let i = 0; i < text.length; i += 3) {
      await sendKeys({ type: text.slice(i, i + 3) });
      if (i === 12) {
        el.data = { ...simon, assessments: 'broken' };
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="input-notice"]'), 'what is wrong is shown').to.exist;
        expect(guideOf(el).shadowRoot!.querySelector('[part~="input-notice"]'), 'and the guide says so').to
          .exist;
        setTimeout(() => (el.data = simon), 60);
      }
    }
    await aTimeout(100);
    await settleDeep(el);
    await aTimeout(400);
    expect(inGuide<HTMLTextAreaElement>(el, 'textarea').value, 'on screen').to.equal(text);
    expect(changeOf(events.at(-1)!)?.record.answers['changes'], 'in the last change').to.equal(text);
    expect(el.shadowRoot!.querySelector('[part~="input-notice"]'), 'the notice is gone').to.equal(null);
    await expect(el).to.be.accessible();

    // Invalid data for another person: nothing of Simon's on it; Simon back, his text is back.
    el.data = { ...liv, assessments: 'broken' };
    await settleDeep(el);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    expectNothingOfSimon(everythingShown(el), "Liv's broken data");
    el.data = simon;
    await settleDeep(el);
    expect(everythingShown(el)).to.include(text);
  });

  it("hands Simon's next step and target over as his, and shows Liv none of it, not even on his finished page", async () => {
    const nextStep = 'Simons næste skridt: jeg spørger selv om en ny opgave';
    const el = await view();
    const events = recordEvents(el, eventNames);
    for (let i = 0; i < 3; i += 1) {
      inGuide(el, '.next').click();
      await settleDeep(el);
    }
    inGuide<HTMLInputElement>(el, 'input[name="focus"][value="initiative"]').click();
    await settleDeep(el);
    inGuide<HTMLInputElement>(el, 'input[name="target"][value="4"]').click();
    inGuide<HTMLTextAreaElement>(el, '#next-step').focus();
    await sendKeys({ type: nextStep });
    el.data = liv;
    await settleDeep(el);
    await aTimeout(400);
    const handed = events.map(changeOf).find((change) => change?.record.nextStep === nextStep);
    expect(handed?.participant, "Simon's next step is handed over as his").to.equal('simon');
    expect(handed?.record.target).to.equal(4);
    expect(everythingShown(el).includes(nextStep), "Liv's screen").to.equal(false);
    expect(guideOf(el).step, 'Liv starts at her first prompt').to.equal(0);
    for (const change of events.map(changeOf).filter((c) => c?.participant === 'liv')) {
      expect(change?.record).not.to.have.property('nextStep');
      expect(change?.record).not.to.have.property('target');
    }
    // Back to Simon, finished: his page prints his step; Liv's shows nothing of it.
    el.data = simon;
    await settleDeep(el);
    expect(guideOf(el).step, 'Simon is back on his fourth prompt').to.equal(3);
    inGuide(el, '.next').click();
    await settleDeep(el);
    inGuide(el, '.finish').click();
    await settleDeep(el);
    expect(everythingShown(el), "Simon's finished page").to.include(nextStep);
    el.data = liv;
    await settleDeep(el);
    expect(everythingShown(el).includes(nextStep), "Liv's screen after Simon's page").to.equal(false);
    await expect(el).to.be.accessible();
  });
});
