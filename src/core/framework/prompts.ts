/**
 * The built-in prompt sets of the guided conversation (docs/design.md, "The guided conversation"; Danish is the original). Prompt
 * sets are data: a host may pass its own in the same shape, in any languages.
 *
 * The Arabic (`ar`) and Ukrainian (`uk`) texts are for a conversation's second line
 * (`second-locale`): DRAFTS waiting for a native speaker's review.
 */
import type { PromptSet } from '../format/schema.js';

export const nextworkPromptSet: PromptSet = {
  id: 'nextwork',
  label: {
    da: 'NExTWORK-samtale',
    en: 'NExTWORK conversation',
    ar: 'محادثة NExTWORK',
    uk: 'Розмова NExTWORK',
  },
  prompts: [
    {
      id: 'changes',
      purpose: 'changes',
      text: {
        da: 'Hvordan er visualiseringen anderledes fra sidste gang?',
        en: 'How is the visualization different from last time?',
        ar: 'كيف تختلف الرسوم البيانية عن المرة الماضية؟',
        uk: 'Чим візуалізація відрізняється від минулого разу?',
      },
    },
    {
      id: 'examples',
      purpose: 'examples',
      text: {
        da: 'Hvordan er den anderledes? Giv et eller flere eksempler.',
        en: 'How is it different? Give one or more examples.',
        ar: 'كيف تختلف؟ أعطوا مثالًا واحدًا أو أكثر.',
        uk: 'Чим саме вона відрізняється? Наведіть один або кілька прикладів.',
      },
    },
    {
      id: 'appreciation',
      purpose: 'appreciation',
      text: {
        da: 'Hvilke ting har I sat pris på ved jeres samarbejde?',
        en: 'What have you appreciated about your collaboration?',
        ar: 'ما الأشياء التي قدّرتموها في تعاونكم؟',
        uk: 'Що ви цінували у вашій співпраці?',
      },
    },
    {
      id: 'focus',
      purpose: 'focus',
      text: {
        da: 'Vælg et område, I i fællesskab vil arbejde på at forbedre til næste gang.',
        en: 'Choose one area you will work on together to improve until next time.',
        ar: 'اختاروا مجالًا واحدًا ستعملون معًا على تحسينه حتى المرة القادمة.',
        uk: 'Оберіть одну сферу, яку ви разом покращуватимете до наступного разу.',
      },
    },
  ],
};

export const nextLevelPromptSet: PromptSet = {
  id: 'next-level',
  label: {
    da: 'Next Level – personlig udviklingssamtale',
    en: 'Next Level – personal development talk',
    ar: 'Next Level – محادثة التطور الشخصي',
    uk: 'Next Level – розмова про особистий розвиток',
  },
  prompts: [
    {
      id: 'where-are-you',
      purpose: 'open',
      text: { da: 'Hvor er du?', en: 'Where are you?', ar: 'أين أنت الآن؟', uk: 'Де ти зараз?' },
    },
    {
      id: 'who-are-you',
      purpose: 'open',
      text: { da: 'Hvem er du?', en: 'Who are you?', ar: 'من أنت؟', uk: 'Хто ти?' },
    },
    {
      id: 'where-to',
      purpose: 'open',
      text: {
        da: 'Hvor vil du gerne hen?',
        en: 'Where do you want to go?',
        ar: 'إلى أين تريد أن تصل؟',
        uk: 'Куди ти хочеш рухатися?',
      },
    },
    {
      id: 'barriers',
      purpose: 'open',
      text: {
        da: 'Hvilke barrierer er der?',
        en: 'What barriers are there?',
        ar: 'ما العوائق الموجودة؟',
        uk: 'Які є перешкоди?',
      },
    },
  ],
};

export const builtinPromptSets: ReadonlyArray<PromptSet> = [nextworkPromptSet, nextLevelPromptSet];

/** `resolvePromptSet(id, extra)`: a built-in set or one of the host's own; undefined when unknown. */
export function resolvePromptSet(id: string, extra: ReadonlyArray<PromptSet> = []): PromptSet | undefined {
  return extra.find((set) => set.id === id) ?? builtinPromptSets.find((set) => set.id === id);
}
