import { linearScale } from './linear.js';
import { closedPath } from './path.js';
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
  /**
   * The axis labels' widths, px, in axis order (default none: no label boxes, and the ring values
   * between the first two spokes). Each label is two lines, a name above its value, centred beyond
   * its spoke; the ring values are placed clear of these boxes.
   */
  readonly labelWidths?: ReadonlyArray<number>;
  /**
   * How much larger than their 12 and 13 px the labels are drawn (default 1; 2 at 200 % text): the
   * labels' places, line gap and boxes, and the ring values' boxes, grow by as much (WCAG 1.4.4).
   */
  readonly labelScale?: number;
}

/** A box in the radar's square, px: its left, top, width and height. */
export interface RadarBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A two-line axis label: centred on `x`, the name's baseline at `nameY`, the value's at `valueY`. */
export interface RadarLabel {
  readonly x: number;
  readonly nameY: number;
  readonly valueY: number;
  readonly box: RadarBox;
}

/** A ring's value as written on the chart: centred on `x`, `y`. */
export interface RadarRingLabel {
  readonly value: number;
  readonly x: number;
  readonly y: number;
  readonly box: RadarBox;
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
  /** The two-line label as drawn, when the input gave its width. */
  readonly label: RadarLabel | undefined;
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
  /** One value per ring, all between the same two spokes, clear of every axis label box. */
  readonly ringLabels: ReadonlyArray<RadarRingLabel>;
}

/** The label font sizes the star draws with at 100 % text, px: the boxes below are worked out from them. */
const nameSize = 13;
const valueSize = 12;
const lineGap = 15;
/** A ring value's box: about 0.6 em per digit at 12 px, plus its 3 px halo. */
const digitWidth = 7.2;
const ringLabelHeight = 14;
/** Room kept between a ring value and an axis label, px. */
const clearance = 2;
/**
 * Room above the rim for the top label's two lines, px at 100 %: the name's baseline stands 34 px
 * above the rim and its glyphs reach about 0.95 em (12.4 px) higher, 46.4 in all.
 */
const topRoom = 48;

/**
 * `radarFit({ width, labelWidths, rings?, labelScale? })`: the drawing's height and the room around
 * the radar for a drawing `width` px wide, so that the widest axis label still fits beside a side
 * spoke. `hasRoom` says whether the rings (default 4) are far enough apart to write a value on
 * each: when they are not, the labels crowd the radar itself and the star draws its slopes
 * instead. Larger labels (`labelScale`, the label widths given as drawn) take more room.
 */
export function radarFit(input: {
  readonly width: number;
  readonly labelWidths: ReadonlyArray<number>;
  readonly rings?: number;
  readonly labelScale?: number;
}): { readonly height: number; readonly labelRoom: number; readonly hasRoom: boolean } {
  const k = Math.max(1, input.labelScale ?? 1);
  const width = Math.max(200, Math.floor(input.width));
  const height = Math.round(Math.min(480, Math.max(300, width * 0.8)) + 2 * topRoom * (k - 1));
  const count = Math.max(3, input.labelWidths.length);
  const halfLabel = Math.max(...input.labelWidths, 29 * k) / 2 + 6 * k;
  // The top label's two lines and their gap take `topRoom` px above the rim (times k).
  let radius = height / 2 - topRoom * k;
  for (let i = 0; i < count; i++) {
    const sin = Math.abs(Math.sin((i * 2 * Math.PI) / count));
    if (sin > 0.1) radius = Math.min(radius, (width / 2 - halfLabel - 18 * k) / sin);
  }
  const hasRoom = radius >= (input.rings ?? 4) * (ringLabelHeight * k + clearance);
  radius = Math.max(40, radius);
  return { height, labelRoom: height / 2 - radius, hasRoom };
}

function overlaps(a: RadarBox, b: RadarBox): boolean {
  return (
    a.x < b.x + b.width + clearance &&
    b.x < a.x + a.width + clearance &&
    a.y < b.y + b.height + clearance &&
    b.y < a.y + a.height + clearance
  );
}

