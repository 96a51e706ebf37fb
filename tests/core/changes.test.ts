import { expect } from '@open-wc/testing';
import {
  aggregate,
  changesSince,
  defaultSteadyThreshold,
  type Aggregation,
  type Series,
  type SeriesPoint,
} from '../../src/core/index.js';
import { progress, weekly } from './fixtures.js';

const week = (period: string, start: string, end: string, value: number): SeriesPoint => ({
  period,
  start,
  end,
  value,
  count: 1,
  raters: 1,
  coverage: 1,
});

const series = (id: string, points: SeriesPoint[], scale = { min: 1, max: 5 }): Series => ({
  id,
  kind: 'trait',
  cadence: 'week',
  label: { da: id, en: id },
  scale,
  points,
});

const only = (s: Series): Aggregation => ({ traits: { [s.id]: s }, dimensions: {}, items: {} });

// W10 = 2–8 March, W11 = 9–15, W12 = 16–22, W14 = 30 March – 5 April 2026.
const persistence = series('persistence', [
  week('2026-W10', '2026-03-02', '2026-03-08', 2),
  week('2026-W11', '2026-03-09', '2026-03-15', 3),
  week('2026-W12', '2026-03-16', '2026-03-22', 4),
  week('2026-W14', '2026-03-30', '2026-04-05', 3),
]);

describe('changesSince(aggregation, { from, to, steadyThreshold })', () => {
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
    const data = progress([
      weekly('2026-03-06', { punctuality: 3 }),
      weekly('2026-03-13', { punctuality: 4 }),
    ]);
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
