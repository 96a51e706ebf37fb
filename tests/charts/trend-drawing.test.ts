import { expect } from '@open-wc/testing';
import { tickLabelsFor } from '../../src/i18n/index.js';
import { cursorNear, panelTicks, pointOf, trendDrawing } from '../../src/charts/trend-drawing.js';
import type { TrendSeriesInput } from '../../src/charts/trend.js';

const week = (start: string, end: string, value: number) => ({ start, end, value });

// Four weeks of March 2026 (28 days). At width 344 the plot is 344 − 32 − 12 = 300 px wide: 75 px a week.
const initiative: TrendSeriesInput = {
  id: 'initiative',
  cadence: 'week',
  shape: 'circle',
  points: [
    week('2026-03-02', '2026-03-08', 1),
    week('2026-03-09', '2026-03-15', 3),
    week('2026-03-23', '2026-03-29', 5),
  ],
};
const persistence: TrendSeriesInput = {
  ...initiative,
  id: 'persistence',
  points: [week('2026-03-09', '2026-03-15', 3)],
};
const base = {
  scale: { min: 1, max: 5 },
  domain: ['2026-03-02', '2026-03-29'] as const,
  tickLabels: tickLabelsFor('da'),
};

describe('trendDrawing(input)', () => {
  it('draws every series on one set of axes, 270 px high at a narrow width', () => {
    const drawing = trendDrawing({
      ...base,
      kind: 'overlay',
      width: 344.8,
      series: [initiative, persistence],
    });
    expect([drawing.width, drawing.height]).to.deep.equal([344, 270]);
    expect(drawing.layouts).to.have.length(1);
    // Plot: left 32, top 28, 300 × (270 − 28 − 32 = 210). Midweek 3.5 days in = 37.5 px; 1 at the
    // bottom (238), 3 in the middle (133), 5 at the top (28).
    expect(drawing.layouts[0]!.plot).to.deep.equal({ left: 32, top: 28, width: 300, height: 210 });
    expect(drawing.placed[0]!.points.map((p) => [p.x, p.y])).to.deep.equal([
      [69.5, 238],
      [144.5, 133],
      [294.5, 28],
    ]);
    expect(drawing.placedIn).to.deep.equal([
      { layout: 0, series: 0 },
      { layout: 0, series: 1 },
    ]);
  });

  it('gives each series a panel of its own, 72 px high at a narrow width', () => {
    const drawing = trendDrawing({ ...base, kind: 'panels', width: 344, series: [initiative, persistence] });
    expect([drawing.width, drawing.height]).to.deep.equal([344, 72]);
    expect(drawing.layouts).to.have.length(2);
    // Plot: top 8, 72 − 8 − 8 = 56 high: 3 is 28 px down, at 36; the same week at the same x in both panels.
    expect(drawing.placed[1]!.points.map((p) => [p.x, p.y])).to.deep.equal([[144.5, 36]]);
    expect(drawing.placed[0]!.points[1]).to.include({ x: 144.5, y: 36 });
    expect(drawing.placedIn).to.deep.equal([
      { layout: 0, series: 0 },
      { layout: 1, series: 0 },
    ]);
  });

  it('keeps the sizes within their bounds: 200 px wide at least, 420 and 120 px high at most', () => {
    const narrow = { ...base, width: 120, series: [initiative] };
    expect(trendDrawing({ ...narrow, kind: 'overlay' }).width).to.equal(200);
    // 0.55 × 800 = 440 → 420; 0.12 × 800 = 96.
    expect(trendDrawing({ ...base, kind: 'overlay', width: 800, series: [initiative] }).height).to.equal(420);
    expect(trendDrawing({ ...base, kind: 'panels', width: 800, series: [initiative] }).height).to.equal(96);
    // 0.12 × 1100 = 132 → 120.
    expect(trendDrawing({ ...base, kind: 'panels', width: 1100, series: [initiative] }).height).to.equal(120);
  });

  it('draws the overlay at a height the host gives (200 px at least), the panels at their own', () => {
    const one = { ...base, width: 800, series: [initiative] };
    // A portrait tablet's 40 % of 1,180 px: 472, past the 420 the width alone allows.
    expect(trendDrawing({ ...one, kind: 'overlay', height: 472 }).height).to.equal(472);
    expect(trendDrawing({ ...one, kind: 'overlay', height: 150.4 }).height).to.equal(200);
    expect(trendDrawing({ ...one, kind: 'overlay', height: 0 }).height).to.equal(420);
    // The panels keep 0.12 × 800 = 96.
    expect(trendDrawing({ ...one, kind: 'panels', height: 472 }).height).to.equal(96);
    // The plot is the height less the margins: taller with the taller drawing.
    const tall = trendDrawing({ ...one, kind: 'overlay', height: 472 }).layouts[0]!.plot.height;
    const usual = trendDrawing({ ...one, kind: 'overlay' }).layouts[0]!.plot.height;
    expect(tall - usual).to.equal(472 - 420);
  });

  it('finds the point a cursor stands on, and the cursor near a pointer, as drawn now', () => {
    const wide = trendDrawing({ ...base, kind: 'overlay', width: 344, series: [initiative] });
    expect(pointOf(wide, { series: 0, point: 2 })).to.include({ x: 294.5, y: 28 });
    expect(pointOf(wide, { series: 1, point: 0 })).to.equal(undefined);
    expect(pointOf(wide, undefined)).to.equal(undefined);
    // 232 px wide: a 188 px plot, 47 px a week; the last point's middle 24.5 days in: 32 + 164.5.
    const narrow = trendDrawing({ ...base, kind: 'overlay', width: 232, series: [initiative] });
    expect(pointOf(narrow, { series: 0, point: 2 })).to.include({ x: 196.5, y: 28 });
    // (140, 130) is 5.7 px from (144.5, 133).
    expect(cursorNear(wide, 0, { x: 140, y: 130 }, 24)).to.deep.equal({ series: 0, point: 1 });
    expect(cursorNear(wide, 0, { x: 200, y: 130 }, 24)).to.equal(undefined);
    const panels = trendDrawing({ ...base, kind: 'panels', width: 344, series: [initiative, persistence] });
    // The second panel's only point is the second drawn series'.
    expect(cursorNear(panels, 1, { x: 144, y: 40 }, 24)).to.deep.equal({ series: 1, point: 0 });
    expect(cursorNear(panels, 2, { x: 144, y: 40 }, 24)).to.equal(undefined);
  });

  it("keeps a panel's value ticks at the scale's ends and middle", () => {
    expect(panelTicks([1, 2, 3, 4, 5])).to.deep.equal([1, 3, 5]);
    expect(panelTicks([1, 2, 3, 4])).to.deep.equal([1, 4]);
  });
});
