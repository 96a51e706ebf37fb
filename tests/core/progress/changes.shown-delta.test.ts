import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { shownDeltaOf } from '../../../src/core/index.js';
import { formatNumber } from '../../../src/i18n/index.js';

describe('core/shownDeltaOf: the change as its two shown values say it', () => {
  it('hand-computed: 3.35 → 3.6 is shown as 3,4 → 3,6, a change of 0,2 (the exact delta is 0.25)', () => {
    expect(shownDeltaOf({ before: 3.35, after: 3.6 })).to.equal(0.2);
    expect(shownDeltaOf({ before: 3.3, after: 3.75 })).to.equal(0.5);
    expect(shownDeltaOf({ before: 4, after: 3.66 })).to.equal(-0.3);
    expect(shownDeltaOf({ before: 1.15, after: 1.1 })).to.equal(-0.1);
    expect(shownDeltaOf({ before: null, after: 3 })).to.equal(null);
  });

  it('equals the difference of the two values as written, in Danish', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 500 }), fc.integer({ min: 100, max: 500 }), (a, b) => {
        const before = a / 100;
        const after = b / 100;
        const read = (v: number) => Number(formatNumber('da', v).replace(',', '.'));
        const shown = shownDeltaOf({ before, after });
        expect(shown).to.be.closeTo(read(after) - read(before), 1e-9);
      }),
      { numRuns: 1000 },
    );
  });
});
