/**
 * What a trend chart draws for one width: its layouts (one for the overlay, one per panel), the
 * drawing's size, and where each drawn series stands in them. Worked out once per update, before
 * the chart renders, so the lines, the cursor and the callout are all placed from the same geometry.
 */
import { nearestPoint, type PlacedPoint, type PointRef } from './interaction.js';
import { round } from './time.js';
import {
  trendLayout,
  trendPanelsLayout,
  type Margin,
  type TrendLayout,
  type TrendLayoutInput,
  type TrendPoint,
  type TrendSeriesInput,
  type TrendSeriesLayout,
} from './trend.js';

/** `panels`: one small drawing per series on shared axes; `overlay`: every series on one set of axes. */
export type TrendDrawingKind = 'panels' | 'overlay';

export interface TrendDrawingInput extends Omit<TrendLayoutInput, 'height' | 'margin' | 'width'> {
  readonly kind: TrendDrawingKind;
  /** The measured width, px; the drawing is at least 200 wide and a whole number of px. */
  readonly width: number;
  /**
   * The overlay's height, px, when the host has a height to give (at least 200, whole px); default
   * (undefined or 0): from the width, 55 % of it within 270–420 px. Panels keep theirs.
   */
  readonly height?: number | undefined;
  /**
   * Per drawn series (in the order of `series`), a second series drawn on the same axes as it:
   * the young person's own reading of that trait; undefined where there is none.
   */
  readonly own?: ReadonlyArray<TrendSeriesInput | undefined> | undefined;
  /** A level aimed for on one drawn series (its `id`), set on `date` (`YYYY-MM-DD`). */
  readonly target?: { readonly series: string; readonly value: number; readonly date: string } | undefined;
  /**
   * The labels' font size, px (default 12: the element's 0.75rem at a 16 px root). The margins, a
   * panel's height, the room between month labels and the labels' places grow with it, so labels
   * at 200 % text keep clear of each other and inside the drawing (WCAG 1.4.4).
   */
  readonly labelSize?: number | undefined;
}

/**
 * A target as drawn: a horizontal line at its level in its series' layout, from the day it was
 * set (or the plot's left edge, when that day is before the shown dates) to the plot's right edge,
 * and where its label stands (right-aligned at `x2`, above the line unless that leaves the plot).
 */
export interface TargetMark {
  readonly layout: number;
  readonly value: number;
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  readonly labelY: number;
}

export interface TrendDrawing {
  readonly kind: TrendDrawingKind;
  /** The drawing's width, px (its viewBox too). */
  readonly width: number;
  /** The overlay's height, or one panel's, px. */
  readonly height: number;
  /** One layout per drawing: one for the overlay, one per panel. */
  readonly layouts: ReadonlyArray<TrendLayout>;
  /** Per drawn series (in the order given): its layout's index and its series index in that layout. */
  readonly placedIn: ReadonlyArray<{ readonly layout: number; readonly series: number }>;
  /** Per drawn series: its geometry, in the order given (the order the keyboard walks them). */
  readonly placed: ReadonlyArray<TrendSeriesLayout>;
  /** Per drawn series: its `own` series' geometry, in the same layout and scales; or undefined. */
  readonly own: ReadonlyArray<TrendSeriesLayout | undefined>;
  /** The target's mark, when one was given for a drawn series and its level is on the scale. */
  readonly target: TargetMark | undefined;
  /** The labels' font size, px, the drawing was laid out for. */
  readonly labelSize: number;
}

export const trendDrawingDefaults = {
  minWidth: 200,
  /** The labels' font size the margins below are set for, px. */
  labelSize: 12,
  overlayMargin: { left: 32, right: 12, top: 28, bottom: 32 },
  panelMargin: { left: 32, right: 12, top: 8, bottom: 8 },
} as const;

/** How much larger than 12 px the labels are: 1 at 100 % text, 2 at 200 %. */
export function labelScaleOf(drawing: Pick<TrendDrawing, 'labelSize'>): number {
  return drawing.labelSize / trendDrawingDefaults.labelSize;
}

