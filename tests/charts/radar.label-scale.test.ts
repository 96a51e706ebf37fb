import { expect } from '@open-wc/testing';
import { radarFit, radarLayout } from '../../src/charts/radar.js';

const axes = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('radar with larger labels (200 % text)', () => {
  it('fits the radar with room for labels twice as large', () => {
    const labelWidths = axes.map(() => 60);
    // 100 %: 480 high (600 × 0.8); the top label takes 48 px above the rim: radius 240 − 48 = 192
    // (a side spoke would allow (300 − 36 − 18) / 0.866 = 284).
    expect(radarFit({ width: 600, labelWidths })).to.deep.equal({
      height: 480,
      labelRoom: 48,
      hasRoom: true,
    });
    // 200 %: 480 + 2 × 48 = 576 high, 96 px above the rim: radius 288 − 96 = 192 (the side allows
    // (300 − 42 − 36) / 0.866 = 256); four rings need 4 × (28 + 2) = 120: room.
    expect(radarFit({ width: 600, labelWidths, labelScale: 2 })).to.deep.equal({
      height: 576,
      labelRoom: 96,
      hasRoom: true,
    });
    // At 300 px and 200 %: 396 high, radius 198 − 96 = 102 < 120: the star gives way to its slopes.
    expect(radarFit({ width: 300, labelWidths, labelScale: 2 }).hasRoom).to.equal(false);
  });

  it('sets the two lines of an axis label twice as far out and apart', () => {
    const input = {
      axes,
      outlines: [],
      scale: { min: 1, max: 5 },
      size: 576,
      labelRoom: 96,
      labelWidths: axes.map(() => 60),
    };
    // Centre 288, radius 192. The top label: at 100 % 14 px out and 20 higher, its value 15 below
    // (288 − 206 − 20 = 62, 77); at 200 % 28 out, 40 higher, 30 below (288 − 220 − 40 = 28, 58).
    const plain = radarLayout(input).axes[0]!.label!;
    expect([plain.nameY, plain.valueY]).to.deep.equal([62, 77]);
    const zoomed = radarLayout({ ...input, labelScale: 2 }).axes[0]!.label!;
    expect([zoomed.nameY, zoomed.valueY]).to.deep.equal([28, 58]);
    // The ring values' boxes are twice as tall: 28 px.
    expect(radarLayout({ ...input, labelScale: 2 }).ringLabels.map((l) => l.box.height)).to.deep.equal([
      28, 28, 28, 28,
    ]);
  });
});
