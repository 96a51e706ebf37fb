import { expect } from '@open-wc/testing';
import { periodFromKey, periodKey, periodOf, periodsBetween } from '../../../src/core/index.js';

describe('periodKey(date, cadence)', () => {
  it('puts 2026-12-31 and 2027-01-01 both in ISO week 2026-W53', () => {
    expect(periodKey('2026-12-31', 'week')).to.equal('2026-W53');
    expect(periodKey('2027-01-01', 'week')).to.equal('2026-W53');
    expect(periodKey('2027-01-03', 'week')).to.equal('2026-W53');
    expect(periodKey('2027-01-04', 'week')).to.equal('2027-W01');
  });

  it('puts the last days of a year in week 1 of the next when Thursday says so', () => {
    expect(periodKey('2024-12-30', 'week')).to.equal('2025-W01');
    expect(periodKey('2025-12-29', 'week')).to.equal('2026-W01');
    expect(periodKey('2026-01-01', 'week')).to.equal('2026-W01');
    expect(periodKey('2021-01-03', 'week')).to.equal('2020-W53');
  });

  it('pads weeks to two digits', () => {
    expect(periodKey('2026-03-01', 'week')).to.equal('2026-W09');
  });

  it('counts the week of a daylight saving change as one ordinary week', () => {
    // Summer time starts Sunday 29 March 2026 and ends Sunday 25 October 2026 in Copenhagen.
    expect(periodOf('2026-03-29', 'week')).to.deep.equal({
      key: '2026-W13',
      cadence: 'week',
      start: '2026-03-23',
      end: '2026-03-29',
    });
    expect(periodOf('2026-03-30', 'week').key).to.equal('2026-W14');
    expect(periodOf('2026-10-25', 'week')).to.deep.equal({
      key: '2026-W43',
      cadence: 'week',
      start: '2026-10-19',
      end: '2026-10-25',
    });
  });

  it('gives every day from 1990 to 2059 the ISO week that Date counts', () => {
    // Written apart from the kit's own day arithmetic: Monday from getUTCDay, the year from Thursday.
    const dayMs = 86_400_000;
    const byDate = (ms: number) => {
      const monday = ms - ((new Date(ms).getUTCDay() + 6) % 7) * dayMs;
      const year = new Date(monday + 3 * dayMs).getUTCFullYear();
      const week = Math.floor((monday + 3 * dayMs - Date.UTC(year, 0, 1)) / dayMs / 7) + 1;
      const iso = (at: number) => new Date(at).toISOString().slice(0, 10);
      return `${year}-W${String(week).padStart(2, '0')} ${iso(monday)} ${iso(monday + 6 * dayMs)}`;
    };
    const wrong: string[] = [];
    for (let ms = Date.UTC(1990, 0, 1); ms < Date.UTC(2060, 0, 1); ms += dayMs) {
      const date = new Date(ms).toISOString().slice(0, 10);
      const week = periodOf(date, 'week');
      if (`${week.key} ${week.start} ${week.end}` !== byDate(ms)) wrong.push(date);
    }
    expect(wrong).to.deep.equal([]);
  });

  it('gives months and their last days, leap years included', () => {
    expect(periodOf('2026-02-14', 'month')).to.deep.equal({
      key: '2026-02',
      cadence: 'month',
      start: '2026-02-01',
      end: '2026-02-28',
    });
    expect(periodOf('2028-02-29', 'month').end).to.equal('2028-02-29');
    expect(periodKey('2026-01-31', 'month')).to.equal('2026-01');
    expect(periodKey('2026-02-01', 'month')).to.equal('2026-02');
    expect(periodOf('2026-12-31', 'month').end).to.equal('2026-12-31');
  });

  it('splits half-years between 30 June and 1 July', () => {
    expect(periodOf('2026-06-30', 'half-year')).to.deep.equal({
      key: '2026-H1',
      cadence: 'half-year',
      start: '2026-01-01',
      end: '2026-06-30',
    });
    expect(periodOf('2026-07-01', 'half-year')).to.deep.equal({
      key: '2026-H2',
      cadence: 'half-year',
      start: '2026-07-01',
      end: '2026-12-31',
    });
    expect(periodKey('2026-01-01', 'half-year')).to.equal('2026-H1');
  });
});

describe('periodFromKey(key)', () => {
  it('reads back week 53 and week 1', () => {
    expect(periodFromKey('2026-W53')).to.deep.equal({
      key: '2026-W53',
      cadence: 'week',
      start: '2026-12-28',
      end: '2027-01-03',
    });
    expect(periodFromKey('2025-W01')?.start).to.equal('2024-12-30');
  });

  it('refuses keys that name no period', () => {
    expect(periodFromKey('2025-W53')).to.equal(undefined); // 2025 has 52 weeks
    expect(periodFromKey('2026-13')).to.equal(undefined);
    expect(periodFromKey('2026-H3')).to.equal(undefined);
    expect(periodFromKey('nonsense')).to.equal(undefined);
  });

  it('reads months and half-years', () => {
    expect(periodFromKey('2026-03')?.end).to.equal('2026-03-31');
    expect(periodFromKey('2026-H2')?.start).to.equal('2026-07-01');
  });
});

describe('periodsBetween(from, to, cadence)', () => {
  it('ends at the calendar’s last day, 9999-12-31, and never walks on into a year 10000', () => {
    // A date in year 10000 would sort as text before 9999 and send the walk back in time.
    expect(periodsBetween('9999-12-01', '9999-12-31', 'week').map((p) => p.key)).to.deep.equal([
      '9999-W48',
      '9999-W49',
      '9999-W50',
      '9999-W51',
      '9999-W52',
    ]);
    expect(periodsBetween('9999-11-15', '9999-12-31', 'month').map((p) => p.key)).to.deep.equal([
      '9999-11',
      '9999-12',
    ]);
    expect(periodsBetween('9999-01-01', '9999-12-31', 'half-year').map((p) => p.key)).to.deep.equal([
      '9999-H1',
      '9999-H2',
    ]);
  });

  it('lists every week across a new year, week 53 included', () => {
    expect(periodsBetween('2026-12-20', '2027-01-05', 'week').map((p) => p.key)).to.deep.equal([
      '2026-W51',
      '2026-W52',
      '2026-W53',
      '2027-W01',
    ]);
  });

  it('lists months and half-years, and nothing when to is before from', () => {
    expect(periodsBetween('2026-11-15', '2027-02-01', 'month').map((p) => p.key)).to.deep.equal([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(periodsBetween('2026-05-01', '2027-01-01', 'half-year').map((p) => p.key)).to.deep.equal([
      '2026-H1',
      '2026-H2',
      '2027-H1',
    ]);
    expect(periodsBetween('2026-05-01', '2026-04-01', 'month')).to.deep.equal([]);
  });
});
