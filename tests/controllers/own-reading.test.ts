import { expect } from '@open-wc/testing';
import { samplePersonas, type ProgressData } from '../../src/core/index.js';
import { progressResultOf } from '../../src/controllers/progress-data-controller.js';
import {
  ownSentencesOf,
  ownSeriesInputOf,
  selfNowOf,
  selfSeriesIn,
  selfSeriesOfTrait,
  targetInputOf,
  targetSentencesOf,
} from '../../src/controllers/own-reading.js';
import { chartSeriesOf } from '../../src/controllers/progress-view.js';
import { starReadoutOf, starValuesOf } from '../../src/controllers/star-view.js';
import { da } from '../../src/i18n/da.js';

const [simon] = samplePersonas as [ProgressData];

function model(audience: string) {
  const result = progressResultOf(simon, 'da', audience as 'company', false);
  if (result.status !== 'ready') throw new Error('Simon is valid');
  return result.model;
}

describe('own reading (controllers)', () => {
  it('reads Simon’s own initiative now by the rolling mean: 4,0 beside the company’s 3,0', () => {
    // His own weeks in the 4 weeks to 8 November: 12 and 26 October and 2 November, each 4.
    expect(selfNowOf(model('conversation'), 'initiative', '2026-11-08')).to.equal(4);
    // Persistence: 3, 4, 3 → 10 / 3, kept to core's rounding.
    expect(selfNowOf(model('young-person'), 'persistence', '2026-11-08')).to.be.closeTo(3.333, 0.001);
    // On 30 September (the conversation): 14 and 21 September, 3 and 4 → 3,5.
    expect(selfNowOf(model('counsellor'), 'initiative', '2026-09-30')).to.equal(3.5);
  });

  it('gives the star its values and says them in the readout', () => {
    const star = starValuesOf(model('conversation'), {
      selection: 'traits',
      date: '',
      since: '',
      showSelf: true,
    });
    const initiative = star.values[0]!;
    expect([initiative.id, initiative.now, initiative.self]).to.deep.equal(['initiative', 3, 4]);
    expect(starReadoutOf(da, 'da', initiative)).to.match(
      /^Initiativ: virksomheden 3,0, din egen 4,0, sidst \d,\d\.$/,
    );
    const plain = starValuesOf(model('conversation'), { selection: 'traits', date: '', since: '' });
    expect(plain.values.map((v) => v.self)).to.deep.equal([null, null, null, null, null, null]);
  });

  it('gives a company, and a mistyped audience, no own series at all', () => {
    for (const audience of ['company', 'Company']) {
      expect(Object.keys(selfSeriesIn(model(audience))), audience).to.have.length(0);
      expect(selfSeriesOfTrait(model(audience), 'initiative')).to.equal(undefined);
      const star = starValuesOf(model(audience), {
        selection: 'traits',
        date: '',
        since: '',
        showSelf: true,
      });
      expect(star.values).to.have.length(6);
      expect(star.values.every((v) => v.self === null)).to.equal(true);
    }
  });

  it('gives the trend chart Simon’s own series and his target on determination', () => {
    const m = model('conversation');
    const series = chartSeriesOf(m, ['initiative', 'determination']);
    const own = ownSeriesInputOf(m, series[0]!);
    // Eight own readings of initiative, April to November; diamonds, joined within 4 weeks.
    expect(own?.points.map((p) => p.value)).to.deep.equal([3, 3, 3, 4, 4, 4, 4, 4]);
    expect([own?.id, own?.shape, own?.window]).to.deep.equal(['initiative:own', 'diamond', 4]);
    expect(ownSeriesInputOf(m, series[1]!)).to.equal(undefined);
    expect(targetInputOf(m, series)).to.deep.equal({ series: 'determination', value: 4, date: '2026-09-30' });
    expect(targetInputOf(m, series.slice(0, 1))).to.equal(undefined);
    expect(targetSentencesOf({ t: da, locale: 'da', model: m, all: series })).to.deep.equal([
      'Målet for Beslutsomhed er 4\u00a0af\u00a05. Det blev sat 30. september.',
    ]);
    expect(ownSentencesOf({ t: da, locale: 'da', model: m, all: series })).to.deep.equal([
      'Initiativ: virksomheden 3,0, din egen 4,0.',
    ]);
    const company = model('company');
    expect(ownSeriesInputOf(company, chartSeriesOf(company, ['initiative'])[0]!)).to.equal(undefined);
  });
});