/** A margin grown with the labels: every side times `k`. */
function grown(margin: Margin, k: number): Margin {
  return {
    left: round(margin.left * k),
    right: round(margin.right * k),
    top: round(margin.top * k),
    bottom: round(margin.bottom * k),
  };
}

/**
 * `trendDrawing(input)`: the layouts for `input.width`. The overlay is tall enough on a narrow
 * tablet column that the plot, not the title and legend, fills the chart (0.55 of the width,
 * 270–420 px); a panel is short (0.12 of the width, 72–120 px). Larger labels (`labelSize`) grow
 * the margins, a panel's height and the overlay's by as much, so the plot keeps its room.
 */
export function trendDrawing(input: TrendDrawingInput): TrendDrawing {
  const width = Math.max(trendDrawingDefaults.minWidth, Math.floor(input.width));
  const labelSize = Math.max(
    trendDrawingDefaults.labelSize,
    input.labelSize ?? trendDrawingDefaults.labelSize,
  );
  const k = labelSize / trendDrawingDefaults.labelSize;
  const tickSpacing = round(56 * k);
  if (input.kind === 'panels') {
    const height = Math.round(Math.min(120 * k, Math.max(72 * k, width * 0.12)));
    const margin = grown(trendDrawingDefaults.panelMargin, k);
    const { panels } = trendPanelsLayout({ ...input, width, panelHeight: height, margin, tickSpacing });
    const placedIn = panels.map((_, i) => ({ layout: i, series: 0 }));
    const frame = { width, height, margin, tickSpacing };
    return {
      kind: input.kind,
      width,
      height,
      layouts: panels,
      placedIn,
      placed: panels.flatMap((p) => p.series.slice(0, 1)),
      ...ownAndTarget(input, frame, panels, placedIn, k),
      labelSize,
    };
  }
  const margin = grown(trendDrawingDefaults.overlayMargin, k);
  const base = trendDrawingDefaults.overlayMargin;
  const grownBy = margin.top + margin.bottom - base.top - base.bottom;
  const height = input.height
    ? Math.round(Math.max(200, input.height))
    : Math.round(Math.min(420, Math.max(270, width * 0.55)) + grownBy);
  const frame = { width, height, margin, tickSpacing };
  const layout = trendLayout({ ...input, ...frame });
  const placedIn = layout.series.map((_, i) => ({ layout: 0, series: i }));
  return {
    kind: input.kind,
    width,
    height,
    layouts: [layout],
    placedIn,
    placed: layout.series,
    ...ownAndTarget(input, frame, [layout], placedIn, k),
    labelSize,
  };
}

/**
 * Where a time label centred on `x` stands so it stays inside a drawing `width` wide: its width
 * guessed from its letters (0.6 em each, wider than most), pulled in from an edge it would cross.
 */
export function timeLabelX(x: number, label: string, labelSize: number, width: number): number {
  const half = (label.length * 0.6 * labelSize) / 2;
  if (half * 2 >= width) return round(width / 2);
  return round(Math.min(width - half, Math.max(half, x)));
}

/**
 * The own series and the target, placed in the layout of the series they belong to: each own
 * series is laid out on that layout's dates, size and scale, so it shares its x and y exactly.
 */
function ownAndTarget(
  input: TrendDrawingInput,
  frame: Pick<TrendLayoutInput, 'width' | 'height' | 'margin' | 'tickSpacing'>,
  layouts: ReadonlyArray<TrendLayout>,
  placedIn: TrendDrawing['placedIn'],
  k: number,
): Pick<TrendDrawing, 'own' | 'target'> {
  const own = input.series.map((_, i) => {
    const series = input.own?.[i];
    const layout = layouts[placedIn[i]?.layout ?? -1];
    if (!series || !layout) return undefined;
    return trendLayout({ ...input, ...frame, domain: layout.domain, series: [series] }, layout).series[0];
  });
  return { own, target: targetMarkOf(input, layouts, placedIn, k) };
}

