import { linearScale } from './linear.js';
import { round } from './time.js';

export interface SlopesInput {
  readonly items: ReadonlyArray<{
    readonly id: string;
    readonly before: number | null;
    readonly after: number | null;
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
    return { id: item.id, x: round(x), width: round(panelWidth), beforeX, afterX, beforeY, afterY, path };
  });
  const yTicks: Array<{ y: number; value: number }> = [];
  for (let value = input.scale.min; value <= input.scale.max + 1e-9; value += input.scale.step ?? 1) {
    yTicks.push({ y: round(y(value)), value: round(value) });
  }
  return { panels, yTicks, plotTop: top, plotBottom: bottom };
}
