import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { conventions, writeList, writeNumber } from '../../src/i18n/conventions.js';
import { formatDay, formatNumber, formatPeriod, tickLabelsFor } from '../../src/i18n/index.js';

// The tables stand in for Intl on a first draw; here the browser's own Intl is the judge.
const intl = { da: 'da-DK', en: 'en-GB' } as const;
const locales = ['da', 'en'] as const;

describe('i18n conventions: the tables write exactly what Intl writes', () => {
  it('numbers, for any value and 0–6 decimals (halves, group marks, negative zero)', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e22, max: 1e22 }),
      fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 1000),
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100 + 0.005),
      fc.constantFrom(
        0,
        -0,
        0.05,
        -0.05,
        0.25,
        2.5,
        -2.5,
        999.95,
        1000,
        9999.99,
        1e21,
        -1e21,
        5e-7,
        -5e-7,
        1e-7,
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...locales), value, fc.integer({ min: 0, max: 6 }), (locale, v, digits) => {
        const expected = new Intl.NumberFormat(intl[locale], {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(v);
        expect(formatNumber(locale, v, digits), `${locale} ${v} ${digits}`).to.equal(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves to Intl what the tables do not write (infinities, NaN, 1e21 and above, over 6 decimals)', () => {
    expect(writeNumber(conventions.da, Number.POSITIVE_INFINITY, 1)).to.equal(undefined);
    expect(writeNumber(conventions.da, 1e21, 1)).to.equal(undefined);
    expect(writeNumber(conventions.da, 1, 7)).to.equal(undefined);
    expect(formatNumber('da', 5e-7, 6), 'a half at the last decimal, below 1e-6').to.equal('0,000001');
    expect(formatNumber('da', 1e21)).to.equal(
      new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1 }).format(1e21),
    );
    expect(formatNumber('da', Number.NaN)).to.equal(new Intl.NumberFormat('da-DK').format(Number.NaN));
  });

  it('hand-computed: Danish and English marks', () => {
    expect(formatNumber('da', -1234.56)).to.equal('-1.234,6');
    expect(formatNumber('en', 1234567.891, 2)).to.equal('1,234,567.89');
    expect(formatNumber('da', 0.25)).to.equal('0,3');
    expect(formatNumber('da', 999.96)).to.equal('1.000,0');
  });

  it('days, months and the time axis, for every month of years 1–9999', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.boolean(),
        (locale, year, month, day, withYear) => {
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const format = (options: Intl.DateTimeFormatOptions) =>
            new Intl.DateTimeFormat(intl[locale], { ...options, timeZone: 'UTC' }).format(date);
          const dayOptions: Intl.DateTimeFormatOptions = withYear
            ? { day: 'numeric', month: 'long', year: 'numeric' }
            : { day: 'numeric', month: 'long' };
          expect(formatDay(locale, iso, withYear ? year + 1 : year)).to.equal(format(dayOptions));
          expect(formatDay(locale, iso, withYear ? year + 1 : year, 'short')).to.equal(
            format({ ...dayOptions, month: 'short' }),
          );
          expect(formatPeriod(locale, iso.slice(0, 7))).to.equal(format({ month: 'long', year: 'numeric' }));
          const ticks = tickLabelsFor(locale);
          expect(ticks.month(date.getTime())).to.equal(format({ month: 'short' }));
          expect(ticks.monthYear(date.getTime())).to.equal(format({ month: 'short', year: 'numeric' }));
          expect(ticks.year(date.getTime())).to.equal(format({ year: 'numeric' }));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('lists, as Intl.ListFormat writes them in Danish and English, with no Intl on a first draw', () => {
    const lists = [[], ['Simon'], ['a', 'b'], ['3', '4', '5'], ['1. marts', '2. april', '3. maj', '4. juni']];
    for (const items of lists) {
      expect(writeList(conventions.da, items), items.join('|')).to.equal(
        new Intl.ListFormat('da-DK', { type: 'conjunction' }).format(items),
      );
      expect(writeList(conventions.en, items), items.join('|')).to.equal(
        new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items),
      );
    }
    // Hand-stated: the Danish and English of the follow-up plan's steps.
    expect(writeList(conventions.da, ['1 uge', '1 måned', '3 måneder'])).to.equal(
      '1 uge, 1 måned og 3 måneder',
    );
    expect(writeList(conventions.en, ['1 week', '1 month'])).to.equal('1 week and 1 month');
  });
});
