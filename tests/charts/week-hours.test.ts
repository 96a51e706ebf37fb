import { expect } from '@open-wc/testing';
import { hoursLayout } from '../../src/charts/week-hours.js';
import { minimumStandingOf, type Activity, type HoursWeek } from '../../src/core/index.js';

type Hours = Partial<Record<Activity, number>>;
const sum = (hours: Hours) => Object.values(hours).reduce((total, value) => total + value, 0);

/** A week of hours as weekHoursOf gives it (its days and minimum do not matter to the layout). */
function week(key: string, planned: Hours, attended: Hours): HoursWeek {
  const hasPlan = Object.keys(planned).length > 0;
  return {
    key,
    start: '',
    end: '',
    hasPlan,
    planned,
    attended,
    plannedTotal: sum(planned),
    attendedTotal: sum(attended),
    meetsMinimum: hasPlan ? sum(attended) >= 15 : undefined,
    minimumStanding: hasPlan ? minimumStandingOf(sum(attended), 15) : undefined,
  };
}

const both: ReadonlyArray<Activity> = ['internship', 'teaching'];

describe('hoursLayout(weeks, options)', () => {
  it('hand-computed: a planned 25 + 12 week and a gap, on the default margins', () => {
    const weeks = [
      week('2026-W10', { internship: 25, teaching: 12 }, { internship: 20, teaching: 6 }),
      week('2026-W11', {}, {}),
    ];
    const layout = hoursLayout(weeks, { width: 236, height: 128, activities: both, minimum: 15 });
    // Margins 8, 8, 28, 36: the plot runs from x 36 to 236 − 8 = 228 and from y 8 to 128 − 28 = 100.
    expect([layout.left, layout.right, layout.top, layout.bottom]).to.deep.equal([36, 228, 8, 100]);
    // The largest value is 37 (planned), so ticks every 10 up to 40: y(v) = 100 − v × 92 / 40 = 100 − 2.3v.
    expect(layout.ticks).to.deep.equal([
      { y: 100, value: 0 },
      { y: 77, value: 10 },
      { y: 54, value: 20 },
      { y: 31, value: 30 },
      { y: 8, value: 40 },
    ]);
    // The minimum, 15 hours: 100 − 34.5.
    expect(layout.minimumY).to.equal(65.5);
    expect(layout.columns).to.have.length(2);
    const [first, gap] = layout.columns;
    // Two slots of (228 − 36) / 2 = 96 px; bars min(24, 96 × 0.36 = 34.56) = 24 px wide.
    expect([first!.x, first!.width, first!.center, first!.barWidth]).to.deep.equal([36, 96, 84, 24]);
    expect([gap!.x, gap!.width, gap!.center, gap!.barWidth]).to.deep.equal([132, 96, 180, 24]);
    // Planned: internship 0 → 25 is y 100 → 42.5 (57.5 tall); teaching 25 → 37 is 42.5 → 14.9 (27.6).
    expect(first!.planned).to.deep.equal([
      { activity: 'internship', y: 42.5, height: 57.5 },
      { activity: 'teaching', y: 14.9, height: 27.6 },
    ]);
    // Attended: internship 0 → 20 is 100 → 54 (46); teaching 20 → 26 is 54 → 40.2 (13.8).
    expect(first!.attended).to.deep.equal([
      { activity: 'internship', y: 54, height: 46 },
      { activity: 'teaching', y: 40.2, height: 13.8 },
    ]);
    expect([gap!.planned, gap!.attended]).to.deep.equal([[], []]);
    expect(gap!.week).to.equal(weeks[1]);
    // 44 px between labels fit in one 96 px slot: every week is labelled.
    expect(layout.columns.map((column) => column.isLabelled)).to.deep.equal([true, true]);
  });

  it('ticks every 20 hours beyond 60, and reaches at least the minimum', () => {
    const margin = { top: 0, right: 0, bottom: 0, left: 0 };
    const options = { width: 100, height: 80, activities: both, minimum: 15, margin };
    // 70 planned: steps of 20 up to ⌈70 / 20⌉ × 20 = 80; y(v) = 80 − v on an 80 px plot.
    const high = hoursLayout([week('2026-W10', { internship: 70 }, { internship: 70 })], options);
    expect(high.ticks.map((tick) => [tick.value, tick.y])).to.deep.equal([
      [0, 80],
      [20, 60],
      [40, 40],
      [60, 20],
      [80, 0],
    ]);
    expect(high.minimumY).to.equal(65);
    // 60 is not beyond 60: steps of 10 up to 60; y(v) = 80 − v × 80 / 60, so y(10) = 66.67.
    const sixty = hoursLayout([week('2026-W10', { internship: 60 }, {})], options);
    expect(sixty.ticks.map((tick) => tick.value)).to.deep.equal([0, 10, 20, 30, 40, 50, 60]);
    expect(sixty.ticks[1]?.y).to.equal(66.67);
    // Only a 3-hour week, minimum 15: the axis still reaches 15, so it ends at 20.
    const low = hoursLayout([week('2026-W10', { internship: 3 }, { internship: 3 })], options);
    expect(low.ticks.map((tick) => tick.value)).to.deep.equal([0, 10, 20]);
    // y(15) = 80 − 15 × 80 / 20 = 20.
    expect(low.minimumY).to.equal(20);
  });

  it('stacks in the order of the activities given, leaving out zero and missing hours', () => {
    const margin = { top: 0, right: 0, bottom: 0, left: 0 };
    const planned = { other: 10, internship: 0, teaching: 10 };
    const layout = hoursLayout([week('2026-W10', planned, { teaching: 5, other: 20 })], {
      width: 100,
      height: 100,
      activities: ['teaching', 'internship', 'other'],
      minimum: 15,
      margin,
    });
    // Largest 25 (attended): axis to 30, y(v) = 100 − v × 100 / 30. Teaching 0 → 10 is 100 → 66.67,
    // other 10 → 20 is 66.67 → 33.33 (each 33.33 tall).
    expect(layout.columns[0]!.planned).to.deep.equal([
      { activity: 'teaching', y: 66.67, height: 33.33 },
      { activity: 'other', y: 33.33, height: 33.33 },
    ]);
    // Teaching 0 → 5 is 100 → 83.33; other 5 → 25 is 83.33 → 16.67 (66.67 tall).
    expect(layout.columns[0]!.attended).to.deep.equal([
      { activity: 'teaching', y: 83.33, height: 16.67 },
      { activity: 'other', y: 16.67, height: 66.67 },
    ]);
  });

  it('thins the week labels to 44 px apart, counting from the latest week', () => {
    const weeks = Array.from({ length: 10 }, (_, i) =>
      week(`2026-W${String(i + 10)}`, { internship: 20 }, { internship: 20 }),
    );
    const layout = hoursLayout(weeks, { width: 236, height: 128, activities: both, minimum: 15 });
    // Slots of 192 / 10 = 19.2 px: a label every ⌈44 / 19.2⌉ = 3 weeks, from the last (index 9) back.
    expect(layout.columns.map((column) => column.width)).to.deep.equal(Array(10).fill(19.2));
    expect(layout.columns.flatMap((column, i) => (column.isLabelled ? [i] : []))).to.deep.equal([0, 3, 6, 9]);
    // Bars 19.2 × 0.36 = 6.912 → 6.91 px wide (less than 24).
    expect(layout.columns[0]!.barWidth).to.equal(6.91);
    // A spacing of 100 px: every ⌈100 / 19.2⌉ = 6 weeks, so weeks 9 and 3.
    const sparse = hoursLayout(weeks, {
      width: 236,
      height: 128,
      activities: both,
      minimum: 15,
      labelSpacing: 100,
    });
    expect(sparse.columns.flatMap((column, i) => (column.isLabelled ? [i] : []))).to.deep.equal([3, 9]);
  });

  it('gives no columns for no weeks, and an axis up to the minimum', () => {
    const layout = hoursLayout([], { width: 236, height: 128, activities: both, minimum: 15 });
    expect(layout.columns).to.deep.equal([]);
    // The minimum 15 is the largest value: steps of 10 to 20; y(v) = 100 − v × 92 / 20 = 100 − 4.6v.
    expect(layout.ticks).to.deep.equal([
      { y: 100, value: 0 },
      { y: 54, value: 10 },
      { y: 8, value: 20 },
    ]);
    expect(layout.minimumY).to.equal(31);
  });
});
