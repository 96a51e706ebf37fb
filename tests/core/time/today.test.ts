import { expect } from '@open-wc/testing';
import { todayIn } from '../../../src/core/time/today.js';

describe('todayIn(timeZone, now): the one clock of core', () => {
  it('is the local date of `now` in the time zone, either side of midnight in Copenhagen', () => {
    // 22:30 UTC on 5 November is 23:30 in Copenhagen (UTC+1 in winter): still the 5th.
    expect(todayIn('Europe/Copenhagen', new Date('2026-11-05T22:30:00Z'))).to.equal('2026-11-05');
    // 23:30 UTC is 00:30 on the 6th in Copenhagen, and still the 5th in London.
    expect(todayIn('Europe/Copenhagen', new Date('2026-11-05T23:30:00Z'))).to.equal('2026-11-06');
    expect(todayIn('Europe/London', new Date('2026-11-05T23:30:00Z'))).to.equal('2026-11-05');
  });

  it('reads summer time too: 22:30 UTC on 30 June is 00:30 on 1 July in Copenhagen (UTC+2)', () => {
    expect(todayIn('Europe/Copenhagen', new Date('2026-06-30T22:30:00Z'))).to.equal('2026-07-01');
  });
});