function targetMarkOf(
  input: TrendDrawingInput,
  layouts: ReadonlyArray<TrendLayout>,
  placedIn: TrendDrawing['placedIn'],
  k: number,
): TargetMark | undefined {
  const target = input.target;
  const index = target ? input.series.findIndex((s) => s.id === target.series) : -1;
  const at = placedIn[index]?.layout ?? -1;
  const layout = layouts[at];
  const { min, max } = input.scale;
  if (!target || !layout || target.value < min || target.value > max || max <= min) return undefined;
  const { left, top, width, height } = layout.plot;
  const y = round(top + (height * (max - target.value)) / (max - min));
  const set = layout.conversations.find((c) => c.date === target.date);
  // Set after the shown dates: nothing of it to draw yet.
  if (!set && target.date > layout.domain[1]) return undefined;
  const x1 = set ? set.x : left;
  // The label's text (12 px times k) above the line, or below it when above would leave the plot.
  const labelY = y - 16 * k >= top - 6 * k ? round(y - 4) : round(y + 14 * k);
  return { layout: at, value: target.value, x1, x2: round(left + width), y, labelY };
}

/** The point a cursor stands on, as drawn now; undefined when it is off the drawing. */
export function pointOf(drawing: TrendDrawing, cursor: PointRef | undefined): TrendPoint | undefined {
  return cursor ? drawing.placed[cursor.series]?.points[cursor.point] : undefined;
}

/**
 * `cursorNear(drawing, layout, at, radius)`: the drawn point nearest `at` in layout `layout` (in
 * the drawing's own units), as a cursor over all drawn series; undefined if none is within `radius`.
 */
export function cursorNear(
  drawing: TrendDrawing,
  layout: number,
  at: PlacedPoint,
  radius: number,
): PointRef | undefined {
  const near = nearestPoint(drawing.layouts[layout]?.series ?? [], at, radius);
  if (!near) return undefined;
  const series = drawing.placedIn.findIndex((p) => p.layout === layout && p.series === near.series);
  return series < 0 ? undefined : { series, point: near.point };
}

/** A panel's value ticks: the scale's ends and middle are enough to read a short panel by. */
export function panelTicks<T>(ticks: ReadonlyArray<T>): T[] {
  return ticks.filter((_, i, all) => i === 0 || i === all.length - 1 || i * 2 === all.length - 1);
}

/**
 * One series the keyboard cursor walks: a drawn series (`drawn`, its index among the drawn) or,
 * right after it, the young person's own reading beside it (`isOwn`), with its geometry.
 */
export interface CursorStop {
  readonly drawn: number;
  readonly isOwn: boolean;
  readonly series: TrendSeriesLayout;
}

/**
 * The series the cursor walks, in the keyboard's order: each drawn series, then its own reading
 * when one is drawn with points inside the shown dates (ArrowDown steps from a line to its own
 * diamonds, then to the next line), so every mark drawn can be reached.
 */
export function cursorStopsOf(drawing: TrendDrawing): CursorStop[] {
  return drawing.placed.flatMap((series, drawn) => {
    const own = drawing.own[drawn];
    const ownStop = own && own.points.length > 0 ? [{ drawn, isOwn: true, series: own }] : [];
    return [{ drawn, isOwn: false, series }, ...ownStop];
  });
}

/** The point a cursor over `stops` stands on; undefined when it is off them. */
export function stopPointOf(
  stops: ReadonlyArray<CursorStop>,
  cursor: PointRef | undefined,
): TrendPoint | undefined {
  return cursor ? stops[cursor.series]?.series.points[cursor.point] : undefined;
}

/**
 * `stopNear(drawing, stops, layout, at, radius)`: the point nearest `at` among the stops drawn in
 * layout `layout` (a line's points before its own diamonds where both stand on the same spot), as
 * a cursor over `stops`; undefined if none is within `radius`.
 */
export function stopNear(
  drawing: TrendDrawing,
  stops: ReadonlyArray<CursorStop>,
  layout: number,
  at: PlacedPoint,
  radius: number,
): PointRef | undefined {
  const here = stops.flatMap((stop, index) =>
    drawing.placedIn[stop.drawn]?.layout === layout ? [{ stop, index }] : [],
  );
  const near = nearestPoint(
    here.map((h) => h.stop.series),
    at,
    radius,
  );
  const hit = near && here[near.series];
  return hit && near ? { series: hit.index, point: near.point } : undefined;
}
