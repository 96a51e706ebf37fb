// The young person's own reading and the target, placed in their series' layout.
import { expect } from '@open-wc/testing';
import { tickLabelsFor } from '../../src/i18n/index.js';
import { trendDrawing } from '../../src/charts/trend-drawing.js';
import type { TrendSeriesInput } from '../../src/charts/trend.js';

const week = (start: string, end: string, value: number) => ({ start, end, value });

// Four weeks of March 2026. At width 344 the plot is 300 px wide: 75 px a week, a week's middle
// 37.5 px into it. The company reads initiative 3, 3, 3; the young person reads it 4 twice.
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
  points: [week('2026-03-09', '2026-03-15', 4), week('2026-03-23', '2026-03-29', 4)],
};
const persistence: TrendSeriesInput = { ...initiative, id: 'persistence' };
const base = {
  scale: { min: 1, max: 5 },
  domain: ['2026-03-02', '2026-03-29'] as const,
  tickLabels: tickLabelsFor('da'),
  conversations: [{ id: 'c1', date: '2026-03-11' }],
};

describe('trendDrawing(input): own reading and target', () => {
  it('draws the own reading on the overlay’s axes, beside the company’s', () => {
    const drawing = trendDrawing({ ...base, kind: 'overlay', width: 344, series: [initiative], own: [own] });
    // Plot: left 32, top 28, 300 × 210: 52.5 px a step; 3 at 133, 4 at 80.5. Weeks 2 and 4 at
    // 32 + 75 + 37.5 = 144.5 and 32 + 225 + 37.5 = 294.5; the two are 2 weeks apart, within the
    // window of 4, so joined.
    expect(drawing.own).to.have.length(1);
    expect(drawing.own[0]!.points.map((p) => [p.x, p.y])).to.deep.equal([
      [144.5, 80.5],
      [294.5, 80.5],
    ]);
    expect(drawing.own[0]!.line).to.equal('M144.5,80.5L294.5,80.5');
    expect(drawing.placed[0]!.points.map((p) => p.y)).to.deep.equal([133, 133, 133]);
    // `placed` holds the company's series only; the cursor's stops add the own reading after it
    // (`cursorStopsOf`, trend-drawing.stops.test.ts).
    expect(drawing.placed).to.have.length(1);
  });

  it('draws each own reading in its own series’ panel, none where there is none', () => {
    const drawing = trendDrawing({
      ...base,
      kind: 'panels',
      width: 344,
      series: [persistence, initiative],
      own: [undefined, own],
    });
    // Panel plot: top 8, 56 high, 14 px a step: 4 at 8 + 14 = 22.
    expect(drawing.own[0]).to.equal(undefined);
    expect(drawing.own[1]!.points.map((p) => [p.x, p.y])).to.deep.equal([
      [144.5, 22],
      [294.5, 22],
    ]);
  });

  it('marks the target from the conversation that set it to the plot’s right edge', () => {
    const target = { series: 'initiative', value: 4, date: '2026-03-11' };
    const overlay = trendDrawing({
      ...base,
      kind: 'overlay',
      width: 344,
      series: [persistence, initiative],
      target,
    });
    // The conversation of 11 March, 9.5 days in: 32 + 9.5 × 300 / 28 = 133.79; 4 at 80.5, its
    // label 4 px above the line.
    expect(overlay.target).to.deep.equal({ layout: 0, value: 4, x1: 133.79, x2: 332, y: 80.5, labelY: 76.5 });
    const panels = trendDrawing({
      ...base,
      kind: 'panels',
      width: 344,
      series: [persistence, initiative],
      target,
    });
    // In the second panel: 4 at 22; the label still fits above it (22 − 16 = 6 ≥ 8 − 6): at 18.
    expect(panels.target).to.deep.equal({ layout: 1, value: 4, x1: 133.79, x2: 332, y: 22, labelY: 18 });
    // 5 at the panel's top (8): above would leave the drawing (8 − 16 < 2), so below: 8 + 14 = 22.
    const top = trendDrawing({
      ...base,
      kind: 'panels',
      width: 344,
      series: [initiative],
      target: { ...target, value: 5 },
    });
    expect(top.target).to.include({ y: 8, labelY: 22 });
  });

  it('draws no target off the scale, for a series not drawn, or set after the shown dates', () => {
    const drawn = { ...base, kind: 'overlay' as const, width: 344, series: [initiative] };
    expect(
      trendDrawing({ ...drawn, target: { series: 'initiative', value: 6, date: '2026-03-11' } }).target,
    ).to.equal(undefined);
    expect(
      trendDrawing({ ...drawn, target: { series: 'social', value: 4, date: '2026-03-11' } }).target,
    ).to.equal(undefined);
    expect(
      trendDrawing({ ...drawn, target: { series: 'initiative', value: 4, date: '2026-04-11' } }).target,
    ).to.equal(undefined);
    // Set before the shown dates: from the plot's left edge.
    const early = trendDrawing({ ...drawn, target: { series: 'initiative', value: 2, date: '2026-01-11' } });
    expect(early.target).to.include({ x1: 32, y: 185.5 });
  });
});
