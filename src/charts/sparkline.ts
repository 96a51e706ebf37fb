import { linearScale } from './linear.js';
import { linePath } from './path.js';

export interface SparklineOptions {
  /** Drawing width in px. */
  readonly width: number;
  /** Drawing height in px. */
  readonly height: number;
  /** The value at the bottom; default: the smallest value. Pass the scale's minimum to compare sparklines. */
  readonly min?: number | undefined;
  /** The value at the top; default: the largest value. */
  readonly max?: number | undefined;
  /** Room kept free at every edge so markers and strokes are not clipped; default 3 px. */
  readonly inset?: number | undefined;
}

export interface SparklinePoint {
  readonly index: number;
  readonly value: number;
  readonly x: number;
  readonly y: number;
}

export interface SparklineGeometry {
  /** One SVG path for the line; it breaks (a new `M`) at every gap, so gaps stay gaps. */
  readonly path: string;
  /** The points that have a value, in order. */
  readonly points: ReadonlyArray<SparklinePoint>;
  /** Points with no neighbour on either side: a line cannot show them, so they need a marker. */
  readonly isolated: ReadonlyArray<SparklinePoint>;
  /** The last point with a value, marked so the eye finds "now". */
  readonly last: SparklinePoint | undefined;
}

const defaults = { inset: 3 } as const;

/**
 * `sparklineGeometry(values, options)`: a list of numbers (null for "no value") to a small line.
 * The x axis is the index, the y axis runs from `min` (bottom) to `max` (top).
 */
export function sparklineGeometry(
  values: ReadonlyArray<number | null>,
  options: SparklineOptions,
): SparklineGeometry {
  const inset = options.inset ?? defaults.inset;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v !== null && v < lo) lo = v;
    if (v !== null && v > hi) hi = v;
  }
  if (lo > hi) [lo, hi] = [0, 1];
  const min = options.min ?? lo;
  const max = options.max ?? hi;
  // A flat series (or a single value) is drawn across the middle rather than collapsing onto an edge.
  const domain: [number, number] = min === max ? [min - 1, max + 1] : [min, max];
  const x = linearScale([0, Math.max(1, values.length - 1)], [inset, Math.max(inset, options.width - inset)]);
  const y = linearScale(domain, [Math.max(inset, options.height - inset), inset], { clamp: true });

  const points: SparklinePoint[] = [];
  values.forEach((value, index) => {
    if (value !== null) points.push({ index, value, x: round(x(index)), y: round(y(value)) });
  });
  const path = linePath(values.map((v, i) => (v === null ? null : { x: round(x(i)), y: round(y(v)) })));
  const isolated = points.filter(
    (p) => (values[p.index - 1] ?? null) === null && (values[p.index + 1] ?? null) === null,
  );
  return { path, points, isolated, last: points.at(-1) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
