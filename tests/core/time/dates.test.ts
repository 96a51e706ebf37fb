import { expect } from '@open-wc/testing';
import {
  addCalendarMonths,
  addDays,
  addMonths,
  compareDateText,
  isCalendarDate,
  localDateOf,
} from '../../../src/core/index.js';

const cph = 'Europe/Copenhagen';

describe('localDateOf(value, timeZone)', () => {
  it('keeps a plain date as it is', () => {
    expect(localDateOf('2026-03-01', cph)).to.equal('2026-03-01');
  });

  it('turns a late UTC evening into the next day in Copenhagen', () => {
    expect(localDateOf('2026-03-01T23:30:00Z', cph)).to.equal('2026-03-02');
    expect(localDateOf('2026-03-01T22:59:59Z', cph)).to.equal('2026-03-01');
  });

  it('follows summer time: midnight is 22:00 UTC from 29 March to 25 October 2026', () => {
    // Winter (UTC+1): 22:30Z is 23:30 the same day.
    expect(localDateOf('2026-03-28T22:30:00Z', cph)).to.equal('2026-03-28');
    // The night summer time starts: 23:30Z on the 28th is 00:30 on the 29th (still UTC+1).
    expect(localDateOf('2026-03-28T23:30:00Z', cph)).to.equal('2026-03-29');
    // Summer (UTC+2): 22:30Z is already 00:30 the next day.
    expect(localDateOf('2026-07-01T22:30:00Z', cph)).to.equal('2026-07-02');
    expect(localDateOf('2026-10-24T22:30:00Z', cph)).to.equal('2026-10-25');
    // After summer time ends (UTC+1 again): 22:30Z on the 25th is 23:30 the same day.
    expect(localDateOf('2026-10-25T22:30:00Z', cph)).to.equal('2026-10-25');
  });

  it('reads offsets other than Z', () => {
    expect(localDateOf('2026-03-02T00:15:00+01:00', cph)).to.equal('2026-03-02');
    expect(localDateOf('2026-03-01T20:00:00-05:00', cph)).to.equal('2026-03-02');
    expect(localDateOf('2026-03-01T20:00-05:00', cph)).to.equal('2026-03-02');
    expect(localDateOf('2026-03-01T20:00:00.123+00:00', cph)).to.equal('2026-03-01');
  });

  it('uses the time zone it is given', () => {
    expect(localDateOf('2026-03-01T23:30:00Z', 'America/New_York')).to.equal('2026-03-01');
  });

  it('refuses impossible dates and times', () => {
    expect(localDateOf('2026-02-30', cph)).to.equal(undefined);
    expect(localDateOf('2026-02-29', cph)).to.equal(undefined);
    expect(localDateOf('2026-13-01', cph)).to.equal(undefined);
    expect(localDateOf('2026-03-01T25:00:00Z', cph)).to.equal(undefined);
    expect(localDateOf('2026-03-01T12:00:00', cph)).to.equal(undefined); // no offset
    expect(localDateOf('1. marts', cph)).to.equal(undefined);
  });
});

describe('isCalendarDate(value) and addDays(date, days)', () => {
  it('knows leap years', () => {
    expect(isCalendarDate('2028-02-29')).to.equal(true);
    expect(isCalendarDate('2100-02-29')).to.equal(false);
    expect(isCalendarDate('2000-02-29')).to.equal(true);
  });

  it('adds days across months, years and daylight saving changes', () => {
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2026-03-28', 2)).to.equal('2026-03-30');
    expect(addDays('2026-10-24', 2)).to.equal('2026-10-26');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
  });
});

describe('moving a date past the calendar’s last day', () => {
  it('stops at 9999-12-31: a date in year 10000 would sort as text before 9999', () => {
    expect(addDays('9999-12-30', 5)).to.equal('9999-12-31');
    expect(addDays('9999-12-31', 1)).to.equal('9999-12-31');
    expect(addMonths('9999-11-15', 2)).to.equal('9999-12-31');
    expect(addCalendarMonths('9999-12-01', 3)).to.equal('9999-12-31');
    // Within the calendar nothing changes, backwards neither.
    expect(addDays('9999-12-30', 1)).to.equal('9999-12-31');
    expect(addCalendarMonths('9999-10-31', 1)).to.equal('9999-11-30');
    expect(addDays('0001-01-02', -1)).to.equal('0001-01-01');
  });
});

describe('compareDateText', () => {
  it('orders dates, date-times and period keys as time runs, by their characters', () => {
    const written = ['2026-11-06', '2026-03-01T23:30:00Z', '2025-12-31', '2026-03-01', '0999-01-01'];
    expect([...written].sort(compareDateText)).to.deep.equal([
      '0999-01-01',
      '2025-12-31',
      '2026-03-01',
      '2026-03-01T23:30:00Z',
      '2026-11-06',
    ]);
    expect(['2026-W11', '2026-W02', '2025-W52'].sort(compareDateText)).to.deep.equal([
      '2025-W52',
      '2026-W02',
      '2026-W11',
    ]);
    expect(compareDateText('2026-03-01', '2026-03-01')).to.equal(0);
    expect(compareDateText('2026-03-02', '2026-03-01')).to.equal(1);
    expect(compareDateText('2026-03-01', '2026-03-02')).to.equal(-1);
  });
});
