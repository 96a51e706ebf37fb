// The young person's own side in their own language beneath (second-locale): the gentle question
// about their own reading at prompt 1, "your own examples" at prompt 2, their next step and target at
// prompt 4, each said again in Arabic (right to left) or Ukrainian under the element's own line, with
// its own `lang` and `dir`.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import { $ } from './guide-controls.js';

const [simon] = samplePersonas as [ProgressData];
const date = '2026-11-13';

async function guide(second: string, locale = 'da'): Promise<SporConversationGuide> {
  const el = await fixture<SporConversationGuide>(
    html`<spor-conversation-guide .data=${simon} date=${date} locale=${locale} second-locale=${second}></spor-conversation-guide>`,
  );
  await el.updateComplete;
  return el;
}

async function toStep(el: SporConversationGuide, index: number): Promise<void> {
  while (el.step < index) {
    $<HTMLButtonElement>(el, 'button.next').click();
    await el.updateComplete;
  }
}

/** Chooses the focus area `id` at prompt 4, as a person clicks its radio button. */
async function chooseFocus(el: SporConversationGuide, id: string): Promise<void> {
  const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="focus"]')];
  const radio = radios.find((r) => r.value === id);
  expect(radio, `a focus radio for ${id}`).to.exist;
  radio!.click();
  await el.updateComplete;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The one second line in `selector`: its text, `lang`, `dir` and the direction it is drawn in. */
function secondIn(el: Element, selector: string) {
  const lines = [...el.shadowRoot!.querySelectorAll<HTMLElement>(`${selector} > .second`)];
  expect(lines, `one second line in ${selector}`).to.have.length(1);
  const line = lines[0]!;
  return { text: text(line), lang: line.lang, dir: line.dir, drawn: getComputedStyle(line).direction };
}

/** The element's own line in `selector`: its text without the second line beneath. */
function ownIn(el: Element, selector: string): string {
  const node = $(el, selector).cloneNode(true) as HTMLElement;
  for (const second of node.querySelectorAll('.second')) second.remove();
  return text(node);
}

