import { expect } from '@open-wc/testing';
import {
  ar,
  da,
  directionOf,
  formatDay,
  formatNumber,
  formatPeriod,
  registerLocale,
  resolveLocale,
  secondLanguageFor,
  translationFor,
  uk,
  type Translation,
} from '../../src/i18n/index.js';

describe('registerLocale and the young person’s language', () => {
  it('registerLocale(code, messages) takes only a complete translation (the compiler checks)', () => {
    const withoutConversation: Omit<Translation, 'conversation'> = da;
    // Never called: the check is the compiler's. A translation missing a section fails `tsc`.
    const missingKey = () =>
      // @ts-expect-error `conversation` is missing
      registerLocale('xx', withoutConversation);
    expect(missingKey).to.be.a('function');
    const somali: Translation = { ...da, language: 'Soomaali' };
    registerLocale('SO', somali);
    expect(resolveLocale('so-SO')).to.equal('so');
    expect(translationFor('so').language).to.equal('Soomaali');
    expect(secondLanguageFor('so')?.t.language).to.equal('Soomaali');
  });

  it('directionOf(tag) says right to left for Arabic-script and Hebrew languages', () => {
    for (const tag of ['ar', 'ar-SY', 'fa', 'he', 'ur', 'ckb', 'az-Arab'])
      expect(directionOf(tag), tag).to.equal('rtl');
    for (const tag of ['da', 'en', 'uk', 'so', 'pl', 'ku-Latn', 'not a tag!'])
      expect(directionOf(tag), tag).to.equal('ltr');
  });

  it('formats numbers, days and periods in the second languages (Arabic with the chart’s digits)', () => {
    expect(formatNumber('ar', 3.8)).to.equal('3.8');
    expect(formatNumber('uk', 3.8)).to.equal('3,8');
    expect(formatPeriod('ar', '2026-W09')).to.equal('الأسبوع 9، 2026');
    expect(formatPeriod('uk', '2026-H1')).to.equal('1-ше півріччя 2026');
    expect(formatDay('ar', '2026-10-12', 2026)).to.equal('12 أكتوبر');
    expect(formatDay('uk', '2026-10-12', 2026)).to.equal('12 жовтня');
  });

  it('counts windows as each language does', () => {
    expect([1, 2, 4, 12].map((n) => ar.window.last(n, 'week'))).to.deep.equal([
      'الأسبوع الأخير',
      'آخر أسبوعين',
      'آخر 4 أسابيع',
      'آخر 12 أسبوعًا',
    ]);
    expect([1, 4, 5, 22].map((n) => uk.window.last(n, 'week'))).to.deep.equal([
      'останній тиждень',
      'останні 4 тижні',
      'останні 5 тижнів',
      'останні 22 тижні',
    ]);
    expect(uk.window.thin(1, 'останні 4 тижні')).to.equal('Лише 1 звіт за останні 4 тижні.');
    expect(ar.window.thin(3, 'آخر 4 أسابيع')).to.equal('3 تقارير فقط في آخر 4 أسابيع.');
  });
});
