import { expect } from '@open-wc/testing';
import { plainStepOf } from '../../../src/core/index.js';

describe('plainStepOf(value, scale)', () => {
  it('on a 1–5 scale is the value as written, rounded halves up', () => {
    const scale = { min: 1, max: 5 };
    // 3.44 is written 3,4 → 3; 3.45 is written 3,5 → 4 (1 + 4 × 2.5 / 4 = 3.5, halves up); 4.49 is
    // written 4,5, so it reads 5 like the number beside it.
    expect([1, 1.4, 1.5, 2.5, 3.44, 3.45, 4.49, 4.5, 5].map((v) => plainStepOf(v, scale))).to.deep.equal([
      1, 1, 2, 3, 3, 4, 5, 5, 5,
    ]);
  });

  it('spreads five steps evenly over another scale and holds values off it at the edges', () => {
    const scale = { min: 0, max: 10 };
    // 1 + 4 × 6.2 / 10 = 3.48 → 3; 1 + 4 × 6.3 / 10 = 3.52 → 4; 0 → 1; 10 → 5.
    expect([6.2, 6.3, 0, 10, -3, 14].map((v) => plainStepOf(v, scale))).to.deep.equal([3, 4, 1, 5, 1, 5]);
  });

  it('answers the lowest step for what is no number or no scale', () => {
    expect(plainStepOf(Number.NaN, { min: 1, max: 5 })).to.equal(1);
    expect(plainStepOf(3, { min: 5, max: 5 })).to.equal(1);
  });
});
