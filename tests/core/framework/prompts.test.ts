import { expect } from '@open-wc/testing';
import {
  builtinPromptSets,
  nextLevelPromptSet,
  nextworkPromptSet,
  resolvePromptSet,
  type PromptSet,
} from '../../../src/core/index.js';
import { parsePromptSet } from '../checked-core.js';

describe('prompt sets', () => {
  it('nextwork: the four prompts of docs/design.md, Danish first', () => {
    expect(nextworkPromptSet.prompts.map((p) => [p.id, p.purpose, p.text.da, p.text.en])).to.deep.equal([
      [
        'changes',
        'changes',
        'Hvordan er visualiseringen anderledes fra sidste gang?',
        'How is the visualization different from last time?',
      ],
      [
        'examples',
        'examples',
        'Hvordan er den anderledes? Giv et eller flere eksempler.',
        'How is it different? Give one or more examples.',
      ],
      [
        'appreciation',
        'appreciation',
        'Hvilke ting har I sat pris på ved jeres samarbejde?',
        'What have you appreciated about your collaboration?',
      ],
      [
        'focus',
        'focus',
        'Vælg et område, I i fællesskab vil arbejde på at forbedre til næste gang.',
        'Choose one area you will work on together to improve until next time.',
      ],
    ]);
  });

  it('next-level: the four personal development questions', () => {
    expect(nextLevelPromptSet.prompts.map((p) => [p.text.da, p.text.en])).to.deep.equal([
      ['Hvor er du?', 'Where are you?'],
      ['Hvem er du?', 'Who are you?'],
      ['Hvor vil du gerne hen?', 'Where do you want to go?'],
      ['Hvilke barrierer er der?', 'What barriers are there?'],
    ]);
  });

  it('are data: they pass PromptSetSchema, and a host set wins over nothing but its own id', () => {
    expect(parsePromptSet(nextworkPromptSet).ok).to.equal(true);
    expect(parsePromptSet(nextLevelPromptSet).ok).to.equal(true);
    expect(resolvePromptSet('next-level')).to.equal(nextLevelPromptSet);
    expect(resolvePromptSet('mine')).to.equal(undefined);
    expect(parsePromptSet({ id: 'x', label: { da: 'x', en: 'x' }, prompts: [] }).ok).to.equal(false);
  });

  it('resolvePromptSet(id, extra): the built-in sets by id, a host set of the same id first', () => {
    expect(builtinPromptSets.map((set) => set.id)).to.deep.equal(['nextwork', 'next-level']);
    expect(resolvePromptSet('nextwork')).to.equal(nextworkPromptSet);
    const own: PromptSet = {
      id: 'nextwork',
      label: { da: 'Vores samtale', en: 'Our conversation' },
      prompts: [{ id: 'how', purpose: 'open', text: { da: 'Hvordan går det?', en: 'How is it going?' } }],
    };
    const mine: PromptSet = { ...own, id: 'mine' };
    // The host's set shadows the built-in one of the same id; other built-in ids are still found.
    expect(resolvePromptSet('nextwork', [own])).to.equal(own);
    expect(resolvePromptSet('next-level', [own])).to.equal(nextLevelPromptSet);
    expect(resolvePromptSet('mine', [own, mine])).to.equal(mine);
    expect(resolvePromptSet('mine', [own])).to.equal(undefined);
  });

  it('parsePromptSet gives the built-in sets back unchanged, four prompts each, in order', () => {
    for (const set of builtinPromptSets) {
      const parsed = parsePromptSet(set);
      expect(parsed.ok, set.id).to.equal(true);
      expect(parsed.ok && parsed.data, set.id).to.deep.equal(set);
      expect(set.prompts.length, set.id).to.equal(4);
    }
    expect(nextLevelPromptSet.prompts.map((p) => p.id)).to.deep.equal([
      'where-are-you',
      'who-are-you',
      'where-to',
      'barriers',
    ]);
    expect(nextLevelPromptSet.prompts.every((p) => p.purpose === 'open')).to.equal(true);
  });
});
