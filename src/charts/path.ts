/**
 * SVG path strings for lines, closed outlines and marker symbols, drawn by d3-shape (a run-time
 * dependency, with d3-path).
 *
 * Why d3 is used here and no longer written out: an earlier note said d3-shape "does not
 * tree-shake (`line` alone brings 27 KB)". Measured with this repository's Vite (library mode,
 * minified, as `vite build --mode bundle`), `line` alone is 14.0 KB minified and 3.0 KB
 * min+gzip (gzip -9); `line`, `curveLinearClosed`, the seven symbols and d3-path together are
 * 15.6 KB minified, 3.5 KB min+gzip. The 27 KB was the same `line` built without minifying
 * (27,276 bytes, as the library build's `minify: false` writes it), never what a page loads
 * once a bundler minifies and the server gzips. Nothing was wrong with the import: `d3-shape`
 * resolves through its `exports` to the ES module `dist/d3-shape.mjs` (`sideEffects: false`).
 * What does stay behind is that d3-shape ships one file, so a few top-level curve factories it
 * builds on load (`curveRadial(curveLinear)`, the cardinal and Catmull–Rom families) come along
 * with `line`: about 10 KB minified, well under 1 KB of the gzip figure above.
 *
 * `tests/charts/path.test.ts` keeps comparing these with d3's own generators, string for string.
 */
import {
  curveLinearClosed,
  line,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';

export interface XY {
  readonly x: number;
  readonly y: number;
}

/** 3 decimals: d3's `line.digits` default, written out so the charts' strings do not move with it. */
const lineDigits = 3;

const open = line<XY | null>()
  .defined((p) => p !== null)
  .x((p) => p?.x ?? 0)
  .y((p) => p?.y ?? 0)
  .digits(lineDigits);

const closed = line<XY>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveLinearClosed)
  .digits(lineDigits);

/**
 * `linePath(points)`: a straight line through the points; `null` breaks it (d3's `line().defined`),
 * and a lone point between breaks is drawn as `M x,yZ`. Coordinates to 3 decimals. '' when there
 * is no point.
 */
export function linePath(points: ReadonlyArray<XY | null>): string {
  return open(points as Array<XY | null>) ?? '';
}

/** `closedPath(points)`: an outline through the points, closed back to the first (d3's `curveLinearClosed`). */
export function closedPath(points: ReadonlyArray<XY>): string {
  return closed(points as XY[]) ?? '';
}

export type SymbolShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'wye';

const symbols: Record<SymbolShape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  star: symbolStar,
  wye: symbolWye,
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * What d3's symbol draws around (0, 0), caught from its `draw(context, size)`: the corners of a
 * polygon, or the radius of the circle's arc, or the side of the square's rect.
 */
function drawnSymbol(
  shape: SymbolShape,
  size: number,
): { corners: number[]; radius?: number; side?: number } {
  const corners: number[] = [];
  const drawn: { corners: number[]; radius?: number; side?: number } = { corners };
  symbols[shape].draw(
    {
      moveTo: (x: number, y: number) => void corners.push(x, y),
      lineTo: (x: number, y: number) => void corners.push(x, y),
      closePath: () => undefined,
      arc: (_x: number, _y: number, r: number) => void (drawn.radius = r),
      rect: (_x: number, _y: number, w: number) => void (drawn.side = w),
    } as never,
    size,
  );
  return drawn;
}

/**
 * A symbol as a start point relative to its centre and a suffix of relative commands, so that a
 * hundred markers of one shape cost two numbers each: a chart of 6 × 104 weeks draws 600 of them.
 * d3's `symbol()` writes each marker out absolutely (up to 24 numbers for a cross); the geometry
 * is d3's, the relative writing is the kit's.
 */
function relativeSymbol(shape: SymbolShape, size: number): { dx: number; dy: number; suffix: string } {
  const { corners, radius, side } = drawnSymbol(shape, size);
  if (radius !== undefined) {
    const r = round2(radius);
    return { dx: r, dy: 0, suffix: r ? `a${r},${r},0,1,1,${-2 * r},0a${r},${r},0,1,1,${2 * r},0` : '' };
  }
  if (side !== undefined) {
    const w = round2(side);
    return { dx: -w / 2, dy: -w / 2, suffix: `h${w}v${w}h${-w}Z` };
  }
  const xy = corners.map(round2);
  let suffix = '';
  for (let i = 2; i < xy.length; i += 2) {
    suffix += `l${round2((xy[i] ?? 0) - (xy[i - 2] ?? 0))},${round2((xy[i + 1] ?? 0) - (xy[i - 1] ?? 0))}`;
  }
  return { dx: xy[0] ?? 0, dy: xy[1] ?? 0, suffix: `${suffix}Z` };
}

/**
 * `symbolsPath(shape, points, size)`: d3's symbol of `size` px² at every point, in one path
 * string, to 0.01 px. `tests/charts/path.test.ts` checks that every corner lands within 0.02 px of
 * d3's `symbol()` drawn at the same point.
 */
export function symbolsPath(shape: SymbolShape, points: ReadonlyArray<XY>, size: number): string {
  const { dx, dy, suffix } = relativeSymbol(shape, size);
  let out = '';
  for (const p of points) out += `M${round2(p.x + dx)},${round2(p.y + dy)}${suffix}`;
  return out;
}
