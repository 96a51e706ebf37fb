/**
 * SVG path strings for lines, closed outlines and marker symbols: the little of d3-shape the charts
 * use, written out. d3-shape ships one bundled file that does not tree-shake (`line` alone brings
 * 27 KB of d3-shape and d3-path into every portal page), so the kit writes these paths itself:
 * `tests/charts/path.test.ts` compares them with d3-shape, which stays the reference as a dev
 * dependency (lines string for string, symbols corner by corner). Symbol geometry after d3-shape
 * (ISC licence, Mike Bostock).
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

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A symbol as a start point relative to its centre and a suffix of relative commands, so that a
 * hundred markers of one shape cost two numbers each: a chart of 6 × 104 weeks draws 600 of them.
 */
function relativeSymbol(shape: SymbolShape, size: number): { dx: number; dy: number; suffix: string } {
  if (shape === 'circle') {
    const r = round2(sqrt(size / pi));
    return { dx: r, dy: 0, suffix: r ? `a${r},${r},0,1,1,${-2 * r},0a${r},${r},0,1,1,${2 * r},0` : '' };
  }
  if (shape === 'square') {
    const w = round2(sqrt(size));
    return { dx: -w / 2, dy: -w / 2, suffix: `h${w}v${w}h${-w}Z` };
  }
  const xy = corners(shape, size).map(round2);
  let suffix = '';
  for (let i = 2; i < xy.length; i += 2) {
    suffix += `l${round2((xy[i] ?? 0) - (xy[i - 2] ?? 0))},${round2((xy[i + 1] ?? 0) - (xy[i - 1] ?? 0))}`;
  }
  return { dx: xy[0] ?? 0, dy: xy[1] ?? 0, suffix: `${suffix}Z` };
}

/**
 * `symbolsPath(shape, points, size)`: one symbol at every point, in one path string, to 0.01 px
 * (d3's symbols at each point, drawn with relative commands). `tests/charts/path.test.ts` checks
 * that every corner lands within 0.02 px of d3's.
 */
export function symbolsPath(shape: SymbolShape, points: ReadonlyArray<XY>, size: number): string {
  const { dx, dy, suffix } = relativeSymbol(shape, size);
  let out = '';
  for (const p of points) out += `M${round2(p.x + dx)},${round2(p.y + dy)}${suffix}`;
  return out;
}
