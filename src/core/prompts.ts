/**
 * The built-in prompt sets of the guided conversation (DESIGN.md; Danish is the original). Prompt
 * sets are data: a host may pass its own in the same shape.
 */
import type { PromptSet } from './schema.js';

export const nextworkPromptSet: PromptSet = {
  id: 'nextwork',
  label: { da: 'NExTWORK-samtale', en: 'NExTWORK conversation' },
  prompts: [
    {
      id: 'changes',
      purpose: 'changes',
      text: {
        da: 'Hvordan er visualiseringen anderledes fra sidste gang?',
        en: 'How is the visualization different from last time?',
      },
    },
    {
      id: 'examples',
      purpose: 'examples',
      text: {
        da: 'Hvordan er den anderledes? Giv et eller flere eksempler.',
        en: 'How is it different? Give one or more examples.',
      },
    },
    {
      id: 'appreciation',
      purpose: 'appreciation',
      text: {
        da: 'Hvilke ting har I sat pris på ved jeres samarbejde?',
        en: 'What have you appreciated about your collaboration?',
      },
    },
    {
      id: 'focus',
      purpose: 'focus',
      text: {
        da: 'Vælg et område, I i fællesskab vil arbejde på at forbedre til næste gang.',
        en: 'Choose one area you will work on together to improve until next time.',
      },
    },
  ],
};

export const nextLevelPromptSet: PromptSet = {
  id: 'next-level',
  label: { da: 'Next Level – personlig udviklingssamtale', en: 'Next Level – personal development talk' },
  prompts: [
    { id: 'where-are-you', purpose: 'open', text: { da: 'Hvor er du?', en: 'Where are you?' } },
    { id: 'who-are-you', purpose: 'open', text: { da: 'Hvem er du?', en: 'Who are you?' } },
    {
      id: 'where-to',
      purpose: 'open',
      text: { da: 'Hvor vil du gerne hen?', en: 'Where do you want to go?' },
    },
    {
      id: 'barriers',
      purpose: 'open',
      text: { da: 'Hvilke barrierer er der?', en: 'What barriers are there?' },
    },
  ],
};

export const builtinPromptSets: ReadonlyArray<PromptSet> = [nextworkPromptSet, nextLevelPromptSet];

/** `resolvePromptSet(id, extra)`: a built-in set or one of the host's own; undefined when unknown. */
export function resolvePromptSet(id: string, extra: ReadonlyArray<PromptSet> = []): PromptSet | undefined {
  return extra.find((set) => set.id === id) ?? builtinPromptSets.find((set) => set.id === id);
}
