// A person is a boundary: a host that switches the guide from Simon to Liv (as every portal does)
// must never show, store or send anything of Simon's for Liv, and must get Simon's last words.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { samplePersonas, type ConversationRecord, type ProgressData } from '../../../src/core/index.js';
import type { SporConversationChangeDetail, SporInvalidDataDetail } from '../../../src/events/index.js';
import { everythingShown, recordEvents, settleDeep, storedOutside } from '../boundary.js';
import { $ } from './guide-controls.js';

const [simon, liv] = samplePersonas as [ProgressData, ProgressData];
const date = '2026-11-13';
const simonKey = `spor-conversation:${simon.participant.id}:${date}`;
const livKey = `spor-conversation:${liv.participant.id}:${date}`;
const typed = 'Han kom til tiden hver eneste dag';

async function guide(extra: Partial<SporConversationGuide> = {}): Promise<SporConversationGuide> {
  const el = await fixture<SporConversationGuide>(
    html`<spor-conversation-guide .data=${simon} date=${date} locale="en" persist="local"></spor-conversation-guide>`,
  );
  Object.assign(el, extra);
  await settleDeep(el);
  return el;
}

const changeOf = (event: { type: string; detail: unknown }) =>
  event.type === 'spor-conversation-change' ? (event.detail as SporConversationChangeDetail) : undefined;

/** Nothing of Simon's (his typed words, his name, his id) in `text`. */
function expectNothingOfSimon(text: string, where: string): void {
  expect(text, `${where}: Simon's answer`).not.to.include(typed);
  expect(text.toLowerCase(), `${where}: Simon's name or id`).not.to.include('simon');
}

