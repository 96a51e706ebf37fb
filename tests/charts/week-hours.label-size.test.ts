import { expect } from '@open-wc/testing';
import { hoursLabelScale, hoursLayout } from '../../src/charts/week-hours.js';
import { minimumStandingOf, type HoursWeek } from '../../src/core/index.js';

/** A week of 20 planned and 18 attended internship hours. */
function week(key: string): HoursWeek {
  return {
    key,
    start: '',
    end: '',
    hasPlan: true,
    planned: { internship: 20 },
    attended: { internship: 18 },
    plannedTotal: 20,
    attendedTotal: 18,
    meetsMinimum: true,
    minimumStanding: minimumStandingOf(18, 15),
  };
}

// Ten weeks, W01–W10.
const weeks = Array.from({ length: 10 }, (_, i) => week(`2026-W${String(i + 1).padStart(2, '0')}`));

describe('hoursLayout(weeks, options) with larger labels (200 % text)', () => {
  it('scales by the labels over 12 px, never below 1', () => {
    expect(hoursLabelScale()).to.equal(1);
    expect(hoursLabelScale(24)).to.equal(2);
    expect(hoursLabelScale(9)).to.equal(1);
  });

  it('doubles the default margins and the room between week labels for 24 px labels', () => {
    const options = { width: 476, height: 276, activities: ['internship'] as const, minimum: 15 };
    const plain = hoursLayout(weeks, options);
    // Margins 8, 8, 28, 36: x 36–468, y 8–248; ten slots of 43.2 px, labels 44 apart: every 2nd.
    expect([plain.left, plain.right, plain.top, plain.bottom]).to.deep.equal([36, 468, 8, 248]);
    expect(plain.columns.filter((c) => c.isLabelled)).to.have.length(5);
    const zoomed = hoursLayout(weeks, { ...options, labelSize: 24 });
    // Margins 16, 16, 56, 72: x 72–460, y 16–220; slots of 38.8 px, labels 88 apart: every 3rd,
    // counted from the latest (W10, W07, W04, W01).
    expect([zoomed.left, zoomed.right, zoomed.top, zoomed.bottom]).to.deep.equal([72, 460, 16, 220]);
    expect(zoomed.columns.filter((c) => c.isLabelled).map((c) => c.week.key)).to.deep.equal([
      '2026-W01',
      '2026-W04',
      '2026-W07',
      '2026-W10',
    ]);
  });
});
