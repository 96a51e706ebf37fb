import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import '../../../src/elements/spor-progress-conversation/spor-progress-conversation.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import { languageOf } from '../rtl/page.js';
import { $ } from './guide-controls.js';

const [simon] = samplePersonas as [ProgressData];
const date = '2026-11-13';

async function guide(second: string, locale = ''): Promise<SporConversationGuide> {
  const el = await fixture<SporConversationGuide>(
    html`<spor-conversation-guide .data=${simon} date=${date} locale=${locale} second-locale=${second}></spor-conversation-guide>`,
  );
  await el.updateComplete;
  return el;
}

async function next(el: SporConversationGuide, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    $<HTMLButtonElement>(el, 'button.next').click();
    await el.updateComplete;
  }
}

const seconds = (el: Element, within = '') => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`${within} .second`),
];
const arabic = /[\u0600-\u06ff]/;
/** The numbers a sentence says, whatever its decimal sign: "3,8" and "3.8" are both 3.8. */
const numbers = (text: string) => (text.match(/\d+[.,]\d/g) ?? []).map((n) => n.replace(',', '.'));

describe('<spor-conversation-guide second-locale>', () => {
  it('shows the prompt in Danish and, beneath, in Arabic, each with its own lang and dir', async () => {
    const el = await guide('ar');
    const prompt = $(el, '#prompt-text');
    const second = $(el, '#prompt .second');
    expect(prompt.textContent).to.contain('Hvordan er visualiseringen anderledes fra sidste gang?');
    expect(languageOf(prompt)).to.equal('da');
    expect(getComputedStyle(prompt).direction).to.equal('ltr');
    expect(second.textContent).to.equal('كيف تختلف الرسوم البيانية عن المرة الماضية؟');
    expect([second.lang, second.dir, getComputedStyle(second).direction]).to.deep.equal(['ar', 'rtl', 'rtl']);
    // Beneath, not beside: the second line starts below the first.
    expect(second.getBoundingClientRect().top).to.be.at.least(prompt.getBoundingClientRect().bottom - 1);
    // The answer is described by both.
    expect($(el, 'textarea').getAttribute('aria-describedby')).to.equal('prompt-text prompt-second');
    await expect(el).to.be.accessible();
  });

  it('says every change sentence again in Arabic, with the same numbers', async () => {
    const el = await guide('ar');
    const items = [...el.shadowRoot!.querySelectorAll('.change')];
    expect(items.length).to.be.greaterThan(2);
    for (const item of items) {
      const second = item.querySelector<HTMLElement>('.second')!;
      expect(second, item.textContent ?? '').to.exist;
      expect(second.lang).to.equal('ar');
      expect(second.textContent).to.match(arabic);
      // The Danish line as it is heard: its words, not the arrow between the values it shows.
      const values = item.querySelector('.values')?.textContent ?? '';
      const danish = item.textContent!.replace(second.textContent!, '').replace(values, '');
      expect(numbers(second.textContent!), danish).to.deep.equal(numbers(danish));
    }
    // Simon has series that held steady, so the guide lists them, and in Arabic too: its value now.
    const steady = el.shadowRoot!.querySelector('.change.is-steady .second');
    expect(steady, 'Simon has a steady line').to.exist;
    expect(steady!.textContent).to.match(/: استقرار، \d\.\d$/);
    await expect(el).to.be.accessible();
  });

  it('gives every choice its Arabic name and value beneath, in its accessible name and description', async () => {
    const el = await guide('ar');
    await next(el, 3);
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.length).to.be.greaterThan(6);
    for (const radio of radios) {
      const label = el.shadowRoot!.getElementById(radio.getAttribute('aria-labelledby')!)!;
      const value = el.shadowRoot!.getElementById(radio.getAttribute('aria-describedby')!)!;
      expect(label.querySelector('.second[lang="ar"]')?.textContent, label.textContent ?? '').to.match(
        arabic,
      );
      expect(value.querySelector('.second[lang="ar"]')?.textContent).to.match(/^الآن \d\.\d/);
    }
    radios[1]!.click();
    await el.updateComplete;
    expect($(el, '.chosen .second').textContent).to.match(/^التركيز للمرة القادمة: /);
    await expect(el).to.be.accessible();
  });

  it('speaks Ukrainian left to right, English as the first language, and nothing beneath for an unknown language', async () => {
    const uk = await guide('uk', 'en');
    const second = $(uk, '#prompt .second');
    expect(second.textContent).to.equal('Чим візуалізація відрізняється від минулого разу?');
    expect([second.lang, second.dir]).to.deep.equal(['uk', 'ltr']);
    // The window is said once, in the heading, and beneath it in Ukrainian.
    expect(uk.shadowRoot!.querySelector('.context-title .second')!.textContent).to.match(
      /^Середнє за 4 тижні: до /,
    );
    expect(uk.shadowRoot!.querySelector('.change .second')!.textContent).to.match(
      /^.+: (невелике )?(зростання|зниження), з \d,\d до \d,\d$/,
    );
    expect(seconds(await guide('fr'))).to.have.length(0);
    // The element's own language is not said twice.
    expect(seconds(await guide('da'))).to.have.length(0);
    expect(seconds(await guide(''))).to.have.length(0);
    await expect(uk).to.be.accessible();
  });

  it('is passed on by the conversation view', async () => {
    const view = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<spor-progress-conversation .data=${simon} date=${date} second-locale="uk"></spor-progress-conversation>`,
    );
    await view.updateComplete;
    const inner = view.shadowRoot!.querySelector('.guide') as SporConversationGuide;
    await inner.updateComplete;
    expect(inner.secondLocale).to.equal('uk');
    expect($(inner, '#prompt .second').lang).to.equal('uk');
    await expect(view).to.be.accessible();
  });
});
