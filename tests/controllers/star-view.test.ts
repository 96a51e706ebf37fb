import { expect } from '@open-wc/testing';
import { progressResultOf } from '../../src/controllers/progress-data-controller.js';
import { type ProgressModel } from '../../src/controllers/progress-model.js';
import {
  axisValueTextOf,
  labelWidthOf,
  signedChange,
  starReadoutOf,
  starValuesOf,
} from '../../src/controllers/star-view.js';
import { en } from '../../src/i18n/en.js';
import { progressData } from '../fixtures/progress-data.js';

function model(): ProgressModel {
  const result = progressResultOf(progressData(), 'en', 'conversation', false);
  if (result.status !== 'ready') throw new Error('the fixture is valid');
  return result.model;
}

describe('starValuesOf(model, options)', () => {
  it("compares Simon's traits now with the conversation of 20 March and marks the two largest changes", () => {
    const star = starValuesOf(model(), { selection: 'traits', date: '', since: '' });
    expect(star.since).to.equal('2026-03-20');
    // Before: W10, W11; now: W14–W17. Initiative 2, 2 → 3, 3, 4, 4: 2.0 → 3.5 (+1.5); persistence
    // 2, 2 → 3, 3, 3, 3: 2.0 → 3.0 (+1.0); curiosity 3, 3 → 3, 4, 4, 4: 3.0 → 3.75; cooperation
    // 3, 3 → 4 × 4: 3.0 → 4.0 (+1.0); social 2, 3 → 3, 3, 3, 4: 2.5 → 3.25; responsibility 3, 3 → 4 × 4.
    expect(star.values.map((v) => [v.id, v.before, v.now])).to.deep.equal([
      ['initiative', 2, 3.5],
      ['persistence', 2, 3],
      ['curiosity', 3, 3.75],
      ['cooperation', 3, 4],
      ['social', 2.5, 3.25],
      ['responsibility', 3, 4],
    ]);
    // The largest, then the first of the three +1.0 in the framework's order.
    expect(star.values.filter((v) => v.isMarked).map((v) => v.id)).to.deep.equal([
      'initiative',
      'persistence',
    ]);
  });
});

describe("the star's words", () => {
  it('writes a change with its sign, a marked axis with its change, and the readout', () => {
    expect([signedChange('en', 1.5), signedChange('en', -0.3), signedChange('en', 0)]).to.deep.equal([
      '+1.5',
      '−0.3',
      '±0.0',
    ]);
    const [initiative, persistence, curiosity] = starValuesOf(model(), {
      selection: 'traits',
      date: '',
      since: '',
    }).values;
    expect(axisValueTextOf('en', initiative!)).to.equal('3.5 +1.5');
    expect(axisValueTextOf('en', curiosity!)).to.equal('3.8');
    // "Initiative" in bold: 10 × 8.2 = 82 px, wider than "3.5 +1.5" (8 × 7.2 = 57.6).
    expect(labelWidthOf('en', initiative!)).to.be.closeTo(82, 1e-9);
    // "Persistence" marked: 11 × 8.2 = 90.2.
    expect(labelWidthOf('en', persistence!)).to.be.closeTo(90.2, 1e-9);
    expect(starReadoutOf(en, 'en', initiative!)).to.equal('Initiative: now 3.5, last time 2.0.');
  });
});
