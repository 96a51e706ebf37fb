// progress-view: what the charts draw from a model, in words: a chart's title and a dimension
// card's comparison.
import { expect } from '@open-wc/testing';
import { ProgressModel } from '../../src/controllers/progress-model.js';
import { dimensionCardsOf, titleOf } from '../../src/controllers/progress-view.js';
import { samplePersonas, type ProgressData } from '../../src/core/index.js';

const [simon] = samplePersonas as [ProgressData];
const traits = ['initiative', 'persistence', 'curiosity', 'cooperation', 'social', 'responsibility'];

describe('progress-view', () => {
  it('titles a chart by what it shows: the six traits, the dimensions, or some series', () => {
    const da = new ProgressModel(simon, 'da', 'counsellor', false);
    expect(titleOf(da, traits)).to.equal('Simons egenskaber over tid');
    expect(titleOf(da, ['work-readiness', 'determination'])).to.equal('Simons udvikling');
    const en = new ProgressModel(simon, 'en', 'counsellor', false);
    expect(titleOf(en, traits)).to.equal("Simon's traits over time");
    expect(titleOf(en, traits.slice(0, 2))).to.equal('How Simon is developing');
  });

  it('gives a card per dimension the audience may see, a weekly one comparing 4 weeks with 4 weeks', () => {
    const model = new ProgressModel(simon, 'da', 'conversation', false);
    const cards = dimensionCardsOf(model, '2026-09-30');
    expect(cards.map((card) => card.label)).to.deep.equal(['Arbejdsegnethed', 'Beslutsomhed']);
    expect(cards[0]!.compared).to.equal('Sammenligner de 4 uger før 30. september med de sidste 4 uger.');
    // Every card's value is the rolling mean at its latest point: the same "now" as every element.
    for (const card of cards) expect(card.now, card.id).to.deep.equal(card.rolled.at(-1));
  });
});
