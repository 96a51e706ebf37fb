import { expect } from '@open-wc/testing';
import {
  aggregate,
  changesSince,
  defaultSteadyThreshold,
  type Aggregation,
  type Series,
  type SeriesPoint,
  nextworkFramework,
} from '../../../src/core/index.js';
import { progress, weekly } from '../fixtures.js';

const week = (period: string, start: string, end: string, value: number): SeriesPoint => ({
  period,
  start,
  end,
  value,
  count: 1,
  raters: 1,
  coverage: 1,
  values: [value],
});

/** A weekly series read point by point (a window of 1): the rule before rolling means. */
const series = (id: string, points: SeriesPoint[], scale = { min: 1, max: 5 }, window = 1): Series => ({
  id,
  kind: 'trait',
  cadence: 'week',
  label: { da: id, en: id },
  scale,
  points,
  window,
});

const only = (s: Series): Aggregation => ({ traits: { [s.id]: s }, dimensions: {}, items: {} });

// W10 = 2–8 March, W11 = 9–15, W12 = 16–22, W14 = 30 March – 5 April 2026.
const persistence = series('persistence', [
  week('2026-W10', '2026-03-02', '2026-03-08', 2),
  week('2026-W11', '2026-03-09', '2026-03-15', 3),
  week('2026-W12', '2026-03-16', '2026-03-22', 4),
  week('2026-W14', '2026-03-30', '2026-04-05', 3),
]);

describe('changesSince(aggregation, { from, to, steadyThreshold }) with a window of 1', () => {
  it('compares the last complete period before the conversation with the latest point', () => {
    // A conversation on Sunday 15 March: W11 ends that day, so it is "before".
    expect(changesSince(only(persistence), { from: '2026-03-15' })).to.deep.equal([
      {
        id: 'persistence',
        kind: 'trait',
        before: 3,
        after: 3,
        delta: 0,
        direction: 'steady',
        beforePeriod: '2026-W11',
        afterPeriod: '2026-W14',
        beforeWindow: { first: '2026-W11', last: '2026-W11', points: 1, ratings: 1, size: 1 },
        afterWindow: { first: '2026-W14', last: '2026-W14', points: 1, ratings: 1, size: 1 },
      },
    ]);
  });

  it('does not count a period still running on the conversation day as "before"', () => {
    // On Saturday 14 March, W11 is not complete: "before" is W10.
    const [change] = changesSince(only(persistence), { from: '2026-03-14' });
    expect(change).to.include({ before: 2, after: 3, delta: 1, direction: 'rose', beforePeriod: '2026-W10' });
  });

  it('takes the latest point that starts on or before `to`', () => {
    const [change] = changesSince(only(persistence), { from: '2026-03-14', to: '2026-03-22' });
    expect(change).to.include({ before: 2, after: 4, delta: 2, direction: 'rose', afterPeriod: '2026-W12' });
  });

  it('says "dipped" for a fall', () => {
    const [change] = changesSince(only(persistence), { from: '2026-03-22' });
    expect(change).to.include({ before: 4, after: 3, delta: -1, direction: 'dipped' });
  });

  it('says "new" without a point before, and "none" without a point after', () => {
    expect(changesSince(only(persistence), { from: '2026-03-01' })[0]).to.include({
      before: null,
      after: 3,
      delta: null,
      direction: 'new',
      afterPeriod: '2026-W14',
    });
    expect(changesSince(only(persistence), { from: '2026-04-05' })[0]).to.include({
      before: 3,
      after: null,
      delta: null,
      direction: 'none',
      beforePeriod: '2026-W14',
      afterPeriod: null,
    });
    expect(changesSince(only(series('social', [])), { from: '2026-04-05' })[0]).to.include({
      direction: 'none',
      before: null,
      after: null,
    });
  });

  it('says "none" when `to` lies before the "before" point', () => {
    expect(changesSince(only(persistence), { from: '2026-03-22', to: '2026-03-10' })[0]).to.include({
      direction: 'none',
      after: null,
    });
  });

  it('is steady below 0.25 on a 1–5 scale, and not at 0.25', () => {
    const near = (after: number) =>
      series('x', [
        week('2026-W10', '2026-03-02', '2026-03-08', 3),
        week('2026-W11', '2026-03-09', '2026-03-15', after),
      ]);
    expect(changesSince(only(near(3.24)), { from: '2026-03-08' })[0]?.direction).to.equal('steady');
    expect(changesSince(only(near(3.25)), { from: '2026-03-08' })[0]?.direction).to.equal('rose');
    expect(changesSince(only(near(2.75)), { from: '2026-03-08' })[0]?.direction).to.equal('dipped');
    expect(
      changesSince(only(near(3.2)), { from: '2026-03-08', steadyThreshold: 0.1 })[0]?.direction,
    ).to.equal('rose');
  });

  it('scales the default threshold to the series range (0.625 on 0–10)', () => {
    expect(defaultSteadyThreshold({ min: 1, max: 5 })).to.equal(0.25);
    expect(defaultSteadyThreshold({ min: 0, max: 10 })).to.equal(0.625);
    const ten = (after: number) =>
      series(
        'y',
        [
          week('2026-W10', '2026-03-02', '2026-03-08', 5),
          week('2026-W11', '2026-03-09', '2026-03-15', after),
        ],
        { min: 0, max: 10 },
      );
    expect(changesSince(only(ten(5.5)), { from: '2026-03-08' })[0]?.direction).to.equal('steady');
    expect(changesSince(only(ten(5.75)), { from: '2026-03-08' })[0]?.direction).to.equal('rose');
  });

  it('gives one entry per series of an aggregation: traits, dimensions, items', () => {
    const data = progress(
      [weekly('2026-03-06', { punctuality: 3 }), weekly('2026-03-13', { punctuality: 4 })],
      { framework: { ...nextworkFramework, changeWindow: { week: 1 } } },
    );
    const changes = changesSince(aggregate(data), { from: '2026-03-08' });
    expect(changes).to.have.length(6 + 3 + 17);
    expect(changes.find((c) => c.id === 'weekly-company.punctuality')).to.include({
      kind: 'item',
      before: 3,
      after: 4,
      direction: 'rose',
    });
    expect(changes.find((c) => c.id === 'social')).to.include({ direction: 'none' });
  });
});

