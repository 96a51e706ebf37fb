import { expect } from '@open-wc/testing';
import { labelOf, nextworkFramework, seriesIdsOf } from '../../../src/core/index.js';
import { parseFramework } from '../checked-core.js';

const instrument = (id: string) => nextworkFramework.instruments.find((candidate) => candidate.id === id);

describe('nextworkFramework', () => {
  it('passes its own schema and checks', () => {
    const result = parseFramework(nextworkFramework);
    expect(result.ok).to.equal(true);
    expect(result.ok && result.data).to.deep.equal(nextworkFramework);
  });

  it('has the four instruments of docs/design.md with their cadences, raters and items', () => {
    const summary = nextworkFramework.instruments.map((i) => [
      i.id,
      i.cadence,
      i.raterRoles,
      i.items.map((item) => `${item.id}:${item.kind}`),
    ]);
    expect(summary).to.deep.equal([
      [
        'weekly-company',
        'week',
        ['company'],
        [
          'initiative:rating',
          'persistence:rating',
          'curiosity:rating',
          'cooperation:rating',
          'social:rating',
          'responsibility:rating',
          'punctuality:rating',
          'productivity:rating',
          'done-well:text',
          'concerns:text',
        ],
      ],
      [
        'monthly-determination',
        'month',
        ['company', 'counsellor'],
        ['persistence:rating', 'independence:rating', 'direction:rating'],
      ],
      [
        'resilience-self-report',
        'half-year',
        ['self'],
        ['r1:rating', 'r2:rating', 'r3:rating', 'r4:rating', 'r5:rating', 'r6:rating'],
      ],
      [
        'self-weekly',
        'week',
        ['self'],
        [
          'initiative:rating',
          'persistence:rating',
          'curiosity:rating',
          'cooperation:rating',
          'social:rating',
          'responsibility:rating',
        ],
      ],
    ]);
    expect(instrument('weekly-company')?.items.find((item) => item.id === 'done-well')?.required).to.equal(
      true,
    );
    expect(instrument('weekly-company')?.items.find((item) => item.id === 'concerns')?.required).to.equal(
      false,
    );
  });

  it('rates on 1–5 in whole steps', () => {
    for (const scale of nextworkFramework.scales)
      expect([scale.min, scale.max, scale.step]).to.deep.equal([1, 5, 1]);
  });

  it('scores resilience as the mean with r2, r4, r6 reversed, in the bands of docs/design.md', () => {
    const scoring = instrument('resilience-self-report')?.scoring;
    expect(scoring?.reverse).to.deep.equal(['r2', 'r4', 'r6']);
    expect(scoring?.bands.map((band) => [band.id, band.min, band.max])).to.deep.equal([
      ['low', 1, 2.99],
      ['normal', 3, 4.3],
      ['high', 4.31, 5],
    ]);
    expect(labelOf(instrument('resilience-self-report')!.items[0]!.label, 'en')).to.contain('placeholder');
  });

  it('has the six traits with their Danish and English labels', () => {
    expect(
      nextworkFramework.traits.map((trait) => [trait.id, trait.label.da, trait.label.en, trait.items]),
    ).to.deep.equal([
      ['initiative', 'Initiativ', 'Initiative', ['weekly-company.initiative']],
      ['persistence', 'Vedholdenhed', 'Persistence', ['weekly-company.persistence']],
      ['curiosity', 'Nysgerrighed', 'Curiosity', ['weekly-company.curiosity']],
      ['cooperation', 'Samarbejdsevner', 'Cooperation', ['weekly-company.cooperation']],
      ['social', 'Sociale egenskaber', 'Social skills', ['weekly-company.social']],
      ['responsibility', 'Ansvarsbevidsthed', 'Responsibility', ['weekly-company.responsibility']],
    ]);
  });

  it('has the three dimensions with equal weights, minCoverage 0.5 and the traits shown under them', () => {
    const summary = nextworkFramework.dimensions.map((d) => ({
      id: d.id,
      label: [d.label.da, d.label.en],
      cadence: d.cadence,
      minCoverage: d.minCoverage,
      components: d.components.map((c) => `${c.kind}:${c.ref}:${c.weight}`),
      shows: d.shows,
    }));
    expect(summary).to.deep.equal([
      {
        id: 'work-readiness',
        label: ['Arbejdsegnethed', 'Work readiness'],
        cadence: 'week',
        minCoverage: 0.5,
        components: [
          'trait:responsibility:1',
          'trait:social:1',
          'trait:cooperation:1',
          'item:weekly-company.punctuality:1',
          'item:weekly-company.productivity:1',
        ],
        shows: ['responsibility', 'social', 'cooperation'],
      },
      {
        id: 'determination',
        label: ['Beslutsomhed', 'Determination'],
        cadence: 'month',
        minCoverage: 0.5,
        components: [
          'trait:persistence:1',
          'trait:initiative:1',
          'trait:curiosity:1',
          'item:monthly-determination.persistence:1',
          'item:monthly-determination.independence:1',
          'item:monthly-determination.direction:1',
        ],
        shows: ['persistence', 'initiative', 'curiosity'],
      },
      {
        id: 'resilience',
        label: ['Modstandskraft', 'Resilience'],
        cadence: 'half-year',
        minCoverage: 0.5,
        components: ['score:resilience-self-report:1'],
        shows: [],
      },
    ]);
    expect(nextworkFramework.timeZone).to.equal('Europe/Copenhagen');
  });

  it('has unique series ids: traits, dimensions and items as instrument.item', () => {
    const ids = seriesIdsOf(nextworkFramework);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.include.members([
      'initiative',
      'work-readiness',
      'weekly-company.punctuality',
      'monthly-determination.persistence',
    ]);
  });

  it('rates each trait by one weekly-company item of the same id and the same words', () => {
    const weekly = instrument('weekly-company');
    expect(nextworkFramework.traits.length).to.equal(6);
    for (const trait of nextworkFramework.traits) {
      expect(trait.items, trait.id).to.deep.equal([`weekly-company.${trait.id}`]);
      const item = weekly?.items.find((candidate) => candidate.id === trait.id);
      expect(item?.kind, trait.id).to.equal('rating');
      expect(item?.label, trait.id).to.deep.equal(trait.label);
    }
  });
});
