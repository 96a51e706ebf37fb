import { expect } from '@open-wc/testing';
import { changeSizeOf, largeChangeOf } from '../../../src/core/index.js';

describe('core/changeSizeOf: "a little" below 0.5 as shown, plainly higher or lower from 0.5', () => {
  it('hand-computed on 1–5: the shown values decide, not the exact means', () => {
    // 4.7 → 3.9: a fall of 0.8, not "a little".
    expect(changeSizeOf({ before: 4.7, after: 3.9 })).to.equal('large');
    // 3.0 → 3.8: a rise of 0.8.
    expect(changeSizeOf({ before: 3, after: 3.8 })).to.equal('large');
    // 3.0 → 3.4: 0.4 < 0.5.
    expect(changeSizeOf({ before: 3, after: 3.4 })).to.equal('little');
    // 3.5 → 3.1: a fall of 0.4.
    expect(changeSizeOf({ before: 3.5, after: 3.1 })).to.equal('little');
    // 3.4 → 3.9: exactly 0.5 is large ("from 0.5").
    expect(changeSizeOf({ before: 3.4, after: 3.9 })).to.equal('large');
    expect(changeSizeOf({ before: 3.9, after: 3.4 })).to.equal('large');
    // 3.3 → 3.75: written 3,3 → 3,8 (roundAsWritten rounds half up), a shown 0.5: large, although
    // the exact change is 0.45.
    expect(changeSizeOf({ before: 3.3, after: 3.75 })).to.equal('large');
    // 3.35 → 3.8: written 3,4 → 3,8, a shown 0.4: little, although the exact change is 0.45.
    expect(changeSizeOf({ before: 3.35, after: 3.8 })).to.equal('little');
    // No two values: little.
    expect(changeSizeOf({ before: null, after: 3 })).to.equal('little');
  });

  it('scales the bound with the range: 0.5 per 4 points (1.25 on 0–10)', () => {
    expect(largeChangeOf({ min: 1, max: 5 })).to.equal(0.5);
    // (0.5 × 10) / 4 = 1.25.
    expect(largeChangeOf({ min: 0, max: 10 })).to.equal(1.25);
    // 0–10: 5.0 → 6.2 is 1.2 < 1.25, little; 5.0 → 6.3 is 1.3, large.
    expect(changeSizeOf({ before: 5, after: 6.2 }, { min: 0, max: 10 })).to.equal('little');
    expect(changeSizeOf({ before: 5, after: 6.3 }, { min: 0, max: 10 })).to.equal('large');
  });
});
