import { expect } from '@open-wc/testing';
import { chartsWords } from '../../../src/i18n/charts/words.js';
import { daCommon } from '../../../src/i18n/common/da.js';
import { enCommon } from '../../../src/i18n/common/en.js';
import { daForm } from '../../../src/i18n/form/da.js';
import { enForm } from '../../../src/i18n/form/en.js';
import { formWords } from '../../../src/i18n/form/words.js';
import { registerWords, resolveLocale, wordsFor } from '../../../src/i18n/locale.js';
import { shapeOf, wordCount } from '../shape.js';

describe('formWords: the assessment form’s words in da and en', () => {
  it('has the same words in da and en, all the way down', () => {
    expect(wordCount(formWords.da), 'not an empty table').to.be.greaterThan(20);
    expect(shapeOf(formWords.en)).to.deep.equal(shapeOf(formWords.da));
  });

  it('is the common words and the form’s, the very areas of each, and none of the charts’', () => {
    for (const [words, common, form] of [
      [formWords.da, daCommon, daForm],
      [formWords.en, enCommon, enForm],
    ] as const) {
      expect(Object.keys(words).sort()).to.deep.equal(['form', 'invalidData', 'language', 'period']);
      expect(words.form).to.equal(form.form);
      expect(words.invalidData).to.equal(common.invalidData);
      expect(words.period).to.equal(common.period);
      expect(words.language).to.equal(common.language);
    }
  });

  it('is what a registered language must have for the form to speak it', () => {
    registerWords('fo', { ...formWords.en, language: 'Føroyskt' });
    expect(resolveLocale('fo-FO', formWords)).to.equal('fo');
    expect(wordsFor('fo', formWords).language).to.equal('Føroyskt');
    expect(wordsFor('fo', formWords).form).to.equal(enForm.form);
    // The form's words are not the charts': a chart keeps Danish in `fo`.
    expect(resolveLocale('fo', chartsWords)).to.equal('da');
    // And a table of the charts' words only is not the form's.
    registerWords('kl', { ...chartsWords.en, language: 'Kalaallisut' });
    expect(resolveLocale('kl', formWords)).to.equal('da');
    expect(wordsFor('kl', formWords)).to.equal(formWords.da);
  });
});
