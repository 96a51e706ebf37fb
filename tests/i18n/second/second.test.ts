import { expect } from '@open-wc/testing';
import { chartsWords } from '../../../src/i18n/charts/words.js';
import { conversationWords } from '../../../src/i18n/conversation/words.js';
import { en } from '../../../src/i18n/en.js';
import { registerWords, resolveLocale } from '../../../src/i18n/locale.js';
import { ar } from '../../../src/i18n/second/ar.js';
import { secondLanguageFor } from '../../../src/i18n/second/second.js';
import { uk } from '../../../src/i18n/second/uk.js';

describe('secondLanguageFor(tag)', () => {
  it('secondLanguageFor(tag) finds a complete language or a second-line draft, never Danish for an unknown one', () => {
    expect(secondLanguageFor('ar-SY')?.locale).to.equal('ar');
    expect(secondLanguageFor('uk')?.t.language).to.equal('Українська');
    expect(secondLanguageFor('en-GB')?.locale).to.equal('en');
    expect(secondLanguageFor('fr')).to.equal(undefined);
    expect(secondLanguageFor('')).to.equal(undefined);
    // A second-line draft is not a language an element speaks: an Arabic page keeps Danish.
    expect(resolveLocale('ar')).to.equal('da');
  });

  it('finds no second language for a tag that names an Object property', () => {
    for (const tag of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(secondLanguageFor(tag), tag).to.equal(undefined);
  });

  it('gives the draft’s own words, or the conversation’s words of a complete language', () => {
    expect(secondLanguageFor('ar')).to.deep.equal({ locale: 'ar', t: ar });
    expect(secondLanguageFor('ar')?.t).to.equal(ar);
    expect(secondLanguageFor('uk-UA')?.t).to.equal(uk);
    expect(secondLanguageFor('da')?.t).to.equal(conversationWords.da);
    expect(secondLanguageFor('en')?.t).to.equal(conversationWords.en);
  });

  it('reads the tag trimmed, in any case, the whole tag first and then its language only', () => {
    expect(secondLanguageFor(' AR-sy ')?.locale).to.equal('ar');
    expect(secondLanguageFor('EN-us')?.locale).to.equal('en');
    expect(secondLanguageFor('UK')?.t).to.equal(uk);
    // `-ar` is a region or a script here, never the language: nothing for German.
    expect(secondLanguageFor('de-ar')).to.equal(undefined);
    for (const nothing of [null, undefined, '   ', '-', '-ar'])
      expect(secondLanguageFor(nothing), String(nothing)).to.equal(undefined);
  });

  it('prefers a complete language registered under a draft’s code; a table without the conversation’s words is not one', () => {
    registerWords('ar', { ...chartsWords.en, language: 'charts only' });
    expect(secondLanguageFor('ar')?.t, 'the charts’ words are not enough').to.equal(ar);
    const ukrainian = { ...en, language: 'Українська (the host’s)' };
    registerWords('uk', ukrainian);
    expect(secondLanguageFor('uk-UA')).to.deep.equal({ locale: 'uk', t: ukrainian });
  });
});
