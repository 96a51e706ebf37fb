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
import { closedPath, linePath, symbolsPath, type SymbolShape } from '../../src/charts/path.js';
import { monthStarts } from '../../src/charts/time.js';

// d3 is the reference: the kit's configured generators (d3's line with its gaps, closed curve and
// 3 digits; its symbols written relatively; utcMonth.every) must give d3's own default output.
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

describe('charts/path: lines written as d3-shape writes them', () => {
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
    expect(symbolsPath('square', [{ x: 10, y: 20 }], 16)).to.equal('M8,18h4v4h-4Z');
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

/** A path's vertices as absolute points (M, L, l, h, v, a endpoints), for comparing drawings. */
function vertices(d: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLlhvAaZ])([^MLlhvAaZ]*)/g)) {
    const n = (args ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    switch (command) {
      case 'M':
        [x, y] = [n[0]!, n[1]!];
        start = [x, y];
        break;
      case 'L':
      case 'A':
        [x, y] = command === 'L' ? [n[0]!, n[1]!] : [n[5]!, n[6]!];
        break;
      case 'l':
        [x, y] = [x + n[0]!, y + n[1]!];
        break;
      case 'a':
        [x, y] = [x + n[5]!, y + n[6]!];
        break;
      case 'h':
        x += n[0]!;
        break;
      case 'v':
        y += n[0]!;
        break;
      case 'Z':
        [x, y] = start;
        break;
    }
    out.push([x, y]);
  }
  return out;
}

describe('charts/path: markers of a whole series', () => {
  it('symbolsPath puts every corner within 0.02 px of d3’s symbols at the same points', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(d3Symbols) as SymbolShape[])),
        fc.array(point, { minLength: 1, maxLength: 8 }),
        fc.double({ min: 1, max: 400, noNaN: true }),
        (shape, points, size) => {
          const ours = vertices(symbolsPath(shape, points, size));
          const d3 = vertices(points.map((p) => d3Symbol(shape, p.x, p.y, size)).join(''));
          expect(ours.length, shape).to.equal(d3.length);
          ours.forEach(([x, y], i) => {
            expect(Math.abs(x - d3[i]![0]), `${shape} x ${i}`).to.be.below(0.02);
            expect(Math.abs(y - d3[i]![1]), `${shape} y ${i}`).to.be.below(0.02);
          });
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('hand-computed: a circle of 16π px² at (10, 20) has radius 4', () => {
    expect(symbolsPath('circle', [{ x: 10, y: 20 }], 16 * Math.PI)).to.equal(
      'M14,20a4,4,0,1,1,-8,0a4,4,0,1,1,8,0',
    );
  });
});
