// The rules the data controller used to hold, now pure functions in core, with hand-computed cases.
import { expect } from '@open-wc/testing';
import { readLocalDate } from '../../../src/core/index.js';

describe('readLocalDate(value, timeZone)', () => {
  it('gives the local date, or says whether the date is impossible or outside the calendar', () => {
    expect(readLocalDate('2026-03-01T23:30:00Z', 'Europe/Copenhagen')).to.deep.equal({ date: '2026-03-02' });
    expect(readLocalDate('2026-02-30', 'Europe/Copenhagen')).to.deep.equal({ problem: 'impossible' });
    expect(readLocalDate('2026-03-01T25:00:00Z', 'Europe/Copenhagen')).to.deep.equal({
      problem: 'impossible',
    });
    expect(readLocalDate('0000-12-31', 'Europe/Copenhagen')).to.deep.equal({ problem: 'outOfRange' });
    expect(readLocalDate('9999-12-31T23:30:00-05:00', 'Europe/Copenhagen')).to.deep.equal({
      problem: 'outOfRange',
    });
    // 00:30 UTC on 1 January 0001 is still 31 December of the year 0 in New York.
    expect(readLocalDate('0001-01-01T00:30:00Z', 'America/New_York')).to.deep.equal({
      problem: 'outOfRange',
    });
  });
});
