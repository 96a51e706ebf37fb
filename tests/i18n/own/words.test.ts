import { expect } from '@open-wc/testing';
import { chartsWords } from '../../../src/i18n/charts/words.js';
import { resolveLocale, registerWords } from '../../../src/i18n/locale.js';
import { daOwn } from '../../../src/i18n/own/da.js';
import { enOwn } from '../../../src/i18n/own/en.js';
import { ownWords } from '../../../src/i18n/own/words.js';
import { shapeOf, wordCount } from '../shape.js';

describe('ownWords: the young person’s own page’s words in da and en', () => {
  it('has the same words in da and en, all the way down', () => {
    expect(wordCount(ownWords.da), 'not an empty table').to.be.greaterThan(100);
    expect(shapeOf(ownWords.en)).to.deep.equal(shapeOf(ownWords.da));
    expect(shapeOf(enOwn)).to.deep.equal(shapeOf(daOwn));
  });

  it('is the charts’ words and its own area, no other', () => {
    for (const [words, charts, own] of [
      [ownWords.da, chartsWords.da, daOwn],
      [ownWords.en, chartsWords.en, enOwn],
    ] as const) {
      const chartAreas = Object.keys(charts);
      expect(Object.keys(words).sort()).to.deep.equal([...chartAreas, 'own'].sort());
      expect(words.own).to.equal(own.own);
      expect(words, 'none of the conversation’s').not.to.have.property('conversation');
    }
  });

  it('says a change with the scale’s maximum after every number, in plain words', () => {
    // No-break spaces (\u00a0) hold each number to its "af 5": a narrow line never parts them.
    const da = daOwn.own.change('5');
    // 3,2 → 3,8 is 0,6: from 0,5 a change is not "a little" (core's changeSizeOf says 'large').
    expect(da.rose('Samarbejde', '3,2', '3,8', '12. marts', 'large')).to.equal(
      'Samarbejde er gået op siden 12. marts. Før: 3,2\u00a0af\u00a05. Nu: 3,8\u00a0af\u00a05.',
    );
    expect(da.rose('Samarbejde', '3,2', '3,5', '12. marts', 'little')).to.equal(
      'Samarbejde er gået lidt op siden 12. marts. Før: 3,2\u00a0af\u00a05. Nu: 3,5\u00a0af\u00a05.',
    );
    // Steady says its value now alone: 3,2 then and 3,3 now is "hardly moved", at 3,3.
    expect(da.steadyOver('Samarbejde', '3,3', '12. marts', '')).to.equal(
      'Samarbejde har næsten ikke flyttet sig. Nu: 3,3\u00a0af\u00a05.',
    );
    // 7,0 → 6,5 on 0–10 is 0,5, under that scale's 1,25: a little.
    expect(enOwn.own.change('10').dipped('Cooperation', '7.0', '6.5', '12 March', 'little')).to.equal(
      'Cooperation has gone down a little since 12 March. Before: 7.0\u00a0of\u00a010. Now: 6.5\u00a0of\u00a010.',
    );
    expect(daOwn.own.window.thin(2, '')).to.equal('Det bygger på 2 svar.');
  });

  it('is what a registered language must have for the page to speak it', () => {
    registerWords('fo', { ...chartsWords.en, language: 'Føroyskt' });
    expect(resolveLocale('fo', ownWords), 'the charts’ words are not enough').to.equal('da');
  });
});
