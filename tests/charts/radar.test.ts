import { expect } from '@open-wc/testing';
import { radarLayout } from '../../src/charts/radar.js';

const axes = ['a', 'b', 'c', 'd'];
const base = { axes, scale: { min: 1, max: 5 }, size: 200, labelRoom: 20 };

describe('radarLayout(input)', () => {
  it('spreads the axes clockwise from the top, with the minimum at the centre', () => {
    const layout = radarLayout({ ...base, outlines: [] });
    expect(layout.center).to.equal(100);
    expect(layout.radius).to.equal(80);
    expect(layout.axes.map((a) => [a.id, a.x, a.y, a.anchor])).to.deep.equal([
      ['a', 100, 20, 'middle'],
      ['b', 180, 100, 'start'],
      ['c', 100, 180, 'middle'],
      ['d', 20, 100, 'end'],
    ]);
  });

  it('draws a full outline as a closed polygon', () => {
    const layout = radarLayout({ ...base, outlines: [{ id: 'now', values: [5, 3, 1, 3] }] });
    const outline = layout.outlines[0]!;
    expect(outline.isClosed).to.equal(true);
    // 5 is the rim (80 px up), 3 is half way (40 px right), 1 the centre, 3 half way left.
    expect(outline.path).to.equal('M100,20L140,100L100,100L60,100Z');
  });

  it('leaves a missing value open instead of pulling the outline to the centre', () => {
    const layout = radarLayout({ ...base, outlines: [{ id: 'now', values: [5, null, 3, 3] }] });
    const outline = layout.outlines[0]!;
    expect(outline.isClosed).to.equal(false);
    expect(outline.points.map((p) => p.axis)).to.deep.equal(['a', 'c', 'd']);
    // Only c–d and d–a are neighbours with values.
    expect(outline.path).to.equal('M100,140L60,100M60,100L100,20');
  });

  it('draws one ring per step of the scale above the minimum', () => {
    const layout = radarLayout({ ...base, outlines: [] });
    expect(layout.rings.map((r) => r.value)).to.deep.equal([2, 3, 4, 5]);
    expect(layout.rings[3]!.path).to.equal('M100,20L180,100L100,180L20,100Z');
  });
});
