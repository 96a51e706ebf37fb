import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { path as d3path } from 'd3-path';
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
} from 'd3-shape';
import { utcMonth, utcYear } from 'd3-time';
import { closedPath, linePath, symbolPath, type SymbolShape } from '../../src/charts/path.js';
import { monthStarts } from '../../src/charts/time.js';

// d3 is the reference (a dev dependency): the kit's own path writers must give its exact strings.
const coordinate = fc.oneof(
  fc.integer({ min: -2000, max: 2000 }),
  fc.double({ min: -5000, max: 5000, noNaN: true, noDefaultInfinity: true }),
);
const point = fc.record({ x: coordinate, y: coordinate });

const d3Symbols = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  star: symbolStar,
  wye: symbolWye,
} as const;

/** d3's symbol drawn at (cx, cy), the way the kit drew markers with d3 before. */
function d3Symbol(shape: SymbolShape, cx: number, cy: number, size: number): string {
  const target = d3path();
  d3Symbols[shape].draw(
    {
      moveTo: (x: number, y: number) => target.moveTo(x + cx, y + cy),
      lineTo: (x: number, y: number) => target.lineTo(x + cx, y + cy),
      closePath: () => target.closePath(),
      arc: (x: number, y: number, r: number, a0: number, a1: number, ccw?: boolean) =>
        target.arc(x + cx, y + cy, r, a0, a1, ccw),
      rect: (x: number, y: number, w: number, h: number) => target.rect(x + cx, y + cy, w, h),
    } as never,
    size,
  );
  return target.toString();
}

describe('charts/path: lines and symbols written as d3-shape writes them', () => {
  it('hand-computed: a line, a break, a lone point, a closed outline', () => {
    expect(linePath([])).to.equal('');
    expect(linePath([{ x: 0, y: 1 }, { x: 2, y: 3 }, null, { x: 4, y: 5 }])).to.equal('M0,1L2,3M4,5Z');
    expect(
      closedPath([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 5, y: 8 },
      ]),
    ).to.equal('M0,0L10,0L5,8Z');
    expect(symbolPath('square', 10, 20, 16)).to.equal('M8,18h4v4h-4Z');
  });

  it('linePath equals d3 line().defined() for any points and breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.option(point, { freq: 4 }), { maxLength: 40 }), (points) => {
        const d3 =
          line<{ x: number; y: number } | null>()
            .defined((p) => p !== null)
            .x((p) => p?.x ?? 0)
            .y((p) => p?.y ?? 0)(points) ?? '';
        expect(linePath(points)).to.equal(d3);
      }),
      { numRuns: 500 },
    );
  });

  it('closedPath equals d3 line().curve(curveLinearClosed)', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 12 }), (points) => {
        const d3 =
          line<{ x: number; y: number }>()
            .x((p) => p.x)
            .y((p) => p.y)
            .curve(curveLinearClosed)(points) ?? '';
        expect(closedPath(points)).to.equal(d3);
      }),
      { numRuns: 300 },
    );
  });

  it('symbolPath equals d3 symbols of every shape, size and place', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(d3Symbols) as SymbolShape[])),
        point,
        fc.double({ min: 0, max: 400, noNaN: true }),
        (shape, p, size) => {
          expect(symbolPath(shape, p.x, p.y, size), shape).to.equal(d3Symbol(shape, p.x, p.y, size));
        },
      ),
      { numRuns: 700 },
    );
  });

  it('monthStarts equals d3-time month and year ranges, for years 1–9999', () => {
    const day = 86_400_000;
    const start = new Date(0);
    start.setUTCFullYear(1, 0, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: start.getTime(), max: 253_402_214_400_000 - 1 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.constantFrom(1, 2, 3, 6, 12),
        (from, days, step) => {
          const to = from + days * day + (from % 7) * 3_600_000;
          const interval = step === 12 ? utcYear : utcMonth.filter((d) => d.getUTCMonth() % step === 0);
          const expected = interval.range(new Date(from), new Date(to)).map((d) => d.getTime());
          expect(monthStarts(from, to, step).map((d) => d.getTime())).to.deep.equal(expected);
        },
      ),
      { numRuns: 800 },
    );
  });
});