describe('<spor-conversation-guide second-locale>: the young person’s own side', () => {
  beforeEach(() => (sessionStorage.clear(), localStorage.clear()));
  afterEach(() => (sessionStorage.clear(), localStorage.clear()));

  it('prompt 1 in Arabic: the title and the gentle question beneath, right to left, with the same numbers', async () => {
    // Simon's own initiative now 4, the company's 3 (worked by hand in own-side.test.ts).
    const el = await guide('ar');
    expect(ownIn(el, '.own-reading .context-title')).to.equal('Dit eget blik');
    expect(secondIn(el, '.own-reading .context-title')).to.deep.equal({
      text: 'نظرتك الخاصة',
      lang: 'ar',
      dir: 'rtl',
      drawn: 'rtl',
    });
    expect(ownIn(el, '.own-question')).to.equal(
      'Initiativ: Du ser dig selv som 4, virksomheden som 3. Hvad tænker du?',
    );
    // The trait's Arabic name (المبادرة) from the framework, the two readings as in Danish.
    expect(secondIn(el, '.own-question')).to.deep.equal({
      text: 'المبادرة: تقييمك لنفسك 4، وتقييم الشركة 3. ما رأيك؟',
      lang: 'ar',
      dir: 'rtl',
      drawn: 'rtl',
    });
    await expect(el).to.be.accessible();
  });

  it('prompt 2 in Arabic: "what you wrote yourself" beneath the title', async () => {
    const el = await guide('ar');
    await toStep(el, 1);
    expect(el.shadowRoot!.querySelectorAll('.own-example').length, 'Simon shares three entries').to.equal(3);
    expect(ownIn(el, '.own-examples .context-title')).to.equal('Det har du selv skrevet');
    expect(secondIn(el, '.own-examples .context-title')).to.deep.equal({
      text: 'ما كتبته بنفسك',
      lang: 'ar',
      dir: 'rtl',
      drawn: 'rtl',
    });
    await expect(el).to.be.accessible();
  });

  it('prompt 4 in Arabic: the next step, its hint, the target and "no target", in the field’s name and description', async () => {
    const el = await guide('ar');
    await toStep(el, 3);
    await chooseFocus(el, 'initiative');
    const rtl = { lang: 'ar', dir: 'rtl', drawn: 'rtl' };
    expect(secondIn(el, '.next-step .answer-label')).to.deep.equal({
      text: 'خطوتك التالية، بكلماتك الخاصة',
      ...rtl,
    });
    expect(secondIn(el, '#next-step-hint')).to.deep.equal({
      text: 'ما الذي في خطتك حتى المرة القادمة؟',
      ...rtl,
    });
    expect(ownIn(el, '.target-legend')).to.equal('Dit mål for Initiativ, hvis du vil');
    expect(secondIn(el, '.target-legend')).to.deep.equal({ text: 'المبادرة: هدفك، إن أردت', ...rtl });
    // "No target" is the first choice; its label says it in both languages.
    expect(ownIn(el, '.target-step:first-child span')).to.equal('Intet mål');
    expect(secondIn(el, '.target-step:first-child span')).to.deep.equal({ text: 'لا هدف', ...rtl });
    // The next step's field is named and described by both lines (its label and its hint).
    const field = $<HTMLTextAreaElement>(el, '#next-step');
    expect(field.labels?.[0]?.textContent).to.contain('خطوتك التالية');
    expect(field.getAttribute('aria-describedby')).to.equal('next-step-hint');
    await expect(el).to.be.accessible();
  });

  it('in Ukrainian, left to right, under English: the question, the examples, the next step and the target', async () => {
    const el = await guide('uk', 'en');
    const ltr = { lang: 'uk', dir: 'ltr', drawn: 'ltr' };
    expect(secondIn(el, '.own-reading .context-title')).to.deep.equal({
      text: 'Твій власний погляд',
      ...ltr,
    });
    expect(ownIn(el, '.own-question')).to.equal(
      'Initiative: You see yourself as 4, the company as 3. What do you think?',
    );
    expect(secondIn(el, '.own-question')).to.deep.equal({
      text: 'Ініціативність: твоя оцінка — 4, оцінка компанії — 3. Що ти про це думаєш?',
      ...ltr,
    });
    await toStep(el, 1);
    expect(secondIn(el, '.own-examples .context-title')).to.deep.equal({
      text: 'Твої власні записи',
      ...ltr,
    });
    await toStep(el, 3);
    await chooseFocus(el, 'initiative');
    expect(secondIn(el, '.next-step .answer-label')).to.deep.equal({
      text: 'Твій наступний крок, твоїми словами',
      ...ltr,
    });
    expect(secondIn(el, '#next-step-hint')).to.deep.equal({
      text: 'Що ти спробуєш до наступного разу?',
      ...ltr,
    });
    expect(secondIn(el, '.target-legend')).to.deep.equal({
      text: 'Ініціативність: твоя мета, якщо хочеш',
      ...ltr,
    });
    expect(secondIn(el, '.target-step:first-child span')).to.deep.equal({ text: 'Без мети', ...ltr });
    await expect(el).to.be.accessible();
  });

  it('says nothing beneath without a second language, or in the element’s own', async () => {
    for (const second of ['', 'da', 'fr']) {
      const el = await guide(second);
      expect(el.shadowRoot!.querySelectorAll('.own-question').length, second).to.equal(1);
      expect(el.shadowRoot!.querySelectorAll('.own-reading .second').length, second).to.equal(0);
      await toStep(el, 3);
      await chooseFocus(el, 'initiative');
      expect(el.shadowRoot!.querySelectorAll('.target-step').length, second).to.be.greaterThan(1);
      expect(el.shadowRoot!.querySelectorAll('.next-step .second, .target .second').length, second).to.equal(
        0,
      );
      await expect(el).to.be.accessible();
    }
  });
});
