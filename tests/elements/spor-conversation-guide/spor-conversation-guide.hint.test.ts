// The step about what you appreciated shows no data; it says, in one short line, how to go about
// it: each names one thing, and writes it down. In the element's language, and beneath in the young
// person's. The other steps carry no such line.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import { $ } from './guide-controls.js';

const [simon] = samplePersonas as [ProgressData];
const date = '2026-11-13';

async function guideAt(step: number, locale: string, second = ''): Promise<SporConversationGuide> {
  sessionStorage.clear();
  const el = await fixture<SporConversationGuide>(
    html`<spor-conversation-guide .data=${simon} date=${date} locale=${locale} second-locale=${second}></spor-conversation-guide>`,
  );
  for (let i = 0; i < step; i += 1) {
    $<HTMLButtonElement>(el, 'button.next').click();
    await el.updateComplete;
  }
  return el;
}

const hints = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.prompt-hint')];

describe('<spor-conversation-guide>: the line beside the prompt about what you appreciated', () => {
  afterEach(() => sessionStorage.clear());

  it('says it in Danish at step 3, and nowhere else', async () => {
    const el = await guideAt(0, 'da');
    for (let step = 0; step < 4; step += 1) {
      const shown = hints(el);
      expect(el.purpose, `step ${step + 1}`).to.equal(['changes', 'examples', 'appreciation', 'focus'][step]);
      expect(shown.length, `step ${step + 1}`).to.equal(step === 2 ? 1 : 0);
      if (step === 2) {
        expect(shown[0]!.textContent!.trim()).to.equal('Sig én ting hver. Skriv dem ned.');
        // It follows the prompt's heading, outside it: the heading stays the prompt alone.
        expect($(el, '#prompt').textContent).not.to.contain('Sig én ting');
        expect($(el, '#prompt').nextElementSibling).to.equal(shown[0]);
      }
      $<HTMLButtonElement>(el, 'button.next').click();
      await el.updateComplete;
    }
    await expect(el).to.be.accessible();
  });

  it('says it in English, and beneath in the young person’s Ukrainian, marked with its language', async () => {
    const el = await guideAt(2, 'en', 'uk');
    const [hint] = hints(el);
    expect(hint).to.exist;
    const second = hint!.querySelector<HTMLElement>('.second');
    expect(second?.getAttribute('lang')).to.equal('uk');
    expect(second?.textContent?.trim()).to.equal('Назвіть по одній речі кожен. Запишіть їх.');
    expect(hint!.textContent!.replace(second!.textContent!, '').trim()).to.equal(
      'Name one thing each. Write them down.',
    );
    await expect(el).to.be.accessible();
  });
});
