import { expect } from '@open-wc/testing';
import { tickLabelsFor } from '../../src/i18n/index.js';
import { labelScaleOf, timeLabelX, trendDrawing } from '../../src/charts/trend-drawing.js';
import type { TrendSeriesInput } from '../../src/charts/trend.js';

const initiative: TrendSeriesInput = {
  id: 'initiative',
  cadence: 'week',
  shape: 'circle',
  points: [{ start: '2026-03-02', end: '2026-03-08', value: 3 }],
};
// Half a year, so the month ticks show how far apart the labels are kept.
const base = {
  scale: { min: 1, max: 5 },
  domain: ['2026-01-01', '2026-06-30'] as const,
  tickLabels: tickLabelsFor('da'),
  series: [initiative],
};

describe('trendDrawing(input) with larger labels (200 % text)', () => {
  it('keeps the 12 px layout when no label size is given, and never lays out for less', () => {
    const plain = trendDrawing({ ...base, kind: 'overlay', width: 768 });
    const small = trendDrawing({ ...base, kind: 'overlay', width: 768, labelSize: 8 });
    expect(plain.labelSize).to.equal(12);
    expect(labelScaleOf(plain)).to.equal(1);
    expect(small.layouts[0]!.plot).to.deep.equal(plain.layouts[0]!.plot);
    // 768 × 0.55 = 422.4 → 420 high; plot 768 − 32 − 12 = 724 wide, 420 − 28 − 32 = 360 high.
    expect(plain.layouts[0]!.plot).to.deep.equal({ left: 32, top: 28, width: 724, height: 360 });
  });

  it('doubles the overlay margins for 24 px labels, and grows the drawing so the plot keeps its height', () => {
    const drawing = trendDrawing({ ...base, kind: 'overlay', width: 768, labelSize: 24 });
    expect(labelScaleOf(drawing)).to.equal(2);
    // Margins 64, 24, 56, 64; the height 420 + (56 + 64 − 28 − 32 = 60) = 480, so the plot is
    // still 480 − 56 − 64 = 360 high, and 768 − 64 − 24 = 680 wide.
    expect(drawing.height).to.equal(480);
    expect(drawing.layouts[0]!.plot).to.deep.equal({ left: 64, top: 56, width: 680, height: 360 });
    // A host's given height is kept.
    expect(
      trendDrawing({ ...base, kind: 'overlay', width: 768, height: 300, labelSize: 24 }).height,
    ).to.equal(300);
  });

  it('keeps month labels twice as far apart: every month at 12 px, fewer at 24 px', () => {
    // 181 days over 724 px: about 121.7 px a month, ≥ 56 → every month (Jan … Jun: 6 ticks).
    const plain = trendDrawing({ ...base, kind: 'overlay', width: 768 });
    expect(plain.layouts[0]!.xTicks).to.have.length(6);
    // At width 300 and 24 px: plot 300 − 64 − 24 = 212 px, 35.2 px a month; 112 px apart needs
    // every 6th month (3 × 35.2 = 105.6 < 112): January only.
    const zoomed = trendDrawing({ ...base, kind: 'overlay', width: 300, labelSize: 24 });
    expect(zoomed.layouts[0]!.xTicks.map((t) => t.date)).to.deep.equal(['2026-01-01']);
  });

  it('keeps the first month, with its year, where a narrow plot leaves no tick a year apart', () => {
    // 200 px at 24 px: plot 200 − 64 − 24 = 112 px for June–November, about 18.5 px a month; 112
    // px apart needs every 12th month, and no January is shown: the first month stands alone.
    const drawing = trendDrawing({
      ...base,
      domain: ['2026-06-01', '2026-11-30'],
      kind: 'overlay',
      width: 200,
      labelSize: 24,
    });
    expect(drawing.layouts[0]!.xTicks.map((t) => [t.date, t.label])).to.deep.equal([
      ['2026-06-01', 'jun. 2026'],
    ]);
  });

  it('makes a panel twice as tall at least, with doubled margins', () => {
    // 768 × 0.12 = 92.16, within 72–120 at 12 px; at 24 px at least 144 (and at most 240).
    expect(trendDrawing({ ...base, kind: 'panels', width: 768 }).height).to.equal(92);
    const drawing = trendDrawing({ ...base, kind: 'panels', width: 768, labelSize: 24 });
    expect(drawing.height).to.equal(144);
    // Margins 64, 24, 16, 16: 144 − 32 = 112 high.
    expect(drawing.layouts[0]!.plot).to.deep.equal({ left: 64, top: 16, width: 680, height: 112 });
  });
});

describe('timeLabelX(x, label, labelSize, width)', () => {
  it('pulls a label in from the edge it would cross, by its guessed half width', () => {
    // "jan. 2026": 9 letters × 0.6 × 12 px = 64.8 px wide, 32.4 each side.
    expect(timeLabelX(10, 'jan. 2026', 12, 720)).to.equal(32.4);
    expect(timeLabelX(700, 'jan. 2026', 12, 720)).to.equal(687.6);
    expect(timeLabelX(300, 'jan. 2026', 12, 720)).to.equal(300);
    // At 24 px: 129.6 wide, 64.8 each side.
    expect(timeLabelX(40, 'jan. 2026', 24, 720)).to.equal(64.8);
    // Wider than the drawing: centred in it.
    expect(timeLabelX(40, 'jan. 2026', 24, 100)).to.equal(50);
  });
});
