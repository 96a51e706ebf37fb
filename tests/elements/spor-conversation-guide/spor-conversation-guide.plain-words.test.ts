// Plain words, measured (issue 22): the Danish text the guide shows at each step, for each persona,
// reads at LIX 30 or below, and no sentence of the kit's own is over 15 words. The four prompts
// are the programme's words and stay as they are; the LIX holds both without them and with them.
// The companies' notes and the young person's own examples are host text: in the LIX, not in the
// 15-word check. The text is measured twice: as seen (a change line's "↑ … 3,0 → 3,8", not the
// visually hidden words) and as heard (the visually hidden words with it, "Trin 1 af 4:",
// "højere, fra 3,0 til 3,8", and not what is hidden from a screen reader).
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { nextworkPromptSet, samplePersonas, type ProgressData } from '../../../src/core/index.js';
import { lixOf, sentencesOf } from '../plain-words.js';
import { $, progressText } from './guide-controls.js';

const date = '2026-11-13';
const blockTags = 'p, h2, li, label, legend, button';
/** The prompts (the programme's words) and what is not text to read. */
const prompts = '#prompt-text, .overview-prompt';
const notText = 'style, svg, textarea, input';
/** Host text: the companies' notes, the young person's own examples. */
const hostText = '.note-text';

interface Block {
  readonly text: string;
  readonly isHost: boolean;
}

/** The blocks a person reads, each once with its inline words; `heard` keeps the visually hidden words. */
function blocksOf(el: Element, { heard }: { heard: boolean }): Block[] {
  const skipped = [prompts, notText, heard ? '[aria-hidden="true"]' : '.visually-hidden'].join(', ');
  const found: Block[] = [];
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
    if (node.matches(skipped) || (node instanceof HTMLElement && node.closest('[hidden]'))) return;
    if (node.matches(blockTags) && !node.querySelector(blockTags)) {
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      if (text) found.push({ text, isHost: node.matches(hostText) });
      return;
    }
    for (const child of node.children) visit(child);
  };
  for (const child of el.shadowRoot!.children) visit(child);
  return found;
}

describe('<spor-conversation-guide>: plain Danish words at every step', () => {
  beforeEach(() => sessionStorage.clear());

  describe('the measure itself', () => {
    it('leaves out exactly the prompt, and reads a change line as seen or as heard', async () => {
      const el = await fixture<SporConversationGuide>(
        html`<spor-conversation-guide .data=${samplePersonas[0]} date=${date} locale="da"></spor-conversation-guide>`,
      );
      const seen = blocksOf(el, { heard: false }).map((b) => b.text);
      const heard = blocksOf(el, { heard: true }).map((b) => b.text);
      const prompt = $(el, '#prompt-text').textContent!.trim();
      expect(prompt.length).to.be.greaterThan(10);
      expect(seen.join(' | ')).not.to.contain(prompt);
      // The heading's "Trin 1 af 4:" is heard, not seen; the prompt is in neither.
      expect(heard).to.include('Trin 1 af 4:');
      expect(seen).not.to.include('Trin 1 af 4:');
      // Simon's cooperation (3,0 → 3,8, by hand in tests/controllers/change-words.test.ts).
      expect(seen).to.include('↑ Samarbejdsevner 3,0 → 3,8');
      expect(heard).to.include('Samarbejdsevner : højere, fra 3,0 til 3,8');
      await expect(el).to.be.accessible();
    });
  });

  for (const persona of samplePersonas as ReadonlyArray<ProgressData>) {
    const name = persona.participant.displayName;
    for (const audience of ['counsellor', 'young-person']) {
      it(`${name}, ${audience}: LIX at most 30 on every step, no sentence of the kit's over 15 words (seen or heard)`, async () => {
        const el = await fixture<SporConversationGuide>(
          html`<spor-conversation-guide .data=${persona} date=${date} locale="da" audience=${audience}></spor-conversation-guide>`,
        );
        // The four prompts, then the whole conversation before it is finished.
        const steps = nextworkPromptSet.prompts.length;
        expect(steps).to.equal(4);
        for (let step = 0; step <= steps; step += 1) {
          expect(progressText(el)).to.equal(step < steps ? `${step + 1} af ${steps}` : 'Hele samtalen');
          // The whole list of changes, opened: every line is measured.
          const showAll = el.shadowRoot!.querySelector<HTMLButtonElement>('button.show-all');
          if (showAll?.getAttribute('aria-expanded') === 'false') showAll.click();
          await el.updateComplete;
          const prompt = el.shadowRoot!.querySelector('#prompt-text')?.textContent?.trim();
          expect(Boolean(prompt), `step ${step + 1} shows a prompt`).to.equal(step < steps);
          for (const heard of [true, false]) {
            const blocks = blocksOf(el, { heard });
            const sentences = sentencesOf(blocks.map((b) => b.text));
            const own = sentencesOf(blocks.filter((b) => !b.isHost).map((b) => b.text));
            expect(sentences.length, `step ${step + 1} has words`).to.be.greaterThan(3);
            const longest = own.reduce((a, b) => (b.length > a.length ? b : a));
            expect(longest.length, `step ${step + 1}: ${longest.join(' ')}`).to.be.at.most(15);
            const how = `${name}, step ${step + 1}, ${heard ? 'heard' : 'seen'}`;
            expect(lixOf(sentences), how).to.be.at.most(30);
            if (prompt) {
              const withPrompt = sentencesOf([prompt, ...blocks.map((b) => b.text)]);
              expect(lixOf(withPrompt), `${how}, with the prompt`).to.be.at.most(30);
            }
          }
          if (step < steps) {
            $(el, '.next').click();
            await el.updateComplete;
          }
        }
        await expect(el).to.be.accessible();
      });
    }
  }
});
