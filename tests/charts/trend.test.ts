import { expect } from '@open-wc/testing';
import { trendLayout, type TrendSeriesInput } from '../../src/charts/trend.js';

const week = (start: string, end: string, value: number) => ({ start, end, value });

// Four weeks of March 2026 (ISO weeks 10–13), 28 days: with a 280 px plot, 10 px a day.
const weekly: TrendSeriesInput = {
  id: 'initiative',
  cadence: 'week',
  shape: 'circle',
  points: [
    week('2026-03-02', '2026-03-08', 1),
    week('2026-03-09', '2026-03-15', 3),
    // 2026-W12 is missing: a gap.
    week('2026-03-23', '2026-03-29', 5),
  ],
};
const base = {
  width: 300,
  height: 140,
  margin: { top: 10, right: 10, bottom: 30, left: 10 },
  scale: { min: 1, max: 5 },
  domain: ['2026-03-02', '2026-03-29'] as const,
  locale: 'da',
};

describe('trendLayout(input)', () => {
  it('puts each weekly point in the middle of its week and the value on the scale', () => {
    const layout = trendLayout({ ...base, series: [weekly] });
    expect(layout.plot).to.deep.equal({ left: 10, top: 10, width: 280, height: 100 });
    // Midweek = 3.5 days in = 35 px; value 1 at the bottom (110), 3 in the middle (60), 5 at the top (10).
    expect(layout.series[0]!.points.map((p) => [p.x, p.y])).to.deep.equal([
      [45, 110],
      [115, 60],
      [255, 10],
    ]);
  });

  it('joins consecutive weeks and breaks the line at a missing week', () => {
    const layout = trendLayout({ ...base, series: [weekly] });
    // d3 closes a lone point's sub-path (Z): it draws nothing, its marker shows it.
    expect(layout.series[0]!.line).to.equal('M45,110L115,60M255,10Z');
  });

  it('draws all markers of a series in one path, one sub-path per marker', () => {
    const layout = trendLayout({ ...base, series: [{ ...weekly, shape: 'square' }] });
    expect(layout.series[0]!.markers.match(/M/g)).to.have.length(3);
  });

  it('draws a half-year as a step across its whole period', () => {
    const layout = trendLayout({
      ...base,
      domain: ['2026-01-01', '2026-12-31'],
      series: [
        {
          id: 'resilience',
          cadence: 'half-year',
          shape: 'diamond',
          points: [
            { start: '2026-01-01', end: '2026-06-30', value: 3 },
            { start: '2026-07-01', end: '2026-12-31', value: 4 },
          ],
        },
      ],
    });
    // 365 days over 280 px; H1 ends after 181 days.
    const mid = Math.round((10 + (181 / 365) * 280) * 100) / 100;
    expect(layout.series[0]!.line).to.equal(`M10,60L${mid},60L${mid},35L290,35`);
  });

  it('gives one value tick per step of the scale', () => {
    const layout = trendLayout({ ...base, series: [weekly] });
    expect(layout.yTicks.map((t) => t.value)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(layout.yTicks.map((t) => t.y)).to.deep.equal([110, 85, 60, 35, 10]);
  });

  it('labels month ticks in the locale, with the year on the first one', () => {
    const layout = trendLayout({ ...base, width: 620, domain: ['2026-01-01', '2026-06-30'], series: [] });
    expect(layout.xTicks.map((t) => t.date)).to.deep.equal([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
    ]);
    expect(layout.xTicks[0]!.label).to.equal('jan. 2026');
    expect(layout.xTicks[1]!.label).to.equal('feb.');
    const en = trendLayout({
      ...base,
      width: 620,
      locale: 'en-GB',
      domain: ['2026-01-01', '2026-06-30'],
      series: [],
    });
    expect(en.xTicks[2]!.label).to.equal('Mar');
  });

  it('thins month ticks on a narrow chart so labels do not collide', () => {
    const layout = trendLayout({ ...base, width: 300, domain: ['2025-01-01', '2026-12-31'], series: [] });
    const gaps = layout.xTicks.slice(1).map((t, i) => t.x - layout.xTicks[i]!.x);
    expect(Math.min(...gaps)).to.be.at.least(56);
  });

  it('clips placement bands to the shown dates and leaves an open placement running to the end', () => {
    const layout = trendLayout({
      ...base,
      series: [],
      placements: [
        { id: 'p1', start: '2026-02-01', end: '2026-03-08' },
        { id: 'p2', start: '2026-03-16', end: null },
      ],
    });
    expect(layout.bands).to.deep.equal([
      { id: 'p1', x: 10, width: 70 },
      { id: 'p2', x: 150, width: 140 },
    ]);
  });

  it('places a conversation in the middle of its day and drops those outside the dates', () => {
    const layout = trendLayout({
      ...base,
      series: [],
      conversations: [
        { id: 'c1', date: '2026-03-02' },
        { id: 'c0', date: '2025-12-01' },
      ],
    });
    expect(layout.conversations).to.deep.equal([{ id: 'c1', date: '2026-03-02', x: 15 }]);
  });

  it('drops points outside the shown dates', () => {
    const layout = trendLayout({ ...base, domain: ['2026-03-09', '2026-03-29'], series: [weekly] });
    expect(layout.series[0]!.points.map((p) => p.value)).to.deep.equal([3, 5]);
    expect(layout.domain).to.deep.equal(['2026-03-09', '2026-03-29']);
  });
});
