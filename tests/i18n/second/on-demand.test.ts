import { expect } from '@open-wc/testing';
import { conversationWords } from '../../../src/i18n/conversation/words.js';
import {
  loadSecondLanguage,
  matchSecondLanguage,
  secondLanguageNow,
} from '../../../src/i18n/second/on-demand.js';

// No module of this page imports the drafts (ar.ts, uk.ts) but the loader: the first test sees
// them not loaded.
describe('a second line’s words on demand', () => {
  it('has a draft’s words only once loaded, each draft loaded once, the other not with it', async () => {
    expect(secondLanguageNow('ar-SY'), 'not loaded yet').to.equal(undefined);
    const first = loadSecondLanguage('ar-SY');
    const again = loadSecondLanguage(' AR ');
    expect(first).to.be.instanceOf(Promise);
    expect(again, 'the same load, not a second one').to.equal(first);
    await first;
    const { ar } = await import('../../../src/i18n/second/ar.js');
    expect(secondLanguageNow('ar-SY')).to.deep.equal({ locale: 'ar', t: ar });
    expect(secondLanguageNow('ar')?.t).to.equal(ar);
    expect(loadSecondLanguage('ar'), 'nothing more to load').to.equal(undefined);
    expect(secondLanguageNow('uk'), 'Ukrainian is not loaded with Arabic').to.equal(undefined);
    await loadSecondLanguage('uk-UA');
    expect(secondLanguageNow('uk')?.t.language).to.equal('Українська');
  });

  it('needs no loading for a complete language, and has nothing for an unknown one', () => {
    expect(secondLanguageNow('en-GB')).to.deep.equal({ locale: 'en', t: conversationWords.en });
    expect(secondLanguageNow('da')?.t).to.equal(conversationWords.da);
    for (const tag of ['en', 'da', 'fr', '', '   ', null, undefined, 'constructor', '__proto__', 'de-ar'])
      expect(loadSecondLanguage(tag), String(tag)).to.equal(undefined);
    expect(secondLanguageNow('fr')).to.equal(undefined);
  });

  it('matches the whole tag first, then its language; a complete language before a draft', () => {
    const drafts = new Map([
      ['ar', 'arabic draft'],
      ['en', 'english draft'],
    ]);
    expect(matchSecondLanguage('AR-sy', drafts)).to.deep.equal({ locale: 'ar', draft: 'arabic draft' });
    // English is complete: its conversation words, never the draft under its code.
    expect(matchSecondLanguage('en-US', drafts)).to.deep.equal({ locale: 'en', t: conversationWords.en });
    expect(matchSecondLanguage('uk', drafts)).to.equal(undefined);
    expect(matchSecondLanguage('-ar', drafts)).to.equal(undefined);
  });
});
