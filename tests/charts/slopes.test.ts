import { expect } from '@open-wc/testing';
import { slopesLayout } from '../../src/charts/slopes.js';

describe('slopesLayout(input)', () => {
  const layout = slopesLayout({
    items: [
      { id: 'initiative', before: 2, after: 4 },
      { id: 'curiosity', before: null, after: 3 },
    ],
    scale: { min: 1, max: 5 },
    width: 200,
    height: 100,
    top: 10,
    bottom: 10,
  });

  it('gives each item an equal panel with before on the left and after on the right', () => {
    expect(layout.panels.map((p) => [p.x, p.width, p.beforeX, p.afterX])).to.deep.equal([
      [0, 100, 25, 75],
      [100, 100, 125, 175],
    ]);
  });

  it('puts values on one shared scale and joins before to after', () => {
    // 1 → y 90, 5 → y 10: 20 px per step.
    expect(layout.panels[0]!.path).to.equal('M25,70L75,30');
  });

  it('draws no line when one end has no value, but keeps the value it has', () => {
    expect(layout.panels[1]!.path).to.equal('');
    expect(layout.panels[1]!.beforeY).to.equal(null);
    expect(layout.panels[1]!.afterY).to.equal(50);
  });
});
