import { expect } from '@open-wc/testing';
import { chartsWords } from '../../../src/i18n/charts/words.js';
import { genitive } from '../../../src/i18n/common/da-grammar.js';
import { programmeWords } from '../../../src/i18n/programme/words.js';

describe('genitive(name): the Danish genitive of a name', () => {
  it('adds -s to a name that ends in anything but s, x or z', () => {
    expect(genitive('Simon')).to.equal('Simons');
    expect(genitive('Sarah')).to.equal('Sarahs');
    expect(genitive('Mette-Marie')).to.equal('Mette-Maries');
    expect(genitive('Bo')).to.equal('Bos');
    expect(genitive('Søren Ø')).to.equal('Søren Øs');
  });

  it('adds only an apostrophe after s, x or z, in either case', () => {
    expect(genitive('Rasmus')).to.equal("Rasmus'");
    expect(genitive('Alex')).to.equal("Alex'");
    expect(genitive('Liz')).to.equal("Liz'");
    expect(genitive('Anders')).to.equal("Anders'");
    expect(genitive('JONAS')).to.equal("JONAS'");
    expect(genitive('MAX')).to.equal("MAX'");
    expect(genitive('FRITZ')).to.equal("FRITZ'");
  });

  it('looks at the last letter only: s, x or z inside a name changes nothing', () => {
    expect(genitive('Xenia')).to.equal('Xenias');
    expect(genitive('Zara')).to.equal('Zaras');
    expect(genitive('Susanne')).to.equal('Susannes');
  });

  it("reads the name, not the isolate marks around it: a marked Rasmus is still Rasmus'", () => {
    // The elements mark host text (U+2068 … U+2069) before it goes into a title; the screenshots
    // caught "Rasmuss egenskaber" when the marks came in.
    expect(genitive('\u2068Rasmus\u2069')).to.equal("\u2068Rasmus\u2069'");
    expect(genitive('\u2068Liv\u2069')).to.equal('\u2068Liv\u2069s');
  });

  it('is the genitive the Danish titles write', () => {
    expect(chartsWords.da.chart.titleDimensions('Rasmus')).to.equal("Rasmus' udvikling");
    expect(chartsWords.da.chart.titleTraits('Alex')).to.equal("Alex' egenskaber over tid");
    expect(chartsWords.da.star.title('Simon')).to.equal('Simons egenskaber: nu og sidst');
    expect(programmeWords.da.followUp.title('Simon')).to.equal('Simons opfølgning efter job');
    expect(programmeWords.da.weekHours.title('Liz')).to.equal("Liz' timer pr. uge");
  });
});
