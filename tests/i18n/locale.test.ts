import { expect } from '@open-wc/testing';
import { formatDay, formatNumber, formatPeriod, resolveLocale } from '../../src/i18n/index.js';

describe('i18n formatting', () => {
  it('formatPeriod(locale, key) says weeks, months and half-years in words', () => {
    expect(formatPeriod('da', '2026-W09')).to.equal('uge 9, 2026');
    expect(formatPeriod('en', '2026-W53')).to.equal('week 53, 2026');
    expect(formatPeriod('da', '2026-03')).to.equal('marts 2026');
    expect(formatPeriod('en', '2026-03')).to.equal('March 2026');
    expect(formatPeriod('da', '2026-H1')).to.equal('1. halvår 2026');
    expect(formatPeriod('en', '2026-H2')).to.equal('second half of 2026');
  });

  it('formatDay(locale, date, year) adds the year only when it differs', () => {
    expect(formatDay('da', '2026-10-12', 2026)).to.equal('12. oktober');
    expect(formatDay('en', '2026-10-12', 2026)).to.equal('12 October');
    expect(formatDay('en', '2025-10-12', 2026)).to.equal('12 October 2025');
  });

  it('formatNumber(locale, n) uses the language’s decimal sign', () => {
    expect(formatNumber('da', 3.14159)).to.equal('3,1');
    expect(formatNumber('en', 4)).to.equal('4.0');
  });

  it('resolveLocale falls back from a region to the language, then to Danish', () => {
    expect(resolveLocale('en-US')).to.equal('en');
    expect(resolveLocale('DA-dk')).to.equal('da');
    expect(resolveLocale('fr')).to.equal('da');
    expect(resolveLocale(undefined)).to.equal('da');
  });
});
