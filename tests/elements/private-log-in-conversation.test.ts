// An attack on the young person's private log, in the conversation: a private entry's text must
// never appear outside their own page. For every audience (the four known ones and a misspelt one),
// the guide, the composed conversation view and the printed summary are walked from the first
// prompt to the finished record, and every shadow root, every field's value, every attribute, every
// event's detail and every stored draft is searched for the private texts. The young person's own
// reading (the question at prompt 1) is never shown to a company either.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SporConversationGuide } from '../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import type { SporProgressConversation } from '../../src/elements/spor-progress-conversation/spor-progress-conversation.component.js';
import type { SporConversationSummary } from '../../src/elements/spor-conversation-summary/spor-conversation-summary.component.js';
import {
  samplePersonas,
  type ConversationRecord,
  type Experience,
  type ExperienceInput,
  type ProgressData,
} from '../../src/core/index.js';
import { everythingShown, everythingStored, recordEvents, settleDeep } from './boundary.js';

const date = '2026-11-13';
const audiences = ['conversation', 'company', 'counsellor', 'young-person', 'Company'] as const;
const eventNames = ['spor-conversation-change', 'spor-conversation-complete', 'spor-invalid-data'];

/** Private entries planted in the period a conversation looks at, with texts no other data holds. */
const planted: ReadonlyArray<ExperienceInput> = [
  {
    id: 'p-1',
    date: '2026-11-04',
    kind: 'work',
    text: 'PRIVAT-7f3a jeg var bange hele dagen',
    shared: false,
  },
  { id: 'p-2', date: '2026-11-12', kind: 'social', text: 'PRIVAT-2c9e skændtes med min mor' },
  { id: 'p-3', date: '2026-10-01', kind: 'other', text: 'PRIVAT-88b1 sov kun to timer', shared: false },
];

/** A persona with the planted entries beside their own, shared and private. */
function withPlanted(persona: ProgressData): ProgressData {
  return { ...persona, experiences: [...(persona.experiences ?? []), ...(planted as Experience[])] };
}

/** Every private text of this person: the planted ones and the persona's own. */
function privateTexts(data: ProgressData): string[] {
  const texts = (data.experiences ?? []).filter((e) => e.shared !== true).map((e) => e.text);
  expect(texts.length, 'the attack has private texts to look for').to.be.at.least(planted.length + 1);
  return texts;
}

function expectNoPrivate(haystack: string, texts: ReadonlyArray<string>, where: string): void {
  for (const text of texts) expect(haystack.includes(text), `${where}: "${text}"`).to.equal(false);
}

/** The guide's controls, wherever it is drawn. */
const q = <T extends HTMLElement>(guide: Element, selector: string) =>
  guide.shadowRoot?.querySelector<T>(selector) ?? null;

/**
 * Walks a guide through every prompt as a conversation would: the consent switch on where it is
 * asked, an answer on each prompt, a focus, a next step and a target, the overview and Finish;
 * `check` looks after every step.
 */
async function walk(
  guide: SporConversationGuide,
  settle: () => Promise<void>,
  check: (where: string) => void,
) {
  q(guide, '[role="switch"]')?.click();
  await settle();
  for (let step = 0; step < 4; step += 1) {
    check(`prompt ${step + 1}`);
    const area = q<HTMLTextAreaElement>(guide, 'textarea');
    expect(area, `prompt ${step + 1} has an answer field`).not.to.equal(null);
    area!.value = `Svar ${step + 1}`;
    area!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (step === 3) {
      q<HTMLInputElement>(guide, 'input[name="focus"]')?.click();
      await settle();
      const nextStep = q<HTMLTextAreaElement>(guide, '#next-step');
      expect(nextStep, 'the next step is asked').not.to.equal(null);
      nextStep!.value = 'Mit eget næste skridt';
      nextStep!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      q<HTMLInputElement>(guide, 'input[name="target"][value="4"]')?.click();
    }
    await settle();
    q(guide, '.next')?.click();
    await settle();
  }
  check('the overview');
  q(guide, '.finish')?.click();
  await settle();
  check('after Finish');
}

