import { expect } from '@open-wc/testing';
import {
  isSelfReading,
  labelOf,
  nextworkFramework,
  seriesDefinitions,
  selfReadingsOf,
  type Framework,
} from '../../../src/core/index.js';

const selfWeekly = () => nextworkFramework.instruments.find((instrument) => instrument.id === 'self-weekly');

describe('the young person’s own weekly reading (self-weekly)', () => {
  it('asks the six traits in plain words, weekly, of the young person only, on a scale of how it went', () => {
    const instrument = selfWeekly();
    expect([instrument?.cadence, instrument?.raterRoles, instrument?.scale]).to.deep.equal([
      'week',
      ['self'],
      'went-5',
    ]);
    expect(instrument?.items.map((item) => [item.id, item.kind, item.required])).to.deep.equal(
      ['initiative', 'persistence', 'curiosity', 'cooperation', 'social', 'responsibility'].map((id) => [
        id,
        'rating',
        false,
      ]),
    );
    const cooperation = instrument?.items.find((item) => item.id === 'cooperation');
    expect(labelOf(cooperation!.label, 'da')).to.equal(
      'Hvordan gik det med at samarbejde med de andre i denne uge?',
    );
    expect(labelOf(cooperation!.label, 'en')).to.equal(
      'How did it go with working together with the others this week?',
    );
    for (const item of instrument?.items ?? []) {
      expect(labelOf(item.label, 'da'), item.id).to.match(/^Hvordan gik det med .+ i denne uge\?$/);
      expect(labelOf(item.label, 'en'), item.id).to.match(/^How did it go with .+ this week\?$/);
    }
    const scale = nextworkFramework.scales.find((candidate) => candidate.id === 'went-5');
    expect([scale?.min, scale?.max, scale?.step]).to.deep.equal([1, 5, 1]);
    expect(scale?.labels.map((label) => [label.value, label.label['da'], label.label['en']])).to.deep.equal([
      [1, 'Slet ikke godt', 'Not well at all'],
      [2, 'Ikke så godt', 'Not so well'],
      [3, 'Nogenlunde', 'So-so'],
      [4, 'Godt', 'Well'],
      [5, 'Rigtig godt', 'Very well'],
    ]);
  });

  it('selfReadingsOf: per trait, in the framework’s order, the item the young person rates it by', () => {
    expect(selfReadingsOf(nextworkFramework).map((reading) => [reading.trait.id, reading.ref])).to.deep.equal(
      [
        ['initiative', 'self-weekly.initiative'],
        ['persistence', 'self-weekly.persistence'],
        ['curiosity', 'self-weekly.curiosity'],
        ['cooperation', 'self-weekly.cooperation'],
        ['social', 'self-weekly.social'],
        ['responsibility', 'self-weekly.responsibility'],
      ],
    );
    expect(isSelfReading(nextworkFramework, 'self-weekly.social')).to.equal(true);
    expect(isSelfReading(nextworkFramework, 'weekly-company.social')).to.equal(false);
    // The resilience questionnaire is self-reported too, but its items are no trait's reading.
    expect(isSelfReading(nextworkFramework, 'resilience-self-report.r1')).to.equal(false);
  });

  it('only an instrument the young person alone fills in holds their readings', () => {
    const shared: Framework = {
      ...nextworkFramework,
      instruments: nextworkFramework.instruments.map((instrument) =>
        instrument.id === 'self-weekly' ? { ...instrument, raterRoles: ['self', 'company'] } : instrument,
      ),
    };
    expect(selfReadingsOf(shared)).to.deep.equal([]);
    // Then its items are ordinary item series again, as any instrument's.
    expect(seriesDefinitions(shared).filter((d) => d.id.startsWith('self-weekly.'))).to.have.length(6);
    expect(
      seriesDefinitions(nextworkFramework).filter((d) => d.id.startsWith('self-weekly.')),
    ).to.have.length(0);
  });
});
