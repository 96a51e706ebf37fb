// The rules the data controller used to hold, now pure functions in core, with hand-computed cases.
import { expect } from '@open-wc/testing';
import { recentDomainOf, wholeDomainOf } from '../../../src/core/index.js';

describe('wholeDomainOf({ series, placements, conversations }) and recentDomainOf(whole, months)', () => {
  const week = (start: string, end: string) => ({ start, end });
  it('runs from the first point, placement or conversation to the latest week, month or conversation', () => {
    expect(
      wholeDomainOf({
        series: [
          { cadence: 'week', points: [week('2026-01-05', '2026-01-11'), week('2026-03-02', '2026-03-08')] },
          { cadence: 'month', points: [week('2026-02-01', '2026-02-28')] },
          // A half-year's end would stretch the axis to 30 June.
          { cadence: 'half-year', points: [week('2026-01-01', '2026-06-30')] },
        ],
        placements: [{ start: '2025-12-15' }],
        conversations: [{ date: '2026-03-20' }, { date: '2026-02-01' }],
      }),
    ).to.deep.equal(['2025-12-15', '2026-03-20']);
  });

  it('ends at a half-year only when nothing else ends, then at the latest placement start', () => {
    const halfYear = { cadence: 'half-year' as const, points: [week('2026-01-01', '2026-06-30')] };
    expect(wholeDomainOf({ series: [halfYear], placements: [], conversations: [] })).to.deep.equal([
      '2026-01-01',
      '2026-06-30',
    ]);
    expect(
      wholeDomainOf({
        series: [],
        placements: [{ start: '2026-04-01' }, { start: '2026-02-01' }],
        conversations: [],
      }),
    ).to.deep.equal(['2026-02-01', '2026-04-01']);
    expect(
      wholeDomainOf({ series: [], placements: [], conversations: [{ date: '2026-05-05' }] }),
    ).to.deep.equal(['2026-05-05', '2026-05-05']);
    expect(wholeDomainOf({ series: [], placements: [], conversations: [] })).to.equal(undefined);
  });

  it('takes the last months, from the day after the same day that many months earlier', () => {
    expect(recentDomainOf(['2025-01-10', '2026-03-15'], 6)).to.deep.equal(['2025-09-16', '2026-03-15']);
    // 31 September is 1 October; the day after is 2 October.
    expect(recentDomainOf(['2025-01-10', '2026-03-31'], 6)).to.deep.equal(['2025-10-02', '2026-03-31']);
    // Never before the domain's start.
    expect(recentDomainOf(['2026-01-10', '2026-03-15'], 6)).to.deep.equal(['2026-01-10', '2026-03-15']);
    expect(recentDomainOf(undefined, 6)).to.equal(undefined);
  });
});
