// The young person's own side in the guide: the one question where their own reading and the
// company's lie a whole step apart (prompt 1), their shared log entries as their own examples
// (prompt 2), and their next step and target (prompt 4), kept by the draft rules as every answer is.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import {
  ConversationRecordSchema,
  samplePersonas,
  type ConversationRecord,
  type ProgressData,
} from '../../../src/core/index.js';
import type { SporConversationChangeDetail } from '../../../src/events/index.js';
import { settleDeep } from '../boundary.js';
import { $, nextFrame, tabTo } from './guide-controls.js';

const [simon, liv, rasmus] = samplePersonas as [ProgressData, ProgressData, ProgressData];
const date = '2026-11-13';
const simonKey = `spor-conversation:${simon.participant.id}:${date}`;
const step = 'Jeg skriver til Peter, før jeg går i gang med en ny sag.';

async function guide(
  data: unknown = simon,
  extra: Partial<SporConversationGuide> = {},
): Promise<SporConversationGuide> {
  const el = await fixture<SporConversationGuide>(
    html`<spor-conversation-guide .data=${data} date=${date} locale="en"></spor-conversation-guide>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

async function toStep(el: SporConversationGuide, index: number): Promise<void> {
  while (el.step < index) {
    $(el, '.next').click();
    await el.updateComplete;
  }
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

function writeNextStep(el: SporConversationGuide, value: string): void {
  const area = $<HTMLTextAreaElement>(el, '#next-step');
  area.value = value;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function collect(el: HTMLElement) {
  const changes: SporConversationChangeDetail[] = [];
  const completes: ConversationRecord[] = [];
  el.addEventListener('spor-conversation-change', (e) => changes.push(e.detail));
  el.addEventListener('spor-conversation-complete', (e) => completes.push(e.detail.record));
  return { changes, completes };
}

describe('<spor-conversation-guide>: the young person’s own side', () => {
  beforeEach(() => (sessionStorage.clear(), localStorage.clear()));
  afterEach(() => (sessionStorage.clear(), localStorage.clear()));

  it('asks one gentle question at prompt 1 where the two readings lie a whole step apart', async () => {
    // By hand, on 13 November with the last conversation on 30 September (persona data):
    // Simon's own initiative in the 4 weeks W42–W45: 4 (16 Oct), 4 (30 Oct), 4 (6 Nov) → 4.
    // The company's initiative, its latest point W44 and 4 weeks back (W41–W44): 3 (W43), 3 (W44) → 3.
    // One step apart; his other traits are less than a step apart (e.g. persistence 3.3 against 3.8).
    const el = await guide();
    const questions = all(el, '.own-question');
    expect(questions).to.have.length(1);
    expect(text(questions[0])).to.equal(
      'Initiative: You see yourself as 4, the company as 3. What do you think?',
    );
    expect(text($(el, '.own-reading .context-title'))).to.equal('Your own view');
    await expect(el).to.be.accessible();
    el.locale = 'da';
    await el.updateComplete;
    expect(text($(el, '.own-question'))).to.equal(
      'Initiativ: Du ser dig selv som 4, virksomheden som 3. Hvad tænker du?',
    );
    // Only at prompt 1.
    await toStep(el, 1);
    expect(all(el, '.own-question')).to.have.length(0);
  });

  it('writes the readings with one decimal where they are not whole (Liv), and asks nothing where they are close (Rasmus)', async () => {
    // By hand, Liv's social skills on 13 November: her own W42–W45: 3 (16 Oct), 2 (23 Oct), 2 (6 Nov)
    // → 7 / 3 = 2.33, written 2,3; the company's W42–W45: 4, 4, 3, 4 → 3.75, written 3,8: 1.5 apart.
    const el = await guide(liv, { locale: 'da' });
    expect(text($(el, '.own-question'))).to.equal(
      'Sociale egenskaber: Du ser dig selv som 2,3, virksomheden som 3,8. Hvad tænker du?',
    );
    await expect(el).to.be.accessible();
    // Rasmus: his widest gap is initiative, 4.5 against 4.0: half a step.
    const close = await guide(rasmus);
    expect(all(close, '.own-question')).to.have.length(0);
    expect(all(close, '.own-reading')).to.have.length(0);
    await expect(close).to.be.accessible();
  });

  it('never asks about the young person’s own reading for a company, a counsellor alone or an unknown audience', async () => {
    for (const audience of ['company', 'counsellor', 'young-person', 'Virksomhed']) {
      const el = await guide(simon, { audience: audience as SporConversationGuide['audience'] });
      expect(all(el, '.own-reading'), audience).to.have.length(0);
      expect(text(el.shadowRoot as unknown as Element), audience).not.to.contain('You see yourself');
      await expect(el).to.be.accessible();
    }
  });

  it('shows the shared log entries since last time at prompt 2 beside the companies’ notes, newest first', async () => {
    const el = await guide();
    await toStep(el, 1);
    const examples = all(el, '.own-example');
    // Since 30 September, shared: 3 Nov (work), 14 Oct (social), 7 Oct (work); 22 Oct and 5 Nov are private.
    expect(examples).to.have.length(3);
    expect(examples.map((li) => text(li.querySelector('.note-text')))).to.deep.equal([
      'Lukkede fem sager i min kø på én dag. Ny rekord.',
      'Spiste frokost med Peter og de andre. Vi snakkede om spil.',
      'Fik printeren til at virke for hele afdelingen. De blev glade.',
    ]);
    expect(text(examples[0]!.querySelector('.note-by'))).to.equal('3 Nov, Work');
    expect(text(examples[1]!.querySelector('.note-by'))).to.equal('14 Oct, Social');
    expect(text($(el, '.own-examples .context-title'))).to.equal('What you wrote yourself');
    // Beside the companies' notes, in one block that lays them side by side.
    const block = $(el, '.examples');
    expect(block.querySelector('.notes:not(.own-examples)'), 'the companies’ notes').to.exist;
    expect(block.querySelector('.own-examples')).to.exist;
    await expect(el).to.be.accessible();
    el.locale = 'da';
    await el.updateComplete;
    expect(text($(el, '.own-examples .context-title'))).to.equal('Det har du selv skrevet');
    expect(text(all(el, '.own-example .note-by')[1]!)).to.equal('14. okt., Socialt');
  });

  it('asks for the next step and a target at prompt 4, shows them in the overview, and hands them on', async () => {
    const el = await guide();
    const { changes, completes } = collect(el);
    await toStep(el, 3);
    expect(text($(el, 'label[for="next-step"]'))).to.equal('Your next step, in your own words');
    expect(all(el, '.target'), 'no target without a focus').to.have.length(0);
    $<HTMLInputElement>(el, 'input[name="focus"][value="initiative"]').click();
    await el.updateComplete;
    expect(text($(el, '.target-legend'))).to.equal('Your target for Initiative, if you want one');
    const steps = all(el, '.target-step');
    // "No target" and the five steps of the frequency scale, each with its words.
    expect(steps.map(text)).to.deep.equal([
      'No target',
      '1: Rarely or not at all',
      '2: Sometimes',
      '3: Often',
      '4: Almost always',
      '5: Always, fully',
    ]);
    for (const label of steps) {
      const box = label.getBoundingClientRect();
      expect(box.height, `${text(label)} is at least 44 px tall`).to.be.at.least(44);
      expect(box.width, `${text(label)} is at least 44 px wide`).to.be.at.least(44);
    }
    expect($<HTMLInputElement>(el, 'input[name="target"][value=""]').checked, 'no target at first').to.equal(
      true,
    );
    await expect(el).to.be.accessible();
    writeNextStep(el, `  ${step} `);
    $<HTMLInputElement>(el, 'input[name="target"][value="4"]').click();
    await el.updateComplete;
    expect(changes.at(-1)?.record, 'the change event at once on the choice').to.deep.include({
      focus: 'initiative',
      target: 4,
      nextStep: `  ${step} `,
    });
    $(el, '.next').click();
    await el.updateComplete;
    expect(text($(el, '.overview-next-step'))).to.equal(`Next step: ${step}`);
    expect(text($(el, '.overview-target'))).to.equal('Target: 4 of 5.');
    await expect(el).to.be.accessible();
    $(el, '.finish').click();
    await el.updateComplete;
    expect(completes).to.have.length(1);
    expect(completes[0]).to.deep.include({ focus: 'initiative', nextStep: step, target: 4 });
    expect(ConversationRecordSchema.safeParse(completes[0]).success).to.equal(true);
  });

  it('chooses the target by keyboard: Tab into the steps, arrow keys move', async () => {
    const el = await guide();
    await toStep(el, 3);
    $<HTMLInputElement>(el, 'input[name="focus"][value="cooperation"]').click();
    await el.updateComplete;
    $(el, '#next-step').focus();
    await sendKeys({ type: 'Spørge de andre' });
    await tabTo(el, 'input[name="target"]');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await nextFrame();
    // From "No target", two steps down: 2.
    expect($<HTMLInputElement>(el, 'input[name="target"][value="2"]').checked).to.equal(true);
    expect(el.shadowRoot!.activeElement?.getAttribute('value')).to.equal('2');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[name="target"][value=""]').checked, 'back to no target').to.equal(
      true,
    );
    await expect(el).to.be.accessible();
  });

  it('keeps the target when the focus moves to an area on the same scale, and leaves no next step unwritten', async () => {
    const el = await guide();
    const { completes } = collect(el);
    await toStep(el, 3);
    $<HTMLInputElement>(el, 'input[name="focus"][value="initiative"]').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[name="target"][value="5"]').click();
    await el.updateComplete;
    // Another area on the same scale keeps the young person's target.
    $<HTMLInputElement>(el, 'input[name="focus"][value="work-readiness"]').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[name="target"][value="5"]').checked).to.equal(true);
    expect(text($(el, '.target-legend'))).to.contain('Work readiness');
    await toStep(el, 4);
    $(el, '.finish').click();
    expect(completes[0]).to.deep.include({ focus: 'work-readiness', target: 5 });
    expect(completes[0]).not.to.have.property('nextStep');
    await expect(el).to.be.accessible();
  });

  it('lets the target go with its focus when the young person withdraws consent for resilience', async () => {
    const el = await guide();
    const { completes } = collect(el);
    await toStep(el, 3);
    $(el, '[role="switch"]').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[name="focus"][value="resilience"]').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[name="target"][value="4"]').click();
    await el.updateComplete;
    writeNextStep(el, step);
    $(el, '[role="switch"]').click();
    await el.updateComplete;
    expect(el.focusChoice, 'the focus went with the consent').to.equal(undefined);
    expect(all(el, '.target'), 'and its target control').to.have.length(0);
    await toStep(el, 4);
    expect(all(el, '.overview-target')).to.have.length(0);
    $(el, '.finish').click();
    expect(completes[0]).not.to.have.property('focus');
    expect(completes[0]).not.to.have.property('target');
    expect(completes[0]?.nextStep, 'the next step is the young person’s and stays').to.equal(step);
    await expect(el).to.be.accessible();
  });

  it('keeps the next step and the target across a reload, and clears them on finish', async () => {
    const first = await guide(simon, { persist: 'session' });
    await toStep(first, 3);
    $<HTMLInputElement>(first, 'input[name="focus"][value="initiative"]').click();
    await first.updateComplete;
    writeNextStep(first, step);
    $<HTMLInputElement>(first, 'input[name="target"][value="4"]').click();
    await first.updateComplete;
    const stored = JSON.parse(sessionStorage.getItem(simonKey) ?? '{}') as Record<string, unknown>;
    expect(stored).to.deep.include({ nextStep: step, target: 4, focus: 'initiative' });
    const parent = first.parentElement!;
    first.remove();

    const again = document.createElement('spor-conversation-guide');
    Object.assign(again, { date, locale: 'en', persist: 'session', data: simon });
    parent.append(again);
    await again.updateComplete;
    expect(again.step, 'the step is back').to.equal(3);
    expect($<HTMLTextAreaElement>(again, '#next-step').value).to.equal(step);
    expect($<HTMLInputElement>(again, 'input[name="target"][value="4"]').checked).to.equal(true);
    await expect(again).to.be.accessible();
    const { completes } = collect(again);
    await toStep(again, 4);
    $(again, '.finish').click();
    await again.updateComplete;
    expect(completes[0]).to.deep.include({ nextStep: step, target: 4 });
    expect(sessionStorage.getItem(simonKey), 'removed on complete').to.equal(null);
    again.remove();
  });

  it('keeps the next step through a refetch (null data for a moment) and new data mid-way', async () => {
    const el = await guide(simon, { persist: 'local' });
    await toStep(el, 3);
    $<HTMLInputElement>(el, 'input[name="focus"][value="initiative"]').click();
    await el.updateComplete;
    $(el, '#next-step').focus();
    await sendKeys({ type: 'Jeg spørger' });
    el.data = null;
    await el.updateComplete;
    await sendKeys({ type: ' Peter' });
    el.data = { ...simon, assessments: simon.assessments.slice(0, -3) };
    await el.updateComplete;
    await sendKeys({ type: ' først.' });
    await aTimeout(350);
    expect($<HTMLTextAreaElement>(el, '#next-step').value).to.equal('Jeg spørger Peter først.');
    const stored = JSON.parse(localStorage.getItem(simonKey) ?? '{}') as Record<string, unknown>;
    expect(stored['nextStep'], 'in the stored draft').to.equal('Jeg spørger Peter først.');
    await expect(el).to.be.accessible();
  });

  it("hands Simon's next step over as his when the host switches to Liv, and shows Liv none of it", async () => {
    const el = await guide(simon, { persist: 'local' });
    const { changes } = collect(el);
    await toStep(el, 3);
    $<HTMLInputElement>(el, 'input[name="focus"][value="initiative"]').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[name="target"][value="4"]').click();
    $(el, '#next-step').focus();
    await sendKeys({ type: step });
    el.data = liv;
    await settleDeep(el);
    const handed = changes.find((c) => c.record.nextStep === step);
    expect(handed?.participant, 'handed over as Simon’s').to.equal('simon');
    expect(handed?.record.target).to.equal(4);
    expect(el.step, 'Liv starts at her own first prompt').to.equal(0);
    await toStep(el, 3);
    expect($<HTMLTextAreaElement>(el, '#next-step').value, "Liv's next step").to.equal('');
    expect(all(el, '.target'), 'no focus, no target for Liv').to.have.length(0);
    for (const change of changes.filter((c) => c.participant === 'liv')) {
      expect(change.record).not.to.have.property('nextStep');
      expect(change.record).not.to.have.property('target');
    }
    await expect(el).to.be.accessible();
    el.data = simon;
    await settleDeep(el);
    expect($<HTMLTextAreaElement>(el, '#next-step').value, 'Simon’s words are back').to.equal(step);
  });

  it('resumes a host’s record with its next step and target', async () => {
    const value: ConversationRecord = {
      id: 'c-9',
      date,
      promptSet: 'nextwork',
      answers: {},
      focus: 'social',
      nextStep: 'Sige hej til de nye.',
      target: 3,
    };
    const el = await guide(simon, { value });
    await toStep(el, 3);
    expect($<HTMLTextAreaElement>(el, '#next-step').value).to.equal('Sige hej til de nye.');
    expect($<HTMLInputElement>(el, 'input[name="target"][value="3"]').checked).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
