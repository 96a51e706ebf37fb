import { expect } from '@open-wc/testing';
import { symbol, symbolDiamond, symbolSquare, symbolTriangle } from 'd3-shape';
import { markerShapeAt, markerShapes, markersPath } from '../../src/charts/markers.js';

/** The corners of a path of M, L (absolute) and l (relative) commands, for comparing with d3's. */
function corners(d: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLlZ])([^MLlZ]*)/g)) {
    const [a = 0, b = 0] = (args ?? '').split(',').filter(Boolean).map(Number);
    if (command === 'Z') continue;
    [x, y] = command === 'l' ? [x + a, y + b] : [a, b];
    out.push([x, y]);
  }
  return out;
}

describe('markerShapes and markerShapeAt(index)', () => {
  it('gives the series their shapes in order, starting over after the seventh', () => {
    expect(markerShapes).to.deep.equal(['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye']);
    expect([0, 1, 2, 3, 4, 5, 6].map(markerShapeAt)).to.deep.equal([...markerShapes]);
    // 7 % 7 = 0, 8 % 7 = 1, 13 % 7 = 6, 14 % 7 = 0.
    expect([7, 8, 13, 14].map(markerShapeAt)).to.deep.equal(['circle', 'square', 'wye', 'circle']);
    // Counting back cycles too: -1 is the seventh shape, -7 the first, -8 the seventh again.
    expect([-1, -7, -8].map(markerShapeAt)).to.deep.equal(['wye', 'circle', 'wye']);
  });
});

describe('markersPath(shape, points, area)', () => {
  it('hand-computed: squares of the default 64 px², 8 px a side, one path for every point', () => {
    // √64 = 8: each square starts 4 px up and left of its point. (10, 20) → (6, 16); (30, 5) → (26, 1).
    expect(
      markersPath('square', [
        { x: 10, y: 20 },
        { x: 30, y: 5 },
      ]),
    ).to.equal('M6,16h8v8h-8ZM26,1h8v8h-8Z');
    // 100 px²: √100 = 10, so 5 px up and left.
    expect(markersPath('square', [{ x: 0, y: 0 }], 100)).to.equal('M-5,-5h10v10h-10Z');
    expect(markersPath('wye', [])).to.equal('');
  });

  it('hand-computed: a circle, a triangle and a diamond of 64 px² at (10, 20), to 0.01 px', () => {
    // Circle: r = √(64 / π) = 4.5135… → 4.51; it starts at (10 + 4.51, 20), two arcs of 9.02 across.
    expect(markersPath('circle', [{ x: 10, y: 20 }])).to.equal(
      'M14.51,20a4.51,4.51,0,1,1,-9.02,0a4.51,4.51,0,1,1,9.02,0',
    );
    // Triangle: y = −√(64 / (3√3)) = −3.5095…; corners (0, 2y) = (0, −7.02), (−√3·y, −y) =
    // (6.08, 3.51) and (−6.08, 3.51). From (10, 20 − 7.02) = (10, 12.98): by (6.08, 3.51 + 7.02)
    // = (6.08, 10.53), then by (−12.16, 0).
    expect(markersPath('triangle', [{ x: 10, y: 20 }])).to.equal('M10,12.98l6.08,10.53l-12.16,0Z');
    // Diamond: y = √(64 / (2·tan 30°)) = 7.4448… → 7.44, x = y·tan 30° = 4.2983… → 4.3. From
    // (10, 20 − 7.44) = (10, 12.56) round its four corners.
    expect(markersPath('diamond', [{ x: 10, y: 20 }])).to.equal('M10,12.56l4.3,7.44l-4.3,7.44l-4.3,-7.44Z');
  });

  it('draws d3’s symbols at their default size, 64 px², within 0.01 px', () => {
    const origin = [{ x: 0, y: 0 }];
    // The square is written the same way, string for string.
    expect(markersPath('square', origin)).to.equal(symbol(symbolSquare)());
    for (const [shape, type] of [
      ['triangle', symbolTriangle],
      ['diamond', symbolDiamond],
    ] as const) {
      const ours = corners(markersPath(shape, origin));
      const d3 = corners(symbol(type)() ?? '');
      expect(ours.length, shape).to.equal(shape === 'triangle' ? 3 : 4);
      expect(ours.length, shape).to.equal(d3.length);
      ours.forEach(([x, y], i) => {
        expect(Math.abs(x - d3[i]![0]), `${shape} x ${i}`).to.be.at.most(0.01);
        expect(Math.abs(y - d3[i]![1]), `${shape} y ${i}`).to.be.at.most(0.01);
      });
    }
  });
});
