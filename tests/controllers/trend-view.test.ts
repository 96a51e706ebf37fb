import { expect } from '@open-wc/testing';
import { progressResultOf } from '../../src/controllers/progress-data-controller.js';
import { type ProgressModel } from '../../src/controllers/progress-model.js';
import { pointAnnouncementOf, pointReadoutOf, trendSeriesOf } from '../../src/controllers/trend-view.js';
import { en } from '../../src/i18n/en.js';
import { progressData } from '../fixtures/progress-data.js';

function model(): ProgressModel {
  const result = progressResultOf(progressData(), 'en', 'conversation', false);
  if (result.status !== 'ready') throw new Error('the fixture is valid');
  return result.model;
}

const choose = (selection: string, layout: '' | 'panels' | 'overlay' = '', hidden: string[] = []) =>
  trendSeriesOf(model(), { selection, splitRaters: false, layout, hidden: new Set(hidden) });

describe('trendSeriesOf(model, options)', () => {
  it('stands six weekly traits in panels under the dimension that holds each trait', () => {
    const choice = choose('traits');
    expect(choice.layout).to.equal('panels');
    expect(choice.groups).to.deep.equal([
      { label: 'Work readiness', keys: ['responsibility', 'social', 'cooperation'] },
      { label: 'Determination', keys: ['persistence', 'initiative', 'curiosity'] },
    ]);
    // The legend and the keyboard follow the panels' order.
    expect(choice.all.map((s) => s.key)).to.deep.equal([
      'responsibility',
      'social',
      'cooperation',
      'persistence',
      'initiative',
      'curiosity',
    ]);
  });

  it('overlays three or fewer weekly series in the order asked, and leaves hidden ones out of the drawing', () => {
    const choice = choose('initiative,persistence', '', ['initiative']);
    expect(choice.layout).to.equal('overlay');
    expect(choice.groups).to.deep.equal([{ label: '', keys: ['initiative', 'persistence'] }]);
    expect(choice.all.map((s) => s.key)).to.deep.equal(['initiative', 'persistence']);
    expect(choice.drawn.map((s) => s.key)).to.deep.equal(['persistence']);
  });

  it('puts an item and a dimension in panels under no name, after the traits', () => {
    const choice = choose('initiative,weekly-company.punctuality,work-readiness', 'panels');
    expect(choice.groups).to.deep.equal([
      { label: 'Determination', keys: ['initiative'] },
      { label: '', keys: ['weekly-company.punctuality', 'work-readiness'] },
    ]);
  });
});

describe('pointReadoutOf and pointAnnouncementOf', () => {
  const initiative = () => choose('initiative').all[0]!;

  it('reads a week as its rating and the rolling mean over 4 weeks', () => {
    // W17 (index 6): rating 4; its window W14–W17 holds 3, 3, 4, 4: 14 / 4 = 3.5.
    const readout = pointReadoutOf(en, 'en', initiative(), 6, false)!;
    expect(readout).to.include({ ratings: 'Rating: 4', value: 3.5, window: 4, isPartial: false });
    expect(readout.count).to.equal('1 rating from 1 person');
    expect(pointAnnouncementOf(en, 'en', initiative(), readout)).to.equal(
      'Initiative, week 17, 2026: Rating: 4. Average of 4 weeks: 3.5.',
    );
  });

  it('reads the week alone when the line is raw', () => {
    const readout = pointReadoutOf(en, 'en', initiative(), 6, true)!;
    expect(readout).to.include({ ratings: undefined, value: 4, window: 1 });
    expect(pointAnnouncementOf(en, 'en', initiative(), readout)).to.equal(
      'Initiative, week 17, 2026: 4.0. 1 rating from 1 person.',
    );
    expect(pointReadoutOf(en, 'en', initiative(), 7, false)).to.equal(undefined);
  });
});
