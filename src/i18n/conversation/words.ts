/** The conversation's words in the built-in languages (the guide, the whole conversation, its summary). */
import { chartsWords } from '../charts/words.js';
import { daConversation } from './da.js';
import { enConversation } from './en.js';
import type { BuiltInWords, ConversationTranslation } from '../translation.js';

export const conversationWords: BuiltInWords<ConversationTranslation> = {
  da: { ...chartsWords.da, ...daConversation },
  en: { ...chartsWords.en, ...enConversation },
};
