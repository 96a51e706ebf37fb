import { expect } from '@open-wc/testing';
import { sparklineGeometry } from '../../src/charts/sparkline.js';

describe('sparklineGeometry(values, options)', () => {
  it('maps index to x and value to y, top is the maximum', () => {
    const g = sparklineGeometry([1, 3, 5], { width: 100, height: 20, min: 1, max: 5, inset: 0 });
    expect(g.points.map((p) => [p.x, p.y])).to.deep.equal([
      [0, 20],
      [50, 10],
      [100, 0],
    ]);
    expect(g.path).to.equal('M0,20L50,10L100,0');
    expect(g.last?.value).to.equal(5);
  });

  it('breaks the line at gaps instead of bridging them', () => {
    const g = sparklineGeometry([2, 3, null, 4, 5], { width: 40, height: 10, min: 1, max: 5, inset: 0 });
    expect(g.path).to.equal('M0,7.5L10,5M30,2.5L40,0');
    expect(g.points).to.have.length(4);
  });

  it('marks a value that has no neighbours, since a line cannot show it', () => {
    const g = sparklineGeometry([2, null, 4, null, 3, 3], {
      width: 50,
      height: 10,
      min: 1,
      max: 5,
      inset: 0,
    });
    expect(g.isolated.map((p) => p.index)).to.deep.equal([0, 2]);
  });

  it('draws a flat series across the middle, not on an edge', () => {
    const g = sparklineGeometry([3, 3, 3], { width: 20, height: 10, inset: 0 });
    expect(g.points).to.have.length(3);
    expect(g.points.every((p) => p.y === 5)).to.equal(true);
  });

  it('keeps values beyond min/max inside the drawing', () => {
    const g = sparklineGeometry([0, 9], { width: 10, height: 10, min: 1, max: 5, inset: 1 });
    expect(g.points.map((p) => p.y)).to.deep.equal([9, 1]);
  });

  it('returns an empty path and no last point for no values', () => {
    const g = sparklineGeometry([null, null], { width: 10, height: 10 });
    expect(g.path).to.equal('');
    expect(g.last).to.equal(undefined);
  });
});
