// The rules the data controller used to hold, now pure functions in core, with hand-computed cases.
import { expect } from '@open-wc/testing';
import { addMonths } from '../../../src/core/index.js';

describe('addMonths(date, months)', () => {
  it('moves by calendar months, across years both ways', () => {
    expect(addMonths('2026-03-15', 1)).to.equal('2026-04-15');
    expect(addMonths('2026-03-15', -1)).to.equal('2026-02-15');
    expect(addMonths('2026-01-10', -1)).to.equal('2025-12-10');
    expect(addMonths('2026-12-10', 1)).to.equal('2027-01-10');
    expect(addMonths('2026-03-15', -15)).to.equal('2024-12-15');
    expect(addMonths('2026-03-15', 0)).to.equal('2026-03-15');
  });

  it('runs a day the target month lacks on into the next month, as Date.UTC does', () => {
    // 31 February 2026 is 28 February + 3 days.
    expect(addMonths('2026-03-31', -1)).to.equal('2026-03-03');
    // 2024 is a leap year: 31 February is 29 February + 2 days.
    expect(addMonths('2024-01-31', 1)).to.equal('2024-03-02');
    expect(addMonths('2026-05-31', 1)).to.equal('2026-07-01');
  });
});