/**
 * `radarLayout(input)`: the geometry of the trait star. The axis order is fixed by the input and
 * the scale's minimum is the centre, so the same values always make the same shape.
 */
export function radarLayout(input: RadarInput): RadarLayout {
  const labelRoom = input.labelRoom ?? 56;
  const k = Math.max(1, input.labelScale ?? 1);
  const center = input.size / 2;
  const radius = Math.max(1, center - labelRoom);
  const r = linearScale([input.scale.min, input.scale.max], [0, radius], { clamp: true });
  const count = input.axes.length;
  const twoLineLabel = (angle: number, width: number | undefined): RadarLabel | undefined => {
    if (width === undefined) return undefined;
    const distance = radius + 14 * k;
    const cos = Math.cos(angle);
    const x = round(center + distance * Math.sin(angle));
    // Above an upward spoke, below a downward one, centred on a level one.
    const nameY = round(center - distance * cos + (cos > 0.3 ? -20 : cos < -0.3 ? 8 : -6) * k);
    const top = nameY - nameSize * k * 0.8;
    const bottom = nameY + lineGap * k + valueSize * k * 0.25;
    return {
      x,
      nameY,
      valueY: round(nameY + lineGap * k),
      box: { x: round(x - width / 2), y: round(top), width: round(width), height: round(bottom - top) },
    };
  };
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
    const width = input.labelWidths?.[i];
    return { id, angle, ...end, labelX: label.x, labelY: label.y, anchor, label: twoLineLabel(angle, width) };
  });

  const rings: Array<{ value: number; path: string }> = [];
  const step = input.scale.step ?? 1;
  for (let value = input.scale.min + step; value <= input.scale.max + 1e-9; value += step) {
    const ring = input.axes.map((_, i) => at(angleAt(i), r(value)));
    rings.push({ value: round(value), path: closedPath(ring) });
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
      path = closedPath(points);
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

  const ringLabels = placeRingLabels(
    rings.map((ring) => ring.value),
    (value) => r(value),
    count,
    center,
    axes.flatMap((axis) => (axis.label ? [axis.label.box] : [])),
    k,
  );

  return { center: round(center), radius: round(radius), axes, rings, outlines, ringLabels };
}

/**
 * The ring values all stand between one pair of neighbouring spokes, each pulled in from its ring
 * by one offset: the first pair and offset (nearest the top, then nearest the ring) whose boxes
 * keep clear of every axis label. A crowded radar falls back to the pair that overlaps least.
 */
function placeRingLabels(
  values: ReadonlyArray<number>,
  distanceOf: (value: number) => number,
  count: number,
  center: number,
  labelBoxes: ReadonlyArray<RadarBox>,
  k: number,
): RadarRingLabel[] {
  const gaps = Math.max(1, count);
  // Gaps clockwise from the top, alternating right and left: 0, n−1, 1, n−2, …
  const order = Array.from({ length: gaps }, (_, i) => (i % 2 === 0 ? i / 2 : gaps - (i + 1) / 2));
  const offsets = [0, 4, 8, 12, 16].map((offset) => offset * k);
  const at = (gap: number, offset: number) => {
    const angle = ((gap + 0.5) * 2 * Math.PI) / gaps;
    return values.map((value): RadarRingLabel => {
      const distance = Math.max(0, distanceOf(value) - offset);
      const x = round(center + distance * Math.sin(angle));
      const y = round(center - distance * Math.cos(angle));
      const width = (String(value).length * digitWidth + 4) * k;
      const box = {
        x: round(x - width / 2),
        y: round(y - (ringLabelHeight * k) / 2),
        width: round(width),
        height: ringLabelHeight * k,
      };
      return { value, x, y, box };
    });
  };
  let best: RadarRingLabel[] | undefined;
  let fewest = Infinity;
  for (const gap of order) {
    for (const offset of offsets) {
      const placed = at(gap, offset);
      const clashes = placed.filter((p) => labelBoxes.some((box) => overlaps(p.box, box))).length;
      if (clashes === 0) return placed;
      if (clashes < fewest) {
        fewest = clashes;
        best = placed;
      }
    }
  }
  return best ?? at(0, 0);
}
