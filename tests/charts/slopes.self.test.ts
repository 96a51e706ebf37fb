import { expect } from '@open-wc/testing';
import { slopeRowsLayout, slopesLayout } from '../../src/charts/slopes.js';

// Simon's initiative: the company 3,0 now, his own reading 4,0 (docs/design.md, "My own reading").
const items = [
  { id: 'initiative', before: 3, after: 3, self: 4 },
  { id: 'curiosity', before: 3, after: 3.5, self: null },
  { id: 'social', before: 3, after: 3 },
];

describe('slopesLayout(input): the own reading', () => {
  it('places the own reading on the same scale as "after", just right of it', () => {
    const layout = slopesLayout({
      items,
      scale: { min: 1, max: 5 },
      width: 300,
      height: 100,
      top: 10,
      bottom: 10,
    });
    // 1 → y 90, 5 → y 10: 20 px per step; 3 → 50, 4 → 30. Panels 100 wide: after at x 75, the
    // own reading at 90.
    expect(layout.panels.map((p) => [p.afterX, p.afterY, p.selfX, p.selfY])).to.deep.equal([
      [75, 50, 90, 30],
      [175, 40, 190, null],
      [275, 50, 290, null],
    ]);
  });
});

describe('slopeRowsLayout(input): the own reading', () => {
  it('places the own reading in each row at the right, beside "after"', () => {
    const layout = slopeRowsLayout({
      items,
      scale: { min: 1, max: 5 },
      width: 64,
      height: 40,
      inset: 4,
      selfRoom: 12,
    });
    // 1 → y 36, 5 → y 4: 8 px per step; 3 → 20, 4 → 12. After at 64 − 4 = 60, the own reading 12 right: 72.
    expect(layout.rows.map((r) => [r.afterX, r.afterY, r.selfX, r.selfY])).to.deep.equal([
      [60, 20, 72, 12],
      [60, 16, 72, null],
      [60, 20, 72, null],
    ]);
    // Without room asked for, on "after".
    const plain = slopeRowsLayout({ items, scale: { min: 1, max: 5 }, width: 64, height: 40, inset: 4 });
    expect(plain.rows[0]!.selfX).to.equal(60);
  });
});
