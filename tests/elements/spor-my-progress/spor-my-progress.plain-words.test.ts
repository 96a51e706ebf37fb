import { expect, fixture, html } from '@open-wc/testing';
import { samplePersonas } from '../../../src/core/index.js';
import '../../../src/elements/spor-my-progress/spor-my-progress.js';
import type { SporMyProgress } from '../../../src/elements/spor-my-progress/spor-my-progress.component.js';
import { lixOf, sentencesOf } from '../plain-words.js';

/** The text of every block the page shows (headings, paragraphs, buttons), each one block. */
function blocksOf(el: SporMyProgress): string[] {
  const root = el.shadowRoot!;
  return [...root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, p, button')].map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

describe('sentencesOf and lixOf (the test’s own measure, checked by hand)', () => {
  it('splits at . ! ? and at the end of blocks, not after an ordinal, and counts LIX', () => {
    const sentences = sentencesOf([
      'Det gik godt. Du mødte 6. november!',
      'Samarbejdsevner: 3,5 af 5 — det går godt.',
    ]);
    expect(sentences).to.deep.equal([
      ['Det', 'gik', 'godt.'],
      ['Du', 'mødte', '6.', 'november!'],
      ['Samarbejdsevner:', '3,5', 'af', '5', 'det', 'går', 'godt.'],
    ]);
    // 14 words in 3 sentences: 4.67; long words (over six letters): "november", "Samarbejdsevner":
    // 2 of 14 = 14.29 %. LIX = 4.667 + 14.286 = 18.95.
    expect(lixOf(sentences)).to.be.closeTo(18.95, 0.01);
  });
});

describe('<spor-my-progress>: plain words for every persona', () => {
  for (const persona of samplePersonas) {
    it(`${persona.participant.displayName}: every Danish sentence at most 15 words, LIX at most 25`, async () => {
      const el = await fixture<SporMyProgress>(html`<spor-my-progress .data=${persona}></spor-my-progress>`);
      // Every note, not the first five only.
      el.shadowRoot!.querySelector<HTMLButtonElement>('.more')?.click();
      await el.updateComplete;
      const sentences = sentencesOf(blocksOf(el));
      // The page and its four parts have something to say: at least a heading and a line each.
      expect(sentences.length).to.be.greaterThan(20);
      const longest = sentences.reduce((a, b) => (b.length > a.length ? b : a));
      expect(longest.length, longest.join(' ')).to.be.at.most(15);
      expect(lixOf(sentences)).to.be.at.most(25);
      await expect(el).to.be.accessible();
    });

    it(`${persona.participant.displayName}: the kit's own words alone are plain too (LIX at most 25)`, async () => {
      const el = await fixture<SporMyProgress>(html`<spor-my-progress .data=${persona}></spor-my-progress>`);
      // Without the host's text (the companies' notes and the young person's own next step).
      const own = [...el.shadowRoot!.querySelectorAll<HTMLElement>('h2, h3, h4, p:not(.note-text), button')]
        .filter((node) => !node.closest('.step'))
        .map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
      const sentences = sentencesOf(own);
      expect(sentences.length).to.be.greaterThan(15);
      expect(Math.max(...sentences.map((s) => s.length))).to.be.at.most(15);
      expect(lixOf(sentences)).to.be.at.most(25);
      await expect(el).to.be.accessible();
    });
  }
});
