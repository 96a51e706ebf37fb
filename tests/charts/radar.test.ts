import { expect } from '@open-wc/testing';
import { radarFit, radarLayout, type RadarBox } from '../../src/charts/radar.js';

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

  it('stands each two-line label beyond its spoke: above at the top, below at the bottom', () => {
    const layout = radarLayout({ ...base, outlines: [], labelWidths: [60, 60, 60, 60] });
    // Radius 80, labels 94 px out: the top name's baseline 20 px higher, the bottom's 8 px lower,
    // a level one's 6 px up; the value 15 px below its name; the box from 0.8 em above the name
    // (10.4 px) to 0.25 em below the value (3 px).
    expect(layout.axes.map((a) => [a.label!.x, a.label!.nameY, a.label!.valueY])).to.deep.equal([
      [100, -14, 1],
      [194, 94, 109],
      [100, 202, 217],
      [6, 94, 109],
    ]);
    expect(layout.axes[0]!.label!.box).to.deep.equal({ x: 70, y: -24.4, width: 60, height: 28.4 });
  });

  it('writes the ring values between the first two spokes when nothing is in the way', () => {
    const layout = radarLayout({ ...base, outlines: [] });
    // Half way between a (0°) and b (90°), at 45°: ring 5 at the rim, 80 × sin 45° = 56.57 out.
    expect(layout.ringLabels.map((l) => l.value)).to.deep.equal([2, 3, 4, 5]);
    expect([layout.ringLabels[3]!.x, layout.ringLabels[3]!.y]).to.deep.equal([156.57, 43.43]);
  });

  it('says a radar has room only while its 4 rings stand 16 px apart', () => {
    // Six labels 120 px wide: a side spoke (sin 60°) allows (w / 2 − 66 − 18) / 0.866 px.
    // 300 px: 76.2 px, room; 240 px: 41.6 px, no room (a ring value is 14 px tall, plus 2 clear).
    const labelWidths = [120, 120, 120, 120, 120, 120];
    expect(radarFit({ width: 300, labelWidths })).to.deep.include({ height: 300, hasRoom: true });
    expect(radarFit({ width: 300, labelWidths }).labelRoom).to.be.closeTo(150 - 76.21, 0.01);
    expect(radarFit({ width: 240, labelWidths })).to.deep.include({ hasRoom: false });
  });

  it('keeps every ring value clear of every axis label, for 3 to 8 axes at 240 to 600 px', () => {
    const names = [
      'Initiativ',
      'Vedholdenhed',
      'Nysgerrighed',
      'Samarbejdsevner',
      'Sociale egenskaber',
      'Ansvarsbevidsthed',
      'Mødestabilitet',
      'Arbejdsegnethed',
    ];
    const intersects = (a: RadarBox, b: RadarBox) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const clashes: string[] = [];
    let drawn = 0;
    for (let count = 3; count <= 8; count++) {
      for (let width = 240; width <= 600; width += 8) {
        // The star's estimate: 8.2 px a character, as if every name were bold.
        const labelWidths = names.slice(0, count).map((name) => name.length * 8.2);
        const { height, labelRoom, hasRoom } = radarFit({ width, labelWidths });
        // Below that room the star draws slopes, not a radar; from 400 px every count has room.
        if (width >= 400) expect(hasRoom, `${count} axes at ${width} px`).to.equal(true);
        if (!hasRoom) continue;
        drawn++;
        const layout = radarLayout({
          axes: names.slice(0, count),
          outlines: [],
          scale: { min: 1, max: 5 },
          size: height,
          labelRoom,
          labelWidths,
        });
        expect(layout.ringLabels).to.have.length(4);
        for (const ring of layout.ringLabels)
          for (const axis of layout.axes)
            if (intersects(ring.box, axis.label!.box))
              clashes.push(`${count} axes, ${width} px: ${ring.value}`);
      }
    }
    expect(clashes).to.deep.equal([]);
    expect(drawn).to.be.greaterThan(200);
  });
});
