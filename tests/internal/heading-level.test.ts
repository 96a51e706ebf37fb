import { expect } from '@open-wc/testing';
import { headingLevelFrom } from '../../src/internal/heading-level.js';

describe('headingLevelFrom', () => {
  it("gives the host's level, a level below it, and never past h1–h6", () => {
    expect(headingLevelFrom(2)).to.equal(2);
    expect(headingLevelFrom(2, 1)).to.equal(3);
    // 2.6 rounds to 3; 0 and −4 stay h1; 6 + 1 stays h6.
    expect(headingLevelFrom(2.6)).to.equal(3);
    expect(headingLevelFrom(0)).to.equal(1);
    expect(headingLevelFrom(-4, 1)).to.equal(1);
    expect(headingLevelFrom(6, 1)).to.equal(6);
  });

  it('falls back when the host gave no number', () => {
    expect(headingLevelFrom(Number.NaN)).to.equal(3);
    expect(headingLevelFrom(Number.NaN, 1, 2)).to.equal(3);
    expect(headingLevelFrom(Number.POSITIVE_INFINITY, 0, 2)).to.equal(2);
  });
});