describe('a private log entry never leaves the young person’s own page, in the conversation', () => {
  beforeEach(() => (localStorage.clear(), sessionStorage.clear()));
  afterEach(() => (localStorage.clear(), sessionStorage.clear()));

  for (const persona of samplePersonas) {
    const data = withPlanted(persona);
    const texts = privateTexts(data);

    it(`<spor-conversation-guide> for ${persona.participant.displayName}, every audience: not shown, sent or stored`, async function () {
      this.timeout(60_000);
      for (const audience of audiences) {
        const el = await fixture<SporConversationGuide>(
          html`<spor-conversation-guide .data=${data} date=${date} locale="da" persist="local" audience=${audience}></spor-conversation-guide>`,
        );
        const events = recordEvents(el, eventNames);
        let steps = 0;
        await walk(
          el,
          () => settleDeep(el),
          (where) => {
            steps += 1;
            expectNoPrivate(everythingShown(el), texts, `${audience}, ${where}`);
          },
        );
        expect(steps, 'every prompt, the overview and the end were looked at').to.equal(6);
        expect(
          events.some((e) => e.type === 'spor-conversation-complete'),
          'the record was handed over',
        ).to.equal(true);
        expectNoPrivate(JSON.stringify(events), texts, `${audience}: the events`);
        expectNoPrivate(everythingStored(), texts, `${audience}: storage`);
        await expect(el).to.be.accessible();
        el.remove();
      }
    });

    it(`<spor-progress-conversation> for ${persona.participant.displayName}, every audience: not in the guide, the charts or the finished page`, async function () {
      this.timeout(90_000);
      for (const audience of audiences) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1024px"></div>`);
        const el = document.createElement('spor-progress-conversation') as SporProgressConversation;
        Object.assign(el, { date, locale: 'da', persist: 'local', data });
        el.setAttribute('audience', audience);
        const events = recordEvents(el, eventNames);
        wrapper.append(el);
        await settleDeep(el);
        const guide = el.shadowRoot!.querySelector('spor-conversation-guide') as SporConversationGuide;
        expect(guide, 'the guide is drawn').to.exist;
        await walk(
          guide,
          () => settleDeep(el),
          (where) => expectNoPrivate(everythingShown(el), texts, `${audience}, ${where}`),
        );
        expect(el.shadowRoot!.querySelector('spor-conversation-summary'), 'the finished page is drawn').to
          .exist;
        expectNoPrivate(everythingShown(el), texts, `${audience}: the finished page`);
        expectNoPrivate(JSON.stringify(events), texts, `${audience}: the events`);
        expectNoPrivate(everythingStored(), texts, `${audience}: storage`);
        await expect(el).to.be.accessible();
        wrapper.remove();
      }
    });
  }

  it('<spor-conversation-summary>, every audience: a record never carries or shows a log entry', async () => {
    const simon = withPlanted(samplePersonas[0]!);
    const texts = privateTexts(simon);
    const record: ConversationRecord = {
      id: 'simon-c5',
      date,
      promptSet: 'nextwork',
      answers: { changes: 'Svar 1', examples: 'Svar 2' },
      focus: 'initiative',
      nextStep: 'Mit eget næste skridt',
      target: 4,
    };
    for (const audience of audiences) {
      const el = await fixture<SporConversationSummary>(
        html`<spor-conversation-summary .data=${simon} .record=${record} locale="da" audience=${audience}></spor-conversation-summary>`,
      );
      await settleDeep(el);
      const shown = everythingShown(el);
      expect(shown, `${audience}: the next step is printed`).to.contain('Mit eget næste skridt');
      expectNoPrivate(shown, texts, `${audience}: the summary`);
      await expect(el).to.be.accessible();
    }
  });

  it('shows the shared entries to the conversation, and the young person’s own reading to no company', async () => {
    const simon = withPlanted(samplePersonas[0]!);
    for (const audience of audiences) {
      const el = await fixture<SporConversationGuide>(
        html`<spor-conversation-guide .data=${simon} date=${date} locale="en" audience=${audience}></spor-conversation-guide>`,
      );
      const question = el.shadowRoot!.querySelectorAll('.own-question').length;
      expect(question, `${audience}: the question about the own reading`).to.equal(
        audience === 'conversation' ? 1 : 0,
      );
      if (audience !== 'conversation')
        expect(everythingShown(el), audience).not.to.contain('You see yourself');
      q(el, '.next')?.click();
      await el.updateComplete;
      // Shared entries are the young person's examples for anyone the conversation is shown to.
      expect(el.shadowRoot!.querySelectorAll('.own-example').length, `${audience}: shared examples`).to.equal(
        3,
      );
      await expect(el).to.be.accessible();
    }
  });
});
