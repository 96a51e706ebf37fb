/** The conversation's words in the built-in languages (the guide, the whole conversation, its summary). */
import { chartsWords } from './charts.js';
import { daConversation } from './da-conversation.js';
import { enConversation } from './en-conversation.js';
import type { BuiltInWords, ConversationTranslation } from './translation.js';

export const conversationWords: BuiltInWords<ConversationTranslation> = {
  da: { ...chartsWords.da, ...daConversation },
  en: { ...chartsWords.en, ...enConversation },
};
