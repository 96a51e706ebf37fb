import { expect } from '@open-wc/testing';
import { daCharts } from '../../../src/i18n/charts/da.js';
import { enCharts } from '../../../src/i18n/charts/en.js';
import { chartsWords, registerChartsLocale } from '../../../src/i18n/charts/words.js';
import { daCommon } from '../../../src/i18n/common/da.js';
import { enCommon } from '../../../src/i18n/common/en.js';
import { formWords } from '../../../src/i18n/form/words.js';
import { resolveLocale, wordsFor } from '../../../src/i18n/locale.js';
import { shapeOf, wordCount } from '../shape.js';

describe('chartsWords: the charts’ words in da and en', () => {
  it('has the same words in da and en, all the way down', () => {
    expect(wordCount(chartsWords.da), 'not an empty table').to.be.greaterThan(100);
    expect(shapeOf(chartsWords.en)).to.deep.equal(shapeOf(chartsWords.da));
  });

  it('is the common words and the charts’ own, the very areas of each, and nothing else', () => {
    const areas = [
      'export',
      'chart',
      'dimensions',
      'sparkline',
      'star',
      'summary',
      'table',
      'trend',
      'window',
    ];
    expect(Object.keys(daCharts).sort()).to.deep.equal(areas.sort());
    expect(Object.keys(daCommon).sort()).to.deep.equal(['invalidData', 'language', 'period']);
    for (const [words, common, charts] of [
      [chartsWords.da, daCommon, daCharts],
      [chartsWords.en, enCommon, enCharts],
    ] as const) {
      expect(Object.keys(words).sort()).to.deep.equal([...areas, 'invalidData', 'language', 'period'].sort());
      for (const area of areas)
        expect(words[area as keyof typeof charts], area).to.equal(charts[area as keyof typeof charts]);
      expect(words.invalidData).to.equal(common.invalidData);
      expect(words.period).to.equal(common.period);
    }
    expect([chartsWords.da.language, chartsWords.en.language]).to.deep.equal(['Dansk', 'English']);
  });
});

describe('registerChartsLocale(code, messages)', () => {
  it('adds a language the charts speak, by its code in any case, and not the form', () => {
    registerChartsLocale(' SW ', {
      ...chartsWords.en,
      language: 'Kiswahili',
      sparkline: { ...chartsWords.en.sparkline, empty: 'Hakuna data bado' },
    });
    expect(resolveLocale('sw-KE', chartsWords)).to.equal('sw');
    const words = wordsFor('sw', chartsWords);
    expect(words.language).to.equal('Kiswahili');
    expect(words.sparkline.empty).to.equal('Hakuna data bado');
    expect(words.chart, 'the rest as given').to.equal(chartsWords.en.chart);
    // The form needs its own words, which `sw` does not have: the form keeps Danish.
    expect(resolveLocale('sw', formWords)).to.equal('da');
    expect(wordsFor('sw', formWords)).to.equal(formWords.da);
  });

  it('replaces a language registered before under the same code', () => {
    registerChartsLocale('xh', { ...chartsWords.en, language: 'first' });
    registerChartsLocale('XH', { ...chartsWords.en, language: 'isiXhosa' });
    expect(wordsFor(resolveLocale('xh', chartsWords), chartsWords).language).to.equal('isiXhosa');
  });

  it('does not speak a table that lacks a word the charts need: Danish then', () => {
    const withoutSummary: Record<string, unknown> = { ...chartsWords.en };
    delete withoutSummary['summary'];
    registerChartsLocale('zu', withoutSummary as unknown as typeof chartsWords.en);
    expect(resolveLocale('zu', chartsWords)).to.equal('da');
    expect(wordsFor('zu', chartsWords)).to.equal(chartsWords.da);
  });
});
