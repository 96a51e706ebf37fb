import { expect } from '@open-wc/testing';
import { slopeRowsLayout, slopesArrangement, slopesLayout } from '../../src/charts/slopes.js';

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

describe('slopesArrangement(input)', () => {
  it('keeps columns while each holds the widest word, and gives each item a row otherwise', () => {
    // 6 columns in 700 px: 116.67 px each, less a 4 px gap: 112.67 px.
    expect(slopesArrangement({ width: 700, count: 6, widestWord: 112, gap: 4 })).to.equal('columns');
    expect(slopesArrangement({ width: 700, count: 6, widestWord: 113, gap: 4 })).to.equal('rows');
    // The phone of the audit: 202 px for six traits, 33.67 px a column, "Ansvarsbevidsthed" ~110 px.
    expect(slopesArrangement({ width: 202, count: 6, widestWord: 110 })).to.equal('rows');
  });
});

describe('slopeRowsLayout(input)', () => {
  const layout = slopeRowsLayout({
    items: [
      { id: 'initiative', before: 2, after: 4 },
      { id: 'curiosity', before: null, after: 3 },
    ],
    scale: { min: 1, max: 5 },
    width: 64,
    height: 40,
    inset: 4,
  });

  it('draws each row on its own, before at the left inset and after at the right', () => {
    // 1 → y 36, 5 → y 4: 8 px per step; 2 → 28, 4 → 12.
    expect(layout.rows[0]!.path).to.equal('M4,28L60,12');
    expect(layout.rows.map((r) => [r.x, r.width])).to.deep.equal([
      [0, 64],
      [0, 64],
    ]);
  });

  it('keeps the value it has when one end is missing, without a line', () => {
    expect([layout.rows[1]!.path, layout.rows[1]!.beforeY, layout.rows[1]!.afterY]).to.deep.equal([
      '',
      null,
      20,
    ]);
  });

  it('marks the scale ends in every row', () => {
    expect(layout.lines).to.deep.equal([
      { y: 36, value: 1 },
      { y: 4, value: 5 },
    ]);
  });
});
