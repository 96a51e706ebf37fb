import { expect } from '@open-wc/testing';
import { chartsWords } from '../../../src/i18n/charts/words.js';
import { registerWords, resolveLocale, wordsFor } from '../../../src/i18n/locale.js';
import { daCohort } from '../../../src/i18n/programme/da-cohort.js';
import { daProgramme } from '../../../src/i18n/programme/da.js';
import { enCohort } from '../../../src/i18n/programme/en-cohort.js';
import { enProgramme } from '../../../src/i18n/programme/en.js';
import { programmeWords } from '../../../src/i18n/programme/words.js';
import { shapeOf, wordCount } from '../shape.js';

describe('programmeWords: the programme views’ words in da and en', () => {
  it('has the same words in da and en, all the way down', () => {
    expect(wordCount(programmeWords.da), 'not an empty table').to.be.greaterThan(150);
    expect(shapeOf(programmeWords.en)).to.deep.equal(shapeOf(programmeWords.da));
  });

  it('is the charts’ words (they are charts) and the programme’s own, the very areas of each', () => {
    const own = ['cohort', 'followUp', 'weekHours'];
    expect(Object.keys(daProgramme).sort()).to.deep.equal(own);
    for (const [words, charts, programme, cohort] of [
      [programmeWords.da, chartsWords.da, daProgramme, daCohort],
      [programmeWords.en, chartsWords.en, enProgramme, enCohort],
    ] as const) {
      const chartAreas = Object.keys(charts);
      expect(chartAreas.length).to.equal(12);
      expect(Object.keys(words).sort()).to.deep.equal([...chartAreas, ...own].sort());
      for (const area of chartAreas)
        expect(words[area as keyof typeof charts], area).to.equal(charts[area as keyof typeof charts]);
      expect(words.followUp).to.equal(programme.followUp);
      expect(words.weekHours).to.equal(programme.weekHours);
      expect(words.cohort).to.equal(cohort);
      expect(words, 'none of the conversation’s').not.to.have.property('conversation');
    }
  });

  it('is what a registered language must have for the programme views to speak it', () => {
    registerWords('sw', { ...chartsWords.en, language: 'Kiswahili' });
    expect(resolveLocale('sw', programmeWords), 'the charts’ words are not enough').to.equal('da');
    expect(wordsFor('sw', programmeWords)).to.equal(programmeWords.da);
    registerWords('is', { ...programmeWords.en, language: 'Íslenska' });
    expect(resolveLocale('is-IS', programmeWords)).to.equal('is');
    expect(wordsFor('is', programmeWords).weekHours).to.equal(enProgramme.weekHours);
    expect(resolveLocale('is', chartsWords), 'a programme table holds every chart word').to.equal('is');
  });
});
