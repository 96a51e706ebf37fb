import { expect } from '@open-wc/testing';
import { tickLabelsFor } from '../../src/i18n/index.js';
import {
  conversationPaths,
  gridPath,
  periodsApart,
  trendLayout,
  trendPanelsLayout,
  type TrendSeriesInput,
} from '../../src/charts/trend.js';

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
  tickLabels: tickLabelsFor('da'),
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

  it('reads no clock: with nothing to show and no dates asked for, it spans the one day 1970-01-01', () => {
    const empty = trendLayout({ ...base, domain: undefined, series: [] });
    expect(empty.domain).to.deep.equal(['1970-01-01', '1970-01-01']);
    expect(trendLayout({ ...base, domain: undefined, series: [], placements: [] })).to.deep.equal(empty);
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
      tickLabels: tickLabelsFor('en-GB'),
      domain: ['2026-01-01', '2026-06-30'],
      series: [],
    });
    expect(en.xTicks[2]!.label).to.equal('Mar');
  });

  it('thins month ticks on a narrow chart so labels do not collide', () => {
    const layout = trendLayout({ ...base, width: 300, domain: ['2025-01-01', '2026-12-31'], series: [] });
    const gaps = layout.xTicks.slice(1).map((t, i) => t.x - layout.xTicks[i]!.x);
    expect(gaps.length, 'two years keep more than one month tick').to.be.greaterThan(0);
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

  it('draws a rolled series: the line through the rolling mean, a small mark for every rating', () => {
    // W10 one rating 1; W11 two raters, 2 and 4 (value 3); W12 empty; W13 one rating 5.
    // Rolling means over 4 weeks: W10 1; W11 (1+3)/2 = 2; W13 (1+3+5)/3 = 3.
    const rolled: TrendSeriesInput = {
      id: 'initiative',
      cadence: 'week',
      shape: 'circle',
      window: 4,
      points: [
        { start: '2026-03-02', end: '2026-03-08', value: 1, values: [1] },
        { start: '2026-03-09', end: '2026-03-15', value: 3, values: [2, 4] },
        { start: '2026-03-23', end: '2026-03-29', value: 5, values: [5] },
      ],
      rolled: [{ value: 1 }, { value: 2 }, { value: 3 }],
    };
    const layout = trendLayout({ ...base, series: [rolled] });
    const s = layout.series[0]!;
    expect(s.isRolled).to.equal(true);
    // 25 px per scale step from 110 (value 1): 2 → 85, 3 → 60. W11 and W13 are 2 weeks apart ≤ 4: joined.
    expect(s.line).to.equal('M45,110L115,85L255,60');
    // The cursor sits on the line: y is the rolling mean's.
    expect(s.points.map((p) => p.y)).to.deep.equal([110, 85, 60]);
    // Four ratings, four marks (one sub-path each), at 1 (110), 2 (85), 4 (35) and 5 (10).
    expect(s.markers.match(/M/g)).to.have.length(4);
    const ys = [...s.markers.matchAll(/M([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
    // d3's circle starts at its right edge, at the centre's height.
    expect(ys).to.deep.equal([110, 85, 35, 10]);
  });

  it('breaks a rolled line only where points are more than the window apart (a whole window empty)', () => {
    // W10 (2 Mar), W14 (30 Mar): 4 weeks apart; the windows ending W11, W12, W13 still hold W10.
    // W19 (4 May): 5 weeks after W14; the window W15–W18 holds nothing, so the line breaks.
    // 2 Mar – 10 May is 70 days on a 700 px plot: 10 px a day; middles at 3.5, 31.5, 66.5 days.
    const points = [
      { start: '2026-03-02', end: '2026-03-08', value: 3 },
      { start: '2026-03-30', end: '2026-04-05', value: 3 },
      { start: '2026-05-04', end: '2026-05-10', value: 3 },
    ];
    const wide = { ...base, width: 720, domain: ['2026-03-02', '2026-05-10'] as const };
    const s: TrendSeriesInput = { id: 'x', cadence: 'week', shape: 'circle', points };
    const rolled = trendLayout({ ...wide, series: [{ ...s, window: 4, rolled: points }] });
    expect(rolled.series[0]!.line).to.equal('M45,60L325,60M675,60Z');
    // Window 1 is the first rule: every missing week breaks the line.
    const raw = trendLayout({ ...wide, series: [s] });
    expect(raw.series[0]!.line).to.equal('M45,60ZM325,60ZM675,60Z');
    expect(raw.series[0]!.isRolled).to.equal(false);
  });

  it('periodsApart(cadence, a, b) counts periods, also across week 53 and a year end', () => {
    expect(periodsApart('week', '2026-03-02', '2026-03-23')).to.equal(3);
    // 2026-W53 starts Monday 28 December 2026; 2027-W01 on 4 January 2027.
    expect(periodsApart('week', '2026-12-28', '2027-01-04')).to.equal(1);
    expect(periodsApart('month', '2025-12-01', '2026-02-01')).to.equal(2);
    expect(periodsApart('half-year', '2025-07-01', '2026-07-01')).to.equal(2);
  });

  it('trendPanelsLayout(input) gives every series its own panel on the same time axis and scale', () => {
    const other: TrendSeriesInput = {
      ...weekly,
      id: 'curiosity',
      points: [week('2026-03-16', '2026-03-22', 2)],
    };
    const { domain, panels } = trendPanelsLayout({ ...base, panelHeight: 80, series: [weekly, other] });
    expect(domain).to.deep.equal(['2026-03-02', '2026-03-29']);
    expect(panels.map((p) => p.series.map((s) => s.id))).to.deep.equal([['initiative'], ['curiosity']]);
    // 80 px less 10 above and 30 below: 40 px for 1–5, 10 px a step; W12's middle 17.5 days in.
    expect(panels[1]!.plot).to.deep.equal({ left: 10, top: 10, width: 280, height: 40 });
    expect(panels[1]!.series[0]!.points.map((p) => [p.x, p.y])).to.deep.equal([[185, 40]]);
    expect(panels[0]!.xTicks).to.deep.equal(panels[1]!.xTicks);
  });

  it('trendPanelsLayout(input) works the month ticks out once, and they are what each panel would have', () => {
    const wide = { ...base, panelHeight: 80, domain: ['2026-01-05', '2026-04-26'] as const };
    const { panels } = trendPanelsLayout({ ...wide, series: [weekly, { ...weekly, id: 'curiosity' }] });
    const alone = trendLayout({ ...wide, height: 80, series: [{ ...weekly, id: 'curiosity' }] });
    // February, March and April start inside the shown dates.
    expect(alone.xTicks.map((t) => t.date)).to.deep.equal(['2026-02-01', '2026-03-01', '2026-04-01']);
    expect(panels[1]!.xTicks).to.deep.equal(alone.xTicks);
  });

  it('draws the grid and the conversations as one path each', () => {
    const layout = trendLayout({
      ...base,
      scale: { min: 1, max: 5, step: 2 },
      series: [],
      conversations: [
        { id: 'c1', date: '2026-03-02' },
        { id: 'c2', date: '2026-03-12' },
      ],
    });
    expect(gridPath(layout)).to.equal('M10,110H290M10,60H290M10,10H290');
    // Middles of 2 and 12 March: 0.5 and 10.5 days in, 15 and 115 px.
    expect(conversationPaths(layout)).to.deep.equal({
      lines: 'M15,10V110M115,10V110',
      flags: 'M10,110l5,-8l5,8zM110,110l5,-8l5,8z',
    });
  });
});
