// The rules the data controller used to hold, now pure functions in core, with hand-computed cases.
import { expect } from '@open-wc/testing';
import { isThinPoint } from '../../../src/core/index.js';

describe('isThinPoint(point)', () => {
  it('is thin when part of the weight had no value, or one rating stands behind it', () => {
    expect(isThinPoint({ coverage: 1, count: 2 })).to.equal(false);
    expect(isThinPoint({ coverage: 0.6, count: 5 })).to.equal(true);
    expect(isThinPoint({ coverage: 1, count: 1 })).to.equal(true);
  });
});
