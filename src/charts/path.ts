/**
 * SVG path strings for lines, closed outlines and marker symbols: the little of d3-shape the charts
 * use, written out. d3-shape ships one bundled file that does not tree-shake (`line` alone brings
 * 27 KB of d3-shape and d3-path into every portal page), so the kit writes these paths itself, in
 * d3's exact format: `tests/charts/path.test.ts` compares every function with d3-shape, which stays
 * the reference as a dev dependency. Symbol geometry after d3-shape (ISC licence, Mike Bostock).
 */

export interface XY {
  readonly x: number;
  readonly y: number;
}

/**
 * `linePath(points)`: a straight line through the points; `null` breaks it (d3's `line().defined`),
 * and a lone point between breaks is drawn as `M x,yZ`, as d3 draws it. Coordinates are written to
 * 3 decimals (d3's `line.digits` default). '' when there is no point.
 */
export function linePath(points: ReadonlyArray<XY | null>): string {
  let out = '';
  let run = 0;
  for (const p of points) {
    if (p === null) {
      if (run === 1) out += 'Z';
      run = 0;
      continue;
    }
    out += `${run === 0 ? 'M' : 'L'}${Math.round(p.x * 1000) / 1000},${Math.round(p.y * 1000) / 1000}`;
    run++;
  }
  if (run === 1) out += 'Z';
  return out;
}

/** `closedPath(points)`: an outline through the points, closed back to the first (d3's `curveLinearClosed`). */
export function closedPath(points: ReadonlyArray<XY>): string {
  const line = linePath(points);
  return points.length > 1 ? `${line}Z` : line;
}

export type SymbolShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'wye';

const { sqrt, sin, cos, PI: pi } = Math;
const tau = 2 * pi;
const sqrt3 = sqrt(3);
const tan30 = sqrt(1 / 3);
const starArea = 0.8908130915292852;
const starR = sin(pi / 10) / sin((7 * pi) / 10);
const starX = sin(tau / 10) * starR;
const starY = -cos(tau / 10) * starR;
const wyeC = -0.5;
const wyeS = sqrt(3) / 2;
const wyeK = 1 / sqrt(12);
const wyeA = (wyeK / 2 + 1) * 3;

/** A polygon's corners around (0, 0), for a symbol of `size` px² (d3's symbol geometry). */
function corners(shape: Exclude<SymbolShape, 'circle' | 'square'>, size: number): number[] {
  switch (shape) {
    case 'triangle': {
      const y = -sqrt(size / (sqrt3 * 3));
      return [0, y * 2, -sqrt3 * y, -y, sqrt3 * y, -y];
    }
    case 'diamond': {
      const y = sqrt(size / (tan30 * 2));
      const x = y * tan30;
      return [0, -y, x, 0, 0, y, -x, 0];
    }
    case 'cross': {
      const r = sqrt(size / 5) / 2;
      return [
        -3 * r,
        -r,
        -r,
        -r,
        -r,
        -3 * r,
        r,
        -3 * r,
        r,
        -r,
        3 * r,
        -r,
        3 * r,
        r,
        r,
        r,
        r,
        3 * r,
        -r,
        3 * r,
        -r,
        r,
        -3 * r,
        r,
      ];
    }
    case 'star': {
      const r = sqrt(size * starArea);
      const x = starX * r;
      const y = starY * r;
      const out = [0, -r, x, y];
      for (let i = 1; i < 5; ++i) {
        const a = (tau * i) / 5;
        const c = cos(a);
        const s = sin(a);
        out.push(s * r, -c * r, c * x - s * y, s * x + c * y);
      }
      return out;
    }
    case 'wye': {
      const r = sqrt(size / wyeA);
      const [x0, y0] = [r / 2, r * wyeK];
      const [x1, y1] = [x0, r * wyeK + r];
      const [x2, y2] = [-x1, y1];
      const [c, s] = [wyeC, wyeS];
      return [
        x0,
        y0,
        x1,
        y1,
        x2,
        y2,
        c * x0 - s * y0,
        s * x0 + c * y0,
        c * x1 - s * y1,
        s * x1 + c * y1,
        c * x2 - s * y2,
        s * x2 + c * y2,
        c * x0 + s * y0,
        c * y0 - s * x0,
        c * x1 + s * y1,
        c * y1 - s * x1,
        c * x2 + s * y2,
        c * y2 - s * x2,
      ];
    }
  }
}

/** One symbol of `size` px² centred on (cx, cy), as d3's `symbol` writes it at that offset. */
export function symbolPath(shape: SymbolShape, cx: number, cy: number, size: number): string {
  if (shape === 'circle') {
    const r = sqrt(size / pi);
    if (!r) return `M${cx},${cy}`;
    return `M${r + cx},${cy}A${r},${r},0,1,1,${cx - r},${cy}A${r},${r},0,1,1,${cx + r},${cy}`;
  }
  if (shape === 'square') {
    const w = sqrt(size);
    const x = -w / 2;
    return `M${x + cx},${x + cy}h${w}v${w}h${-w}Z`;
  }
  const xy = corners(shape, size);
  let out = '';
  for (let i = 0; i < xy.length; i += 2)
    out += `${i ? 'L' : 'M'}${(xy[i] ?? 0) + cx},${(xy[i + 1] ?? 0) + cy}`;
  return `${out}Z`;
}
