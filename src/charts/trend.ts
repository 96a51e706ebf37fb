import { linearScale } from './linear.js';
import { markersPath, type MarkerShape } from './markers.js';
import { linePath } from './path.js';
import {
  dayAfterMsOf,
  dayMsOf,
  isoDateOf,
  monthTicks,
  round,
  timeScale,
  type TickLabels,
  type TimeTick,
} from './time.js';

import type { Cadence } from '../core/index.js';

export interface TrendPointInput {
  /** First day of the period, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day of the period, `YYYY-MM-DD`. */
  readonly end: string;
  readonly value: number;
  /** Each rating in the period (two raters in a week, two values); default `[value]`. */
  readonly values?: ReadonlyArray<number> | undefined;
}

export interface TrendSeriesInput {
  readonly id: string;
  readonly cadence: Cadence;
  /** Only periods that have a value, oldest first. Missing periods are gaps. */
  readonly points: ReadonlyArray<TrendPointInput>;
  readonly shape: MarkerShape;
  /**
   * The rolling mean at every point (same order as `points`). Given, the line goes through it and
   * every rating becomes a small light mark; left out, the line joins the points' own values.
   */
  readonly rolled?: ReadonlyArray<{ readonly value: number }> | undefined;
  /**
   * The rolling window in periods (default 1). Two points stay joined while no whole window
   * between them is empty: while they are at most `window` periods apart.
   */
  readonly window?: number | undefined;
}

export interface TrendLayoutInput {
  readonly width: number;
  readonly height: number;
  /** Room around the plot for axis labels, px. */
  readonly margin?: Partial<Margin>;
  /** The value scale: its ends, and the distance between value ticks (default 1). */
  readonly scale: { readonly min: number; readonly max: number; readonly step?: number };
  readonly series: ReadonlyArray<TrendSeriesInput>;
  /**
   * The dates shown, inclusive; default: everything in the series, placements and conversations
   * (with none of them, the one day 1970-01-01: the layout never reads a clock).
   */
  readonly domain?: readonly [string, string] | undefined;
  readonly placements?: ReadonlyArray<{
    readonly id: string;
    readonly start: string;
    readonly end?: string | null | undefined;
  }>;
  readonly conversations?: ReadonlyArray<{ readonly id: string; readonly date: string }>;
  /** The month names on the time axis, in the reader's language. */
  readonly tickLabels: TickLabels;
  /** Marker area in px² (default 56). */
  readonly markerArea?: number;
  /** The least distance between two month labels, px (default 56: a 12 px label's room). */
  readonly tickSpacing?: number | undefined;
}

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface TrendPoint extends TrendPointInput {
  readonly index: number;
  readonly x: number;
  /** Where the line passes: the rolling mean when the series has one, else the value. */
  readonly y: number;
}

export interface TrendSeriesLayout {
  readonly id: string;
  readonly cadence: Cadence;
  /** The line (weeks, months) or steps (half-years); a new `M` at every gap. */
  readonly line: string;
  /** Every marker of the series as one path: one per rating when the line is a rolling mean. */
  readonly markers: string;
  /** Whether the line is a rolling mean and the markers are the ratings behind it. */
  readonly isRolled: boolean;
  /** Points inside the shown dates, with their position. */
  readonly points: ReadonlyArray<TrendPoint>;
}

export interface TrendLayout {
  readonly plot: {
    readonly left: number;
    readonly top: number;
    readonly width: number;
    readonly height: number;
  };
  readonly xTicks: ReadonlyArray<TimeTick>;
  readonly yTicks: ReadonlyArray<{ readonly y: number; readonly value: number }>;
  readonly series: ReadonlyArray<TrendSeriesLayout>;
  readonly bands: ReadonlyArray<{ readonly id: string; readonly x: number; readonly width: number }>;
  readonly conversations: ReadonlyArray<{ readonly id: string; readonly x: number; readonly date: string }>;
  /** The shown dates, inclusive. */
  readonly domain: readonly [string, string];
}

export const trendDefaults = {
  margin: { top: 12, right: 16, bottom: 32, left: 40 } satisfies Margin,
  markerArea: 56,
  /** A rating behind a rolling mean is a small mark: it shows the spread, the line the direction. */
  ratingArea: 18,
  step: 1,
} as const;

const dayMs = 86_400_000;

/** A point placed: its own fields named one by one (a spread of each point costs a cold draw). */
const trendPoint = (p: TrendPointInput, index: number, x: number, y: number): TrendPoint => ({
  start: p.start,
  end: p.end,
  value: p.value,
  values: p.values,
  index,
  x,
  y,
});