describe('<spor-conversation-guide> between persons', () => {
  beforeEach(() => (localStorage.clear(), sessionStorage.clear()));
  afterEach(() => (localStorage.clear(), sessionStorage.clear()));

  it("hands Simon's pending change over first, whole, and shows, stores and sends nothing of his for Liv", async () => {
    const el = await guide();
    const events = recordEvents(el, [
      'spor-conversation-change',
      'spor-conversation-complete',
      'spor-invalid-data',
    ]);
    $(el, '[part~="consent"]').click();
    await el.updateComplete;
    expect(el.isResilienceShown, 'Simon agreed').to.equal(true);
    $<HTMLTextAreaElement>(el, 'textarea').focus();
    await sendKeys({ type: typed });
    // The host switches to the next young person well within 300 ms of the last key.
    const atSwitch = events.length;
    el.data = liv;
    await settleDeep(el);
    await aTimeout(400);

    const whole = events.findIndex((e) => changeOf(e)?.record.answers['changes'] === typed);
    expect(whole, "Simon's whole answer is handed over").to.be.at.least(0);
    expect(whole, 'no later than the switch itself').to.be.at.most(atSwitch);
    expect(changeOf(events[whole]!)?.participant, 'as Simon’s').to.equal('simon');
    expect(changeOf(events[whole]!)?.isResilienceShown, 'with his consent').to.equal(true);
    expectNothingOfSimon(JSON.stringify(events.slice(whole + 1)), 'every event after it');

    expectNothingOfSimon(everythingShown(el), "Liv's screen");
    expect($<HTMLTextAreaElement>(el, 'textarea').value, "Liv's answer").to.equal('');
    expect(el.isResilienceShown, "Liv's resilience without her consent").to.equal(false);
    expect($(el, '[part~="consent"]').getAttribute('aria-checked')).to.equal('false');
    expectNothingOfSimon(storedOutside(simonKey), 'storage outside Simon’s own draft');

    // One key press on Liv's screen stores and sends Liv's own answer, nothing more.
    const beforeKey = events.length;
    $<HTMLTextAreaElement>(el, 'textarea').focus();
    await sendKeys({ type: 'x' });
    await aTimeout(400);
    const stored = JSON.parse(localStorage.getItem(livKey) ?? '{}') as Record<string, unknown>;
    expect(stored['answers'], 'under Liv’s key').to.deep.equal({ changes: 'x' });
    expect(stored['isResilienceShown'], 'without consent').to.equal(false);
    const livChange = changeOf(events.at(-1)!);
    expect(events.length, 'Liv’s change is sent').to.be.greaterThan(beforeKey);
    expect(livChange?.participant).to.equal('liv');
    expect(livChange?.record.answers).to.deep.equal({ changes: 'x' });
    expectNothingOfSimon(JSON.stringify(events.slice(whole + 1)), 'every event after the switch');
    await expect(el).to.be.accessible();

    // Back to Simon: his own words and his own yes are there again.
    el.data = simon;
    await settleDeep(el);
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal(typed);
    expect(el.isResilienceShown).to.equal(true);
  });

  it("refuses Simon's draft record as value once the host shows Liv (value left set)", async () => {
    const value: ConversationRecord = {
      id: 'c-simon',
      date,
      promptSet: 'nextwork',
      answers: { changes: typed },
      resilienceConsent: true,
    };
    const el = await guide({ value });
    expect($<HTMLTextAreaElement>(el, 'textarea').value, 'Simon resumes his draft').to.equal(typed);
    const events = recordEvents(el, [
      'spor-conversation-change',
      'spor-conversation-complete',
      'spor-invalid-data',
    ]);
    el.data = liv;
    await settleDeep(el);
    await aTimeout(400);

    expectNothingOfSimon(everythingShown(el), "Liv's screen");
    expect(el.isResilienceShown, "Liv's resilience").to.equal(false);
    const refusals = events.filter((e) => e.type === 'spor-invalid-data');
    expect(refusals.length, 'the host is told').to.equal(1);
    const [issue] = (refusals[0]!.detail as SporInvalidDataDetail).issues;
    expect(issue?.path).to.deep.equal(['value']);
    expect(issue?.message).to.equal("The draft belongs to another young person's conversation.");
    expect($(el, '[part~="error"]').textContent).to.include("another young person's conversation");
    // Nothing to type into, so one key press stores and sends nothing for Liv.
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    await sendKeys({ type: 'x' });
    await aTimeout(400);
    expect(localStorage.getItem(livKey), 'nothing under Liv’s key').to.equal(null);
    expect(events.filter((e) => e.type !== 'spor-invalid-data')).to.deep.equal([]);
    expectNothingOfSimon(JSON.stringify(events), 'every event after the switch');
    expectNothingOfSimon(storedOutside(simonKey), 'storage outside Simon’s own draft');
    await expect(el).to.be.accessible();

    el.locale = 'da';
    await settleDeep(el);
    expect($(el, '[part~="error"]').textContent).to.include('Kladden hører til en anden ungs samtale.');

    // The host gives Liv her own draft: that one is used.
    el.value = { ...value, id: 'c-liv', answers: { changes: 'Liv selv' }, resilienceConsent: false };
    await settleDeep(el);
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal('Liv selv');
  });

  it("refuses last conversation's record (with consent) as value for a new date, and asks again", async () => {
    const last: ConversationRecord = {
      id: 'c-last',
      date: '2026-10-02',
      promptSet: 'nextwork',
      answers: { changes: typed },
      resilienceConsent: true,
    };
    const el = await fixture<SporConversationGuide>(
      html`<spor-conversation-guide .data=${simon} .value=${last} date=${date} locale="en"></spor-conversation-guide>`,
    );
    const events = recordEvents(el, ['spor-invalid-data']);
    await settleDeep(el);
    expect(el.isResilienceShown, 'resilience before anyone is asked').to.equal(false);
    expect(everythingShown(el)).not.to.include(typed);
    expect($(el, '[part~="error"]').textContent).to.include(
      'The draft is from a conversation on another date.',
    );
    await expect(el).to.be.accessible();
    el.locale = 'da';
    await settleDeep(el);
    expect($(el, '[part~="error"]').textContent).to.include('Kladden er fra en samtale på en anden dato.');
    el.locale = 'en';

    // Without the old record the conversation starts, and the switch is asked, off.
    const refused = recordEvents(el, ['spor-invalid-data']);
    el.value = undefined;
    await settleDeep(el);
    expect(refused).to.deep.equal([]);
    expect(el.isResilienceShown).to.equal(false);
    expect($(el, '[part~="consent"]').getAttribute('aria-checked')).to.equal('false');
    expect(events.length, 'the refusal was fired once, before').to.be.at.most(1);
  });

  it("never shows Simon's finished step for Liv, nor his text on Liv's broken data", async () => {
    const el = await guide();
    $<HTMLTextAreaElement>(el, 'textarea').focus();
    await sendKeys({ type: typed });
    for (let i = 0; i < 4; i += 1) ($(el, '.next').click(), await el.updateComplete);
    $(el, '.finish').click();
    await settleDeep(el);
    expect(el.purpose, 'Simon is done').to.equal('finish');
    el.data = liv;
    await settleDeep(el);
    expect(el.purpose, "Liv's conversation starts").to.equal('changes');
    expect(el.shadowRoot!.querySelector('.done')).to.equal(null);
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal('');

    // Simon again, typing; the host's data breaks, naming Liv: the error state, nothing of Simon's.
    el.data = simon;
    await settleDeep(el);
    $<HTMLTextAreaElement>(el, 'textarea').focus();
    await sendKeys({ type: typed });
    el.data = { ...liv, assessments: 'broken' };
    await settleDeep(el);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    expectNothingOfSimon(everythingShown(el), "Liv's broken data");
    await expect(el).to.be.accessible();
    // Simon's good data again: his text is there.
    el.data = simon;
    await settleDeep(el);
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal(typed);
  });
});
