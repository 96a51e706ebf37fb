/**
 * What a trend chart draws for one width: its layouts (one for the overlay, one per panel), the
 * drawing's size, and where each drawn series stands in them. Worked out once per update, before
 * the chart renders, so the lines, the cursor and the callout are all placed from the same geometry.
 */
import { nearestPoint, type PlacedPoint, type PointRef } from './interaction.js';
import {
  trendLayout,
  trendPanelsLayout,
  type TrendLayout,
  type TrendLayoutInput,
  type TrendPoint,
  type TrendSeriesLayout,
} from './trend.js';

/** `panels`: one small drawing per series on shared axes; `overlay`: every series on one set of axes. */
export type TrendDrawingKind = 'panels' | 'overlay';

export interface TrendDrawingInput extends Omit<TrendLayoutInput, 'height' | 'margin' | 'width'> {
  readonly kind: TrendDrawingKind;
  /** The measured width, px; the drawing is at least 200 wide and a whole number of px. */
  readonly width: number;
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
}

export const trendDrawingDefaults = {
  minWidth: 200,
  overlayMargin: { left: 32, right: 12, top: 28, bottom: 32 },
  panelMargin: { left: 32, right: 12, top: 8, bottom: 8 },
} as const;

/**
 * `trendDrawing(input)`: the layouts for `input.width`. The overlay is tall enough on a narrow
 * tablet column that the plot, not the title and legend, fills the chart (0.55 of the width,
 * 270–420 px); a panel is short (0.12 of the width, 72–120 px).
 */
export function trendDrawing(input: TrendDrawingInput): TrendDrawing {
  const width = Math.max(trendDrawingDefaults.minWidth, Math.floor(input.width));
  if (input.kind === 'panels') {
    const height = Math.round(Math.min(120, Math.max(72, width * 0.12)));
    const { panels } = trendPanelsLayout({
      ...input,
      width,
      panelHeight: height,
      margin: trendDrawingDefaults.panelMargin,
    });
    return {
      kind: input.kind,
      width,
      height,
      layouts: panels,
      placedIn: panels.map((_, i) => ({ layout: i, series: 0 })),
      placed: panels.flatMap((p) => p.series.slice(0, 1)),
    };
  }
  const height = Math.round(Math.min(420, Math.max(270, width * 0.55)));
  const layout = trendLayout({ ...input, width, height, margin: trendDrawingDefaults.overlayMargin });
  return {
    kind: input.kind,
    width,
    height,
    layouts: [layout],
    placedIn: layout.series.map((_, i) => ({ layout: 0, series: i })),
    placed: layout.series,
  };
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