/**
 * `trendLayout(input)`: the geometry of a trend chart — scales, ticks, one line and one marker
 * path per series, placement bands and conversation markers — as plain numbers and path strings.
 *
 * Each cadence is drawn honestly: a point sits in the middle of its period, consecutive periods
 * are joined, a missing period breaks the line, and a half-year is a step that spans its period.
 * `shared.xTicks`: month ticks already worked out for the same dates and width (small multiples).
 */
export function trendLayout(input: TrendLayoutInput, shared?: Pick<TrendLayout, 'xTicks'>): TrendLayout {
  const margin = { ...trendDefaults.margin, ...input.margin };
  const plot = {
    left: margin.left,
    top: margin.top,
    width: Math.max(1, input.width - margin.left - margin.right),
    height: Math.max(1, input.height - margin.top - margin.bottom),
  };
  const [from, to] = input.domain
    ? [dayMsOf(input.domain[0]), dayAfterMsOf(input.domain[1])]
    : dataExtent(input);
  const x = timeScale([from, to], [plot.left, plot.left + plot.width]);
  const y = linearScale([input.scale.min, input.scale.max], [plot.top + plot.height, plot.top]);
  const step = input.scale.step ?? trendDefaults.step;
  const yTicks: Array<{ y: number; value: number }> = [];
  for (let value = input.scale.min; value <= input.scale.max + 1e-9; value += step) {
    yTicks.push({ y: round(y(value)), value: round(value) });
  }
  const area = input.markerArea ?? trendDefaults.markerArea;

  const series = input.series.map((s): TrendSeriesLayout => {
    const points: TrendPoint[] = [];
    const isRolled = s.rolled !== undefined && s.cadence !== 'half-year';
    const lineValue = (index: number, p: TrendPointInput) =>
      isRolled ? (s.rolled?.[index]?.value ?? p.value) : p.value;
    s.points.forEach((p, index) => {
      const start = dayMsOf(p.start);
      const end = dayAfterMsOf(p.end);
      if (s.cadence === 'half-year') {
        // A step is drawn over the part of its period that is shown; its marker sits in the middle of that part.
        const visibleStart = Math.max(start, from);
        const visibleEnd = Math.min(end, to);
        if (visibleEnd <= visibleStart) return;
        points.push(trendPoint(p, index, round(x((visibleStart + visibleEnd) / 2)), round(y(p.value))));
        return;
      }
      // A week or month is shown when its middle is: nothing is drawn outside the plot.
      const middle = (start + end) / 2;
      if (middle < from || middle > to) return;
      points.push(trendPoint(p, index, round(x(middle)), round(y(lineValue(index, p)))));
    });
    const path =
      s.cadence === 'half-year'
        ? stepsPath(points, x, from, to)
        : joinedPath(points, s.cadence, s.window ?? 1);
    const markers = isRolled
      ? markersPath(
          s.shape,
          points.flatMap((p) => (p.values ?? [p.value]).map((v) => ({ x: p.x, y: round(y(v)) }))),
          trendDefaults.ratingArea,
        )
      : markersPath(s.shape, points, area);
    return { id: s.id, cadence: s.cadence, line: path, markers, isRolled, points };
  });

  const bands = (input.placements ?? []).flatMap((p) => {
    const start = Math.max(from, dayMsOf(p.start));
    const end = Math.min(to, p.end ? dayAfterMsOf(p.end) : to);
    if (end <= start) return [];
    return [{ id: p.id, x: round(x(start)), width: round(x(end) - x(start)) }];
  });
  const conversations = (input.conversations ?? []).flatMap((c) => {
    const at = dayMsOf(c.date) + dayMs / 2;
    return at < from || at > to ? [] : [{ id: c.id, date: c.date, x: round(x(at)) }];
  });

  return {
    plot,
    xTicks: shared?.xTicks ?? xTicksOf(x, input, plot),
    yTicks,
    series,
    bands,
    conversations,
    domain: [isoDateOf(from), isoDateOf(to - dayMs)],
  };
}

/**
 * `periodsApart(cadence, a, b)`: how many periods the period starting on `b` lies after the one
 * starting on `a` (`YYYY-MM-DD` starts): 1 for neighbours. Weeks count 7 days; months and
 * half-years count calendar months, so a short February is still one month.
 */
