// Plain words: every Danish sentence the log shows a young person, for each persona and in each
// state (new entry, shared, a change, the delete question, a missing text, saved), is at most 15
// words, and the log's words together read at LIX 25 or below. LIX = words per sentence + the
// percentage of words longer than six letters; sentences end at . ! ? and at the end of each block.
// The young person's own entries are their words, not the log's, and are left out.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-experience-log/spor-experience-log.js';
import type { SporExperienceLog } from '../../../src/elements/spor-experience-log/spor-experience-log.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import { daLog } from '../../../src/i18n/log/da.js';
import { $, entryButton, entryIds, write } from './log-controls.js';
import { lixOf, sentencesOf } from '../plain-words.js';

const blockTags = /^(P|H[1-6]|LABEL|LEGEND|BUTTON)$/;
const skipped = '.entry-text, .visually-hidden, style, svg, textarea, input';

/**
 * The blocks a person reads, each once with its inline words (strong, span): paragraphs, headings,
 * labels, legends and buttons. The young person's own entries and what only a screen reader hears
 * (the buttons' "which entry") are left out.
 */
function blocks(el: Element): string[] {
  const found: string[] = [];
  const textOf = (node: Element): string =>
    [...node.childNodes]
      .map((child) =>
        child.nodeType === Node.TEXT_NODE
          ? (child.textContent ?? '')
          : child instanceof Element && !child.matches(skipped)
            ? textOf(child)
            : '',
      )
      .join(' ');
  const visit = (node: Element) => {
    if (node.matches(skipped)) return;
    if (blockTags.test(node.tagName)) {
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      if (text) found.push(text);
      return;
    }
    for (const child of node.children) visit(child);
  };
  for (const child of el.shadowRoot!.children) visit(child);
  return found;
}

describe("the log's Danish words, shown or not yet shown (a draft came back, storage refused)", () => {
  it('keeps every sentence at 15 words or fewer, at LIX 25 or below together', () => {
    const { invalid: forTheHost, about, ...shown } = daLog.log;
    expect(forTheHost.today('x'), 'the host reads this one').to.include('ÅÅÅÅ-MM-DD');
    expect(about('Arbejde', '7. oktober')).to.equal('Arbejde, 7. oktober');
    const texts = Object.values(shown).flatMap((value) =>
      typeof value === 'string' ? [value] : Object.values(value),
    );
    expect(texts.length, 'words to read').to.be.greaterThan(30);
    const sentences = sentencesOf(texts);
    for (const sentence of sentences) expect(sentence.length, sentence.join(' ')).to.be.at.most(15);
    expect(lixOf(sentences)).to.be.at.most(25);
  });
});

describe('the arithmetic of LIX', () => {
  it('counts words per sentence and long words, by hand', () => {
    // "Hvem ser den? Kun dig." → 2 sentences, 5 words, none over six letters: 5 / 2 + 0 = 2.5.
    expect(lixOf(sentencesOf(['Hvem ser den? Kun dig.']))).to.equal(2.5);
    // "Din mentor og virksomheden ser den ved næste samtale." → 9 words; "virksomheden" (12) and
    // "samtale" (7) are long, "mentor" (6) is not: 9 / 1 + 100 × 2 / 9 = 9 + 22.2… = 31.2…
    expect(lixOf(sentencesOf(['Din mentor og virksomheden ser den ved næste samtale.']))).to.be.closeTo(
      31.222,
      0.001,
    );
  });
});

for (const data of samplePersonas as ReadonlyArray<ProgressData>) {
  const name = data.participant.displayName;
  describe(`plain words in ${name}'s log`, () => {
    it('keeps every Danish sentence at 15 words or fewer, and the whole at LIX 25 or below', async () => {
      const el = await fixture<SporExperienceLog>(
        html`<spor-experience-log audience="young-person" .data=${data} today="2026-11-13" locale="da"></spor-experience-log>`,
      );
      const seen: string[] = [];
      const look = async () => {
        await el.updateComplete;
        seen.push(...blocks(el));
      };
      const ids = entryIds(el);
      expect(ids.length, 'entries to read').to.be.greaterThan(3);
      await look();
      $(el, '#share').click(); // shared: who sees it, in words
      await look();
      $(el, '#save').click(); // no text: the message at the field
      await look();
      entryButton(el, ids[0]!, 'edit').click();
      await look();
      $(el, '#cancel').click();
      await el.updateComplete;
      entryButton(el, ids[1]!, 'delete').click();
      await look();
      entryButton(el, ids[1]!, 'yes').click();
      await look();
      write(el, 'Noget');
      $(el, '#save').click();
      await look();
      await expect(el).to.be.accessible();

      // Each sentence once: a button shown on every entry is one sentence to read.
      const sentences = sentencesOf([...new Set(seen)]);
      expect(sentences.length, 'sentences to read').to.be.greaterThan(25);
      for (const needed of [
        'Kun dig',
        'Vil du slette den',
        'Skriv, hvad der skete',
        'Den er gemt',
        'Den er slettet',
      ]) {
        expect(seen.join(' | '), needed).to.include(needed);
      }
      for (const sentence of sentences) expect(sentence.length, sentence.join(' ')).to.be.at.most(15);
      const lix = lixOf(sentences);
      expect(lix, `LIX of ${sentences.length} sentences`).to.be.at.most(25);
    });
  });
}
