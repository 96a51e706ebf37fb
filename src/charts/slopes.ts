import { linearScale } from './linear.js';
import { round } from './time.js';

export interface SlopesInput {
  readonly items: ReadonlyArray<{
    readonly id: string;
    readonly before: number | null;
    readonly after: number | null;
    /** The young person's own reading now, drawn as a second mark beside "after" (default none). */
    readonly self?: number | null | undefined;
  }>;
  readonly scale: { readonly min: number; readonly max: number; readonly step?: number };
  readonly width: number;
  readonly height: number;
  /** Room above and below the slopes, px (default 16 / 48: the labels go below). */
  readonly top?: number;
  readonly bottom?: number;
}

export interface SlopePanel {
  readonly id: string;
  /** The panel's left edge and width. */
  readonly x: number;
  readonly width: number;
  readonly beforeX: number;
  readonly afterX: number;
  readonly beforeY: number | null;
  readonly afterY: number | null;
  /** The own reading's mark: just right of "after", so neither hides the other; null y when none. */
  readonly selfX: number;
  readonly selfY: number | null;
  /** The before → after line; empty when either end has no value. */
  readonly path: string;
}

export interface SlopesLayout {
  readonly panels: ReadonlyArray<SlopePanel>;
  readonly yTicks: ReadonlyArray<{ readonly y: number; readonly value: number }>;
  readonly plotTop: number;
  readonly plotBottom: number;
}

/**
 * `slopesLayout(input)`: one small before → after line per item, side by side on one shared value
 * scale. Unlike a radar, the length and angle of each line depend only on its own two values.
 */
export function slopesLayout(input: SlopesInput): SlopesLayout {
  const top = input.top ?? 16;
  const bottom = input.height - (input.bottom ?? 48);
  const y = linearScale([input.scale.min, input.scale.max], [bottom, top], { clamp: true });
  const count = Math.max(1, input.items.length);
  const panelWidth = input.width / count;
  const panels = input.items.map((item, i): SlopePanel => {
    const x = i * panelWidth;
    const beforeX = round(x + panelWidth * 0.25);
    const afterX = round(x + panelWidth * 0.75);
    const beforeY = item.before === null ? null : round(y(item.before));
    const afterY = item.after === null ? null : round(y(item.after));
    const path = beforeY === null || afterY === null ? '' : `M${beforeX},${beforeY}L${afterX},${afterY}`;
    const selfY = item.self == null ? null : round(y(item.self));
    return {
      id: item.id,
      selfX: round(x + panelWidth * 0.9),
      x: round(x),
      width: round(panelWidth),
      beforeX,
      afterX,
      beforeY,
      afterY,
      selfY,
      path,
    };
  });
  const yTicks: Array<{ y: number; value: number }> = [];
  for (let value = input.scale.min; value <= input.scale.max + 1e-9; value += input.scale.step ?? 1) {
    yTicks.push({ y: round(y(value)), value: round(value) });
  }
  return { panels, yTicks, plotTop: top, plotBottom: bottom };
}

/** How the slopes stand: side by side in columns, or one row per item. */
export type SlopesArrangement = 'columns' | 'rows';

/**
 * `slopesArrangement({ width, count, widestWord, gap? })`: columns while each column (`width`
 * shared by `count`, less `gap` between them) holds the widest word of any label whole; rows
 * otherwise. The browser may have no hyphenation dictionary for the language (Chromium has none
 * for Danish), and a name broken mid-word ("Ansva rsbevi dsthed") cannot be read.
 */
export function slopesArrangement(input: {
  readonly width: number;
  readonly count: number;
  readonly widestWord: number;
  readonly gap?: number;
}): SlopesArrangement {
  const column = input.width / Math.max(1, input.count) - (input.gap ?? 0);
  return column >= input.widestWord ? 'columns' : 'rows';
}

export interface SlopeRowsInput {
  readonly items: SlopesInput['items'];
  readonly scale: SlopesInput['scale'];
  /** Each row's small drawing, px. */
  readonly width: number;
  readonly height: number;
  /** Room inside the drawing's edges, so the end dots are not cut off, px (default 6). */
  readonly inset?: number;
  /** Room right of the drawing for the own reading's mark, px (default 0: drawn on "after"). */
  readonly selfRoom?: number;
}

export interface SlopeRowsLayout {
  /** One drawing per item, each in its own coordinates: before at the left, after at the right. */
  readonly rows: ReadonlyArray<SlopePanel>;
  /** The scale's ends, drawn in every row so the rows can be compared. */
  readonly lines: ReadonlyArray<{ readonly y: number; readonly value: number }>;
}

/**
 * `slopeRowsLayout(input)`: the rows arrangement, where each item's label has a whole row and its
 * before → after line is a short slope beside its values. Every row shares one value scale.
 */
export function slopeRowsLayout(input: SlopeRowsInput): SlopeRowsLayout {
  const inset = input.inset ?? 6;
  const y = linearScale([input.scale.min, input.scale.max], [input.height - inset, inset], { clamp: true });
  const beforeX = inset;
  const afterX = input.width - inset;
  const rows = input.items.map((item): SlopePanel => {
    const beforeY = item.before === null ? null : round(y(item.before));
    const afterY = item.after === null ? null : round(y(item.after));
    const path = beforeY === null || afterY === null ? '' : `M${beforeX},${beforeY}L${afterX},${afterY}`;
    const selfY = item.self == null ? null : round(y(item.self));
    const selfX = afterX + (input.selfRoom ?? 0);
    return { id: item.id, x: 0, width: input.width, beforeX, afterX, beforeY, afterY, selfX, selfY, path };
  });
  const lines = [input.scale.min, input.scale.max].map((value) => ({ y: round(y(value)), value }));
  return { rows, lines };
}
