// What the cursor walks: each drawn series, then its own reading as a stop of its own.
import { expect } from '@open-wc/testing';
import { cursorAfterKey } from '../../src/charts/interaction.js';
import { tickLabelsFor } from '../../src/i18n/index.js';
import { cursorStopsOf, stopNear, stopPointOf, trendDrawing } from '../../src/charts/trend-drawing.js';
import type { TrendSeriesInput } from '../../src/charts/trend.js';

const week = (start: string, end: string, value: number) => ({ start, end, value });

// Four weeks of March 2026 at width 344 (as trend-drawing.own.test.ts): the plot is 300 px wide
// from x 32, 75 px a week; values 3 at y 133 and 4 at y 80.5. The company reads initiative in
// weeks 1, 2 and 4; the young person reads it in weeks 2, 3 and 4 (week 3 the company did not).
const initiative: TrendSeriesInput = {
  id: 'initiative',
  cadence: 'week',
  shape: 'circle',
  points: [
    week('2026-03-02', '2026-03-08', 3),
    week('2026-03-09', '2026-03-15', 3),
    week('2026-03-23', '2026-03-29', 3),
  ],
};
const own: TrendSeriesInput = {
  id: 'initiative:own',
  cadence: 'week',
  shape: 'diamond',
  window: 4,
  points: [
    week('2026-03-09', '2026-03-15', 4),
    week('2026-03-16', '2026-03-22', 4),
    week('2026-03-23', '2026-03-29', 4),
  ],
};
const persistence: TrendSeriesInput = { ...initiative, id: 'persistence' };
const base = {
  scale: { min: 1, max: 5 },
  domain: ['2026-03-02', '2026-03-29'] as const,
  tickLabels: tickLabelsFor('da'),
};

describe('cursorStopsOf, stopPointOf and stopNear', () => {
  it('puts each own reading right after its series, and none where there is none', () => {
    const drawing = trendDrawing({
      ...base,
      kind: 'overlay',
      width: 344,
      series: [initiative, persistence],
      own: [own, undefined],
    });
    const stops = cursorStopsOf(drawing);
    expect(stops.map((s) => [s.drawn, s.isOwn, s.series.id])).to.deep.equal([
      [0, false, 'initiative'],
      [0, true, 'initiative:own'],
      [1, false, 'persistence'],
    ]);
    // Without an own reading the stops are the drawn series, as before.
    const plain = trendDrawing({ ...base, kind: 'overlay', width: 344, series: [initiative, persistence] });
    expect(cursorStopsOf(plain).map((s) => [s.drawn, s.isOwn])).to.deep.equal([
      [0, false],
      [1, false],
    ]);
  });

  it('walks by keyboard onto the own week the company did not rate', () => {
    const drawing = trendDrawing({ ...base, kind: 'overlay', width: 344, series: [initiative], own: [own] });
    const stops = cursorStopsOf(drawing);
    const walk = stops.map((s) => s.series);
    // From the company's week 2 (x 144.5) down to the own reading's nearest week: its first (week 2).
    const down = cursorAfterKey(walk, { series: 0, point: 1 }, 'ArrowDown');
    expect(down).to.deep.equal({ series: 1, point: 0 });
    // Right: week 3, x = 32 + 150 + 37.5 = 219.5, at 4 (y 80.5), where the company has no point.
    const right = cursorAfterKey(walk, down, 'ArrowRight');
    expect(stopPointOf(stops, right)).to.include({ x: 219.5, y: 80.5, start: '2026-03-16' });
    expect(stopPointOf(stops, undefined)).to.equal(undefined);
    expect(stopPointOf(stops, { series: 2, point: 0 })).to.equal(undefined);
  });

  it('finds the own diamond under the pointer, the line’s point first where both stand', () => {
    const drawing = trendDrawing({ ...base, kind: 'overlay', width: 344, series: [initiative], own: [own] });
    const stops = cursorStopsOf(drawing);
    // Week 3's diamond at (219.5, 80.5); the company's nearest point (week 2 at 144.5, 133) is far.
    expect(stopNear(drawing, stops, 0, { x: 221, y: 82 }, 24)).to.deep.equal({ series: 1, point: 1 });
    // Week 2: the company's 3 at y 133, the own 4 at y 80.5; near 133 is the company's.
    expect(stopNear(drawing, stops, 0, { x: 144.5, y: 130 }, 24)).to.deep.equal({ series: 0, point: 1 });
    expect(stopNear(drawing, stops, 0, { x: 144.5, y: 84 }, 24)).to.deep.equal({ series: 1, point: 0 });
    // Nothing within the radius; and no layout 1 in an overlay.
    expect(stopNear(drawing, stops, 0, { x: 60, y: 200 }, 24)).to.equal(undefined);
    expect(stopNear(drawing, stops, 1, { x: 221, y: 82 }, 24)).to.equal(undefined);
  });

  it('finds an own diamond in its own series’ panel', () => {
    const drawing = trendDrawing({
      ...base,
      kind: 'panels',
      width: 344,
      series: [persistence, initiative],
      own: [undefined, own],
    });
    const stops = cursorStopsOf(drawing);
    expect(stops.map((s) => [s.drawn, s.isOwn])).to.deep.equal([
      [0, false],
      [1, false],
      [1, true],
    ]);
    const diamond = stops[2]!.series.points[1]!;
    // Initiative's panel is layout 1: its week-3 diamond is found there, not in persistence's panel.
    expect(stopNear(drawing, stops, 1, diamond, 24)).to.deep.equal({ series: 2, point: 1 });
    expect(stopNear(drawing, stops, 0, diamond, 10)).to.equal(undefined);
  });
});
