import { expect } from '@open-wc/testing';
import { chartsWords } from '../../../src/i18n/charts/words.js';
import { da, en } from '../../../src/i18n/index.js';
import { registerWords, resolveLocale, wordsFor } from '../../../src/i18n/locale.js';
import { daLog } from '../../../src/i18n/log/da.js';
import { enLog } from '../../../src/i18n/log/en.js';
import { logWords } from '../../../src/i18n/log/words.js';
import { shapeOf, wordCount } from '../shape.js';

describe("logWords: the young person's log in da and en", () => {
  it('has the same words in da and en, all the way down', () => {
    expect(wordCount(logWords.da.log), 'not an empty table').to.be.greaterThan(30);
    expect(shapeOf(enLog)).to.deep.equal(shapeOf(daLog));
  });

  it("is the charts' words (a data element's error state) and the log's own, the very tables", () => {
    expect(Object.keys(daLog)).to.deep.equal(['log']);
    for (const [words, log, complete] of [
      [logWords.da, daLog, da],
      [logWords.en, enLog, en],
    ] as const) {
      expect(Object.keys(words).sort()).to.deep.equal([...Object.keys(chartsWords.da), 'log'].sort());
      expect(words.log).to.equal(log.log);
      expect(complete.log, 'in the complete language').to.equal(log.log);
      expect(words, 'none of the conversation’s').not.to.have.property('conversation');
    }
  });

  it('says who sees an entry in plain words, and names the day a host gave wrong', () => {
    expect(daLog.log.whoPrivate).to.equal('Kun dig.');
    expect(daLog.log.whoShared).to.equal('Din mentor og virksomheden ser den ved næste samtale.');
    expect(enLog.log.whoShared).to.equal('Your mentor and the company see it at the next conversation.');
    expect(daLog.log.invalid.today('2026-13-01')).to.equal(
      'Dagen "2026-13-01" er ikke en gyldig dato (ÅÅÅÅ-MM-DD).',
    );
  });

  it('is what a registered language must have for the log to speak it', () => {
    registerWords('fo', { ...chartsWords.en, language: 'Føroyskt' });
    expect(resolveLocale('fo', logWords), 'the charts’ words are not enough').to.equal('da');
    registerWords('kl', { ...logWords.en, language: 'Kalaallisut' });
    expect(resolveLocale('kl', logWords)).to.equal('kl');
    expect(wordsFor('kl', logWords).log).to.equal(enLog.log);
  });
});
