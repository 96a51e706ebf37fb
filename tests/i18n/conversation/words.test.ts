import { expect } from '@open-wc/testing';
import { chartsWords } from '../../../src/i18n/charts/words.js';
import { daConversation } from '../../../src/i18n/conversation/da.js';
import { enConversation } from '../../../src/i18n/conversation/en.js';
import { conversationWords } from '../../../src/i18n/conversation/words.js';
import { en } from '../../../src/i18n/en.js';
import { registerWords, resolveLocale, wordsFor } from '../../../src/i18n/locale.js';
import { shapeOf, wordCount } from '../shape.js';

describe('conversationWords: the conversation’s words in da and en', () => {
  it('has the same words in da and en, all the way down', () => {
    expect(wordCount(conversationWords.da), 'not an empty table').to.be.greaterThan(150);
    expect(shapeOf(conversationWords.en)).to.deep.equal(shapeOf(conversationWords.da));
  });

  it('is the charts’ words (it shows charts) and the conversation’s own, the very areas of each', () => {
    const own = ['conversation', 'conversationOwn', 'guide', 'record'];
    expect(Object.keys(daConversation).sort()).to.deep.equal(own);
    for (const [words, charts, conversation] of [
      [conversationWords.da, chartsWords.da, daConversation],
      [conversationWords.en, chartsWords.en, enConversation],
    ] as const) {
      const chartAreas = Object.keys(charts);
      expect(chartAreas.length).to.equal(12);
      expect(Object.keys(words).sort()).to.deep.equal([...chartAreas, ...own].sort());
      for (const area of chartAreas)
        expect(words[area as keyof typeof charts], area).to.equal(charts[area as keyof typeof charts]);
      expect(words.conversation).to.equal(conversation.conversation);
      expect(words.guide).to.equal(conversation.guide);
      expect(words.conversationOwn).to.equal(conversation.conversationOwn);
      expect(words.record).to.equal(conversation.record);
      expect(words, 'none of the form’s').not.to.have.property('form');
    }
  });

  it('is what a registered language must have for the conversation to speak it', () => {
    registerWords('sw', { ...chartsWords.en, language: 'Kiswahili' });
    expect(resolveLocale('sw', chartsWords)).to.equal('sw');
    expect(resolveLocale('sw', conversationWords), 'the charts’ words are not enough').to.equal('da');
    expect(wordsFor('sw', conversationWords)).to.equal(conversationWords.da);
    registerWords('so', { ...en, language: 'Soomaali' });
    expect(resolveLocale('so-SO', conversationWords)).to.equal('so');
    expect(wordsFor('so', conversationWords).language).to.equal('Soomaali');
    expect(wordsFor('so', conversationWords).guide).to.equal(enConversation.guide);
  });
});