describe('changesSince: rolling means over the series window (4 weeks by default)', () => {
  it("reads the window from the framework's changeWindow, 4 weeks by default", () => {
    const assessments = [weekly('2026-03-06', { punctuality: 3 }), weekly('2026-03-13', { punctuality: 4 })];
    const byDefault = aggregate(progress(assessments));
    expect(byDefault.items['weekly-company.punctuality']?.window).to.equal(4);
    expect(byDefault.dimensions['determination']?.window).to.equal(1);
    // Now is W11's window, W08…W11: W10 3 and W11 4 → 3.5, from 2 of 4 weeks.
    expect(
      changesSince(byDefault, { from: '2026-03-08' }).find((c) => c.id === 'weekly-company.punctuality'),
    ).to.deep.include({
      before: 3,
      after: 3.5,
      delta: 0.5,
      direction: 'rose',
      afterWindow: { first: '2026-W10', last: '2026-W11', points: 2, ratings: 2, size: 4 },
    });
    const monthly = aggregate(
      progress(assessments, { framework: { ...nextworkFramework, changeWindow: { week: 2, month: 3 } } }),
    );
    expect(monthly.items['weekly-company.punctuality']?.window).to.equal(2);
    expect(monthly.dimensions['determination']?.window).to.equal(3);
    expect(monthly.dimensions['resilience']?.window).to.equal(1);
  });

  // W36 … W45 2026, one Thursday report a week; a conversation on Wednesday 30 September (W40).
  // Ratings: W36 3, W37 4, W38 4, W39 5, (W40 none), W41 3, W42 4, W43 4, W44 3, W45 5.
  const weeks = [
    ['2026-W36', '2026-08-31', '2026-09-06', 3],
    ['2026-W37', '2026-09-07', '2026-09-13', 4],
    ['2026-W38', '2026-09-14', '2026-09-20', 4],
    ['2026-W39', '2026-09-21', '2026-09-27', 5],
    ['2026-W41', '2026-10-05', '2026-10-11', 3],
    ['2026-W42', '2026-10-12', '2026-10-18', 4],
    ['2026-W43', '2026-10-19', '2026-10-25', 4],
    ['2026-W44', '2026-10-26', '2026-11-01', 3],
    ['2026-W45', '2026-11-02', '2026-11-08', 5],
  ] as const;
  const rolled = series(
    'responsibility',
    weeks.map(([key, start, end, value]) => week(key, start, end, value)),
    { min: 1, max: 5 },
    4,
  );

  it('then is the window of W39 (W36–W39), now the window of W45 (W42–W45)', () => {
    // Then = W39's window W36…W39: (3+4+4+5)/4 = 4. Now = W45's window W42…W45: (4+4+3+5)/4 = 4.
    const [change] = changesSince(only(rolled), { from: '2026-09-30' });
    expect(change).to.deep.include({
      before: 4,
      after: 4,
      delta: 0,
      direction: 'steady',
      beforePeriod: '2026-W39',
      afterPeriod: '2026-W45',
      beforeWindow: { first: '2026-W36', last: '2026-W39', points: 4, ratings: 4, size: 4 },
      afterWindow: { first: '2026-W42', last: '2026-W45', points: 4, ratings: 4, size: 4 },
    });
  });

  it('a gap inside the window: it rests on fewer points, never a filled one', () => {
    // to = 16 October: now is W42, window W39…W42 holds W39 5, W41 3, W42 4 → 4, from 3 points.
    const [change] = changesSince(only(rolled), { from: '2026-09-20', to: '2026-10-16' });
    // Then is W38: window W35…W38 holds W36 3, W37 4, W38 4 → 11/3.
    expect(change?.before).to.be.closeTo(11 / 3, 1e-9);
    expect(change).to.deep.include({
      after: 4,
      beforeWindow: { first: '2026-W36', last: '2026-W38', points: 3, ratings: 3, size: 4 },
      afterWindow: { first: '2026-W39', last: '2026-W42', points: 3, ratings: 3, size: 4 },
    });
    expect(change?.delta).to.be.closeTo(1 / 3, 1e-9);
    expect(change?.direction).to.equal('rose');
  });

  it('a recent conversation: the two windows share weeks, and the change is smaller', () => {
    // A conversation on Sunday 1 November (W44 ends that day): then = W44's window W41…W44
    // (3+4+4+3)/4 = 3.5; now = W45's window W42…W45 = 4. They share W42–W44.
    const [change] = changesSince(only(rolled), { from: '2026-11-01' });
    expect(change).to.deep.include({ before: 3.5, after: 4, delta: 0.5, direction: 'rose' });
    expect(change?.beforeWindow?.first).to.equal('2026-W41');
    expect(change?.afterWindow?.first).to.equal('2026-W42');
  });

  it('an anchor right after a gap: a window holding only itself says so in its counts', () => {
    // W41 follows the empty W40; to = 9 October: now is W41, window W38…W41: W38 4, W39 5, W41 3.
    const [change] = changesSince(only(rolled), { from: '2026-09-13', to: '2026-10-09' });
    expect(change?.afterWindow).to.deep.equal({
      first: '2026-W38',
      last: '2026-W41',
      points: 3,
      ratings: 3,
      size: 4,
    });
    expect(change?.after).to.equal(4);
    // Then is W37: window W34…W37 holds W36 3, W37 4 → 3.5, from 2 of 4 weeks.
    expect(change?.before).to.equal(3.5);
    expect(change?.beforeWindow?.points).to.equal(2);
  });
});
