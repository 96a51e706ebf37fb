import { linearScale } from './linear.js';
import { curveLinearClosed, line } from 'd3-shape';
import { round } from './time.js';

export interface RadarInput {
  /** The axes, in their fixed order, clockwise from the top. */
  readonly axes: ReadonlyArray<string>;
  /** The outlines to draw: one value per axis (null: no value there). */
  readonly outlines: ReadonlyArray<{ readonly id: string; readonly values: ReadonlyArray<number | null> }>;
  readonly scale: { readonly min: number; readonly max: number; readonly step?: number };
  /** The square the radar fills, px. */
  readonly size: number;
  /** Room kept for the axis labels around the radar, px (default 56). */
  readonly labelRoom?: number;
}

export interface RadarAxis {
  readonly id: string;
  readonly angle: number;
  /** The spoke's outer end. */
  readonly x: number;
  readonly y: number;
  /** Where the label stands, and which way its text runs from there. */
  readonly labelX: number;
  readonly labelY: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface RadarOutline {
  readonly id: string;
  /** A closed outline when every axis has a value; otherwise open runs between the gaps. */
  readonly path: string;
  readonly isClosed: boolean;
  readonly points: ReadonlyArray<{
    readonly axis: string;
    readonly value: number;
    readonly x: number;
    readonly y: number;
  }>;
}

export interface RadarLayout {
  readonly center: number;
  readonly radius: number;
  readonly axes: ReadonlyArray<RadarAxis>;
  /** One ring per step of the scale, as closed polygons, with the value it marks. */
  readonly rings: ReadonlyArray<{ readonly value: number; readonly path: string }>;
  readonly outlines: ReadonlyArray<RadarOutline>;
}

/**
 * `radarLayout(input)`: the geometry of the trait star. The axis order is fixed by the input and
 * the scale's minimum is the centre, so the same values always make the same shape.
 */
export function radarLayout(input: RadarInput): RadarLayout {
  const labelRoom = input.labelRoom ?? 56;
  const center = input.size / 2;
  const radius = Math.max(1, center - labelRoom);
  const r = linearScale([input.scale.min, input.scale.max], [0, radius], { clamp: true });
  const count = input.axes.length;
  const angleAt = (i: number) => (count === 0 ? 0 : (i * 2 * Math.PI) / count);
  // Angles run clockwise from 12 o'clock, as on a clock face: x = sin, y = −cos.
  const at = (angle: number, distance: number) => ({
    x: round(center + distance * Math.sin(angle)),
    y: round(center - distance * Math.cos(angle)),
  });

  const axes = input.axes.map((id, i): RadarAxis => {
    const angle = angleAt(i);
    const end = at(angle, radius);
    const label = at(angle, radius + 12);
    const sin = Math.sin(angle);
    const anchor = Math.abs(sin) < 0.1 ? 'middle' : sin > 0 ? 'start' : 'end';
    return { id, angle, ...end, labelX: label.x, labelY: label.y, anchor };
  });

  const polygon = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y)
    .curve(curveLinearClosed);

  const rings: Array<{ value: number; path: string }> = [];
  const step = input.scale.step ?? 1;
  for (let value = input.scale.min + step; value <= input.scale.max + 1e-9; value += step) {
    const ring = input.axes.map((_, i) => at(angleAt(i), r(value)));
    rings.push({ value: round(value), path: polygon(ring) ?? '' });
  }

  const outlines = input.outlines.map((outline): RadarOutline => {
    const points = input.axes.flatMap((axis, i) => {
      const value = outline.values[i];
      if (value === null || value === undefined) return [];
      return [{ axis, value, ...at(angleAt(i), r(value)) }];
    });
    const isClosed = points.length === count && count > 2;
    let path: string;
    if (isClosed) {
      path = polygon(points) ?? '';
    } else {
      // Join only neighbouring axes that both have a value; never bridge a missing one.
      path = '';
      for (let i = 0; i < count; i++) {
        const a = outline.values[i];
        const b = outline.values[(i + 1) % count];
        if (a == null || b == null || (count < 3 && i === count - 1)) continue;
        const p = at(angleAt(i), r(a));
        const q = at(angleAt((i + 1) % count), r(b));
        path += `M${p.x},${p.y}L${q.x},${q.y}`;
      }
    }
    return { id: outline.id, path, isClosed, points };
  });

  return { center: round(center), radius: round(radius), axes, rings, outlines };
}
