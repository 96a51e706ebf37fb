import { expect } from '@open-wc/testing';
import { rollingMean, windowStartOf, type RollingSource } from '../../../src/core/progress/rolling.js';
import { periodOf } from '../../../src/core/time/period.js';

/** A weekly series from `[date, value, ratings]`: each date names its ISO week. */
function weeks(...points: Array<[string, number, number?]>): RollingSource {
  return {
    cadence: 'week',
    points: points.map(([date, value, count = 1]) => {
      const period = periodOf(date, 'week');
      return { period: period.key, start: period.start, end: period.end, value, count };
    }),
  };
}

const values = (source: RollingSource, window?: number) => rollingMean(source, window).map((p) => p.value);

describe('core/rolling', () => {
  it('windowStartOf: w periods that end with the given one', () => {
    expect(windowStartOf('2026-03-02', 'week', 4)).to.equal('2026-02-09');
    expect(windowStartOf('2026-03-02', 'week', 1)).to.equal('2026-03-02');
    expect(windowStartOf('2026-03-01', 'month', 3)).to.equal('2026-01-01');
    expect(windowStartOf('2026-02-01', 'month', 3)).to.equal('2025-12-01');
    expect(windowStartOf('2026-07-01', 'half-year', 2)).to.equal('2026-01-01');
    expect(windowStartOf('2026-01-01', 'half-year', 2)).to.equal('2025-07-01');
  });

  it('rollingMean: four weeks in a row, by hand', () => {
    // W10 2, W11 3, W12 3, W13 4, W14 5
    const source = weeks(
      ['2026-03-05', 2],
      ['2026-03-12', 3],
      ['2026-03-19', 3],
      ['2026-03-26', 4],
      ['2026-04-02', 5],
    );
    // 2 · (2+3)/2 · (2+3+3)/3 · (2+3+3+4)/4 · (3+3+4+5)/4
    expect(values(source)).to.deep.equal([2, 2.5, 2.666666667, 3, 3.75]);
    // (8/3 is rounded to nine decimals, as every value of the aggregation is.)
    const last = rollingMean(source).at(-1);
    expect(last).to.include({ period: '2026-W14', first: '2026-W11', points: 4, ratings: 4, window: 4 });
    expect(last).to.include({ start: '2026-03-30', end: '2026-04-05', windowStart: '2026-03-09' });
  });

  it('rollingMean: a gap inside the window is skipped, never filled', () => {
    // W10 2, W11 4, (W12, W13 missing), W14 3
    const source = weeks(['2026-03-05', 2], ['2026-03-12', 4], ['2026-04-02', 3]);
    const rolled = rollingMean(source);
    // W14's window is W11…W14: W11 4 and W14 3 → 3.5, from 2 points.
    expect(rolled.map((p) => p.value)).to.deep.equal([2, 3, 3.5]);
    expect(rolled[2]).to.include({ points: 2, first: '2026-W11' });
  });

  it('rollingMean: an anchor right after a long gap rests on itself alone', () => {
    const source = weeks(['2026-01-08', 5], ['2026-03-05', 2]);
    expect(rollingMean(source)[1]).to.include({ value: 2, points: 1, first: '2026-W10' });
  });

  it('rollingMean: a window across ISO week 53', () => {
    // 2026-W52 (21–27 Dec) 3, 2026-W53 (28 Dec – 3 Jan) 4, 2027-W01 5, 2027-W02 2
    const source = weeks(['2026-12-24', 3], ['2026-12-31', 4], ['2027-01-07', 5], ['2027-01-14', 2]);
    expect(source.points.map((p) => p.period)).to.deep.equal([
      '2026-W52',
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
    const last = rollingMean(source).at(-1);
    expect(last).to.include({ value: 3.5, points: 4, first: '2026-W52', windowStart: '2026-12-21' });
  });

  it('rollingMean: two raters in one week are one point of their mean, with both ratings counted', () => {
    // W10: ratings 3 and 4 → the point's value 3.5 from 2 ratings; W11: 5 from 1.
    const source = weeks(['2026-03-05', 3.5, 2], ['2026-03-12', 5, 1]);
    expect(rollingMean(source)[1]).to.include({ value: 4.25, points: 2, ratings: 3 });
  });

  it('rollingMean: a window of 1 reads each point as it is', () => {
    const source = weeks(['2026-03-05', 2], ['2026-03-12', 4], ['2026-04-02', 3]);
    expect(values(source, 1)).to.deep.equal([2, 4, 3]);
    expect(rollingMean(source, 1).map((p) => p.points)).to.deep.equal([1, 1, 1]);
  });

  it('rollingMean: months and half-years read as their points by default', () => {
    const months: RollingSource = {
      cadence: 'month',
      points: [
        { period: '2026-03', start: '2026-03-01', end: '2026-03-31', value: 2.5, count: 2 },
        { period: '2026-04', start: '2026-04-01', end: '2026-04-30', value: 3.5, count: 2 },
      ],
    };
    expect(values(months)).to.deep.equal([2.5, 3.5]);
    expect(values(months, 2)).to.deep.equal([2.5, 3]);
  });
});
