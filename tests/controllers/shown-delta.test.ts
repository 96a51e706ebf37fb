import { expect } from '@open-wc/testing';
import { shownDeltaOf } from '../../src/controllers/progress-data-controller.js';
import type { Change } from '../../src/core/index.js';

const change = (before: number | null, after: number | null): Change => ({
  id: 'x',
  kind: 'trait',
  before,
  after,
  delta: before !== null && after !== null ? after - before : null,
  direction: 'rose',
  beforePeriod: null,
  afterPeriod: null,
  beforeWindow: null,
  afterWindow: null,
});

describe('shownDeltaOf(change)', () => {
  it('is the difference of the values as shown: 3,35 → 3,62 reads 3,4 → 3,6, so 0,2', () => {
    expect(shownDeltaOf(change(3.35, 3.62))).to.equal(0.2);
  });

  it('rounds half away from zero, as Intl shows numbers: 2,25 → 2,3 and −2,25 → −2,3', () => {
    expect(shownDeltaOf(change(2, 2.25))).to.equal(0.3);
    expect(shownDeltaOf(change(-2.25, 0))).to.equal(2.3);
  });

  it('is null without two sides', () => {
    expect(shownDeltaOf(change(null, 3))).to.equal(null);
    expect(shownDeltaOf(undefined)).to.equal(null);
  });
});
