import { expect } from '@open-wc/testing';
import { dayAfterMsOf, dayMsOf, isoDateOf } from '../../src/charts/time.js';

const dayMs = 86_400_000;

/** What `Date` says a day is, proleptic Gregorian, for every year (Date.UTC maps 0–99 to 1900–1999). */
function byDate(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

describe('charts/time', () => {
  it('dayMsOf reads every day of two centuries as Date does', () => {
    const from = Date.UTC(1899, 11, 25);
    const to = Date.UTC(2101, 0, 5);
    let wrong = 0;
    for (let ms = from; ms <= to; ms += dayMs) {
      const iso = isoDateOf(ms);
      if (dayMsOf(iso) !== ms || dayAfterMsOf(iso) !== ms + dayMs) wrong++;
    }
    expect(wrong).to.equal(0);
  });

  it('dayMsOf counts the first and last years a date may have, leap days included', () => {
    for (const [year, month, day] of [
      [1, 1, 1],
      [4, 2, 29],
      [99, 12, 31],
      [100, 3, 1],
      [1600, 2, 29],
      [1900, 3, 1],
      [2000, 2, 29],
      [2026, 12, 31],
      [9999, 12, 31],
    ] as const) {
      const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      expect(dayMsOf(iso), iso).to.equal(byDate(year, month, day));
    }
  });

  it('dayMsOf reads the date of a date-time', () => {
    expect(dayMsOf('2026-03-02T13:45:00.000Z')).to.equal(Date.UTC(2026, 2, 2));
  });
});