export function periodsApart(cadence: Cadence, a: string, b: string): number {
  if (cadence === 'week') return Math.round((dayMsOf(b) - dayMsOf(a)) / (7 * dayMs));
  const months =
    (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
  return cadence === 'month' ? months : Math.round(months / 6);
}

/**
 * Joins two consecutive points while every window between them holds a point: a window of `w`
 * periods ending between points `w` or fewer periods apart still holds the earlier one, so the
 * line breaks only where the points are more than `w` periods apart (with `w = 1`: where a period
 * is missing).
 */
function joinedPath(points: ReadonlyArray<TrendPoint>, cadence: Cadence, window: number): string {
  // The line breaks at a null: a gap marker between non-adjacent points.
  const withGaps: Array<TrendPoint | null> = [];
  let previous: TrendPoint | undefined;
  for (const point of points) {
    if (previous && periodsApart(cadence, previous.start, point.start) > window) withGaps.push(null);
    withGaps.push(point);
    previous = point;
  }
  return linePath(withGaps);
}

/** A half-year is a flat step across its whole period, clipped to the shown dates. */
function stepsPath(
  points: ReadonlyArray<TrendPoint>,
  x: (ms: number) => number,
  from: number,
  to: number,
): string {
  let d = '';
  let previousEnd: number | undefined;
  for (const p of points) {
    const start = Math.max(from, dayMsOf(p.start));
    const end = Math.min(to, dayAfterMsOf(p.end));
    const x0 = round(x(start));
    const x1 = round(x(end));
    d += previousEnd === dayMsOf(p.start) ? `L${x0},${p.y}L${x1},${p.y}` : `M${x0},${p.y}L${x1},${p.y}`;
    previousEnd = dayAfterMsOf(p.end);
  }
  return d;
}

function dataExtent(input: TrendLayoutInput): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  const take = (start: number, end: number) => {
    min = Math.min(min, start);
    max = Math.max(max, end);
  };
  for (const s of input.series) for (const p of s.points) take(dayMsOf(p.start), dayAfterMsOf(p.end));
  for (const p of input.placements ?? [])
    take(dayMsOf(p.start), p.end ? dayAfterMsOf(p.end) : dayAfterMsOf(p.start));
  for (const c of input.conversations ?? []) take(dayMsOf(c.date), dayAfterMsOf(c.date));
  // Nothing to show and no dates asked for: one day at the epoch, never today's date, so the
  // layout stays a pure function of its input (an element draws its empty state instead).
  if (!Number.isFinite(min)) return [0, dayMs];
  return [min, max];
}

/**
 * The month ticks inside the plot, kept `tickSpacing` apart; where that leaves none (a plot too
 * narrow for a year's step, as large labels on a small drawing make it), the first month shown,
 * with its year, so the time axis still says when.
 */
function xTicksOf(
  x: ReturnType<typeof timeScale>,
  input: TrendLayoutInput,
  plot: { readonly left: number; readonly width: number },
): TimeTick[] {
  const inside = (t: TimeTick) => t.x >= plot.left - 0.5 && t.x <= plot.left + plot.width + 0.5;
  const ticks = monthTicks(x, input.tickLabels, { minSpacing: input.tickSpacing ?? 56 }).filter(inside);
  return ticks.length > 0
    ? ticks
    : monthTicks(x, input.tickLabels, { minSpacing: 0 }).filter(inside).slice(0, 1);
}

export interface TrendPanelsInput extends Omit<TrendLayoutInput, 'height'> {
  /** The height of one panel, px, its margins included. */
  readonly panelHeight: number;
}

/**
 * `trendPanelsLayout(input)`: small multiples, one panel per series, on one time axis and one
 * value scale: every panel is a `trendLayout` of its own series over the same shown dates, so a
 * week sits at the same x in every panel and a value at the same height.
 */
export function trendPanelsLayout(input: TrendPanelsInput): {
  readonly domain: readonly [string, string];
  readonly panels: ReadonlyArray<TrendLayout>;
} {
  const [from, to] = input.domain
    ? [dayMsOf(input.domain[0]), dayAfterMsOf(input.domain[1])]
    : dataExtent({ ...input, height: input.panelHeight });
  const domain = [isoDateOf(from), isoDateOf(to - dayMs)] as const;
  // Every panel has the same dates and width, so the same month ticks: worked out for the first.
  const panels: TrendLayout[] = [];
  for (const s of input.series) {
    panels.push(trendLayout({ ...input, height: input.panelHeight, series: [s], domain }, panels[0]));
  }
  return { domain, panels };
}

/** The horizontal grid lines at the value ticks, as one path (one node, not one per line). */
export function gridPath(layout: Pick<TrendLayout, 'plot' | 'yTicks'>): string {
  const right = round(layout.plot.left + layout.plot.width);
  return layout.yTicks.map((t) => `M${layout.plot.left},${t.y}H${right}`).join('');
}

/**
 * The conversations as two paths: the lines across the plot (`lines`) and a small flag at the
 * foot of each (`flags`), so a panel needs two nodes for all its conversations.
 */
export function conversationPaths(layout: Pick<TrendLayout, 'plot' | 'conversations'>): {
  readonly lines: string;
  readonly flags: string;
} {
  const bottom = round(layout.plot.top + layout.plot.height);
  return {
    lines: layout.conversations.map((c) => `M${c.x},${layout.plot.top}V${bottom}`).join(''),
    flags: layout.conversations.map((c) => `M${round(c.x - 5)},${bottom}l5,-8l5,8z`).join(''),
  };
}
