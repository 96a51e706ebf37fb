import { expect } from '@open-wc/testing';
import {
  aggregate,
  parseProgressData,
  sampleAsOf,
  samplePersonas,
  syntheticProgressData,
  type ProgressData,
  type SeriesPoint,
} from '../../../src/core/index.js';

const byName = (name: string): ProgressData => {
  const persona = samplePersonas.find((candidate) => candidate.participant.displayName === name);
  if (!persona) throw new Error(name);
  return persona;
};

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const firstMean = (points: ReadonlyArray<SeriesPoint>, n = 8) => mean(points.slice(0, n).map((p) => p.value));
const lastMean = (points: ReadonlyArray<SeriesPoint>, n = 8) => mean(points.slice(-n).map((p) => p.value));
const pointsOf = (name: string, id: string) => {
  const aggregation = aggregate(byName(name));
  return (aggregation.traits[id] ?? aggregation.dimensions[id] ?? aggregation.items[id])?.points ?? [];
};

describe('samplePersonas', () => {
  it('are Simon, Liv and Rasmus, and all pass parseProgressData unchanged', () => {
    expect(samplePersonas.map((p) => p.participant.displayName)).to.deep.equal(['Simon', 'Liv', 'Rasmus']);
    for (const persona of samplePersonas) {
      const result = parseProgressData(persona);
      expect(result.ok, persona.participant.id).to.equal(true);
      expect(result.ok && result.data).to.deep.equal(persona);
    }
  });

  it('are deterministic and end at sampleAsOf, not at the live clock', () => {
    const profile = {
      seed: 7,
      participant: { id: 'x', displayName: 'X' },
      start: '2026-01-05',
      end: '2026-03-31',
      placements: [{ id: 'p', company: 'C', start: '2026-01-05', raters: [{ id: 'r', name: 'R' }] }],
      counsellor: { id: 'c', name: 'C' },
      curves: {},
      resilience: { from: 3, to: 3 },
      selfReports: ['2026-01-07'],
      doneWell: ['Godt.'],
    };
    expect(syntheticProgressData(profile)).to.deep.equal(syntheticProgressData(profile));
    const lastDate = samplePersonas
      .flatMap((p) => p.assessments.map((a) => a.date))
      .sort()
      .at(-1);
    expect(lastDate).to.equal(sampleAsOf);
  });

  it('each have a company change, every instrument, gaps, several raters and weekly "done well" notes', () => {
    for (const persona of samplePersonas) {
      const companies = new Set(persona.placements.map((placement) => placement.company));
      expect(companies.size, persona.participant.id).to.be.at.least(2);
      expect(new Set(persona.assessments.map((a) => a.instrument))).to.deep.equal(
        new Set(['weekly-company', 'monthly-determination', 'resilience-self-report', 'self-weekly']),
      );
      const weeklies = persona.assessments.filter((a) => a.instrument === 'weekly-company');
      expect(weeklies.length, persona.participant.id).to.be.greaterThan(0);
      expect(weeklies.every((a) => (a.notes?.['done-well'] ?? '').length > 10)).to.equal(true);
      expect(weeklies.some((a) => Object.values(a.ratings).includes(null))).to.equal(true);
      const aggregation = aggregate(persona);
      const points = aggregation.traits['responsibility']?.points ?? [];
      // A gap: some week between the first and last point has no point.
      const weeks = points.map((p) => Date.parse(p.start));
      const hasGap = weeks.some(
        (time, index) => index > 0 && time - (weeks[index - 1] ?? time) > 7 * 86_400_000,
      );
      expect(hasGap, persona.participant.id).to.equal(true);
      expect(Object.values(aggregation.items).some((s) => s.points.some((p) => p.raters > 1))).to.equal(true);
      expect(new Set(persona.assessments.map((a) => a.rater.role))).to.deep.equal(
        new Set(['company', 'counsellor', 'self']),
      );
    }
  });

  it('each have at least three conversations with every answer written and a focus', () => {
    for (const persona of samplePersonas) {
      expect(persona.conversations.length).to.be.at.least(3);
      for (const conversation of persona.conversations) {
        expect(Object.keys(conversation.answers)).to.deep.equal([
          'changes',
          'examples',
          'appreciation',
          'focus',
        ]);
        expect(Object.values(conversation.answers).every((answer) => answer.length > 20)).to.equal(true);
        expect(conversation.focus).to.be.a('string');
      }
    }
  });

  it('Simon: low persistence that slowly rises; punctuality better than at the start', () => {
    const persistence = pointsOf('Simon', 'persistence');
    expect(firstMean(persistence)).to.be.below(2.5);
    expect(lastMean(persistence) - firstMean(persistence)).to.be.at.least(1);
    expect(
      lastMean(pointsOf('Simon', 'weekly-company.punctuality')) -
        firstMean(pointsOf('Simon', 'weekly-company.punctuality')),
    ).to.be.at.least(0.8);
  });

  it('Liv: strong responsibility throughout; social skills grow from a low start', () => {
    expect(firstMean(pointsOf('Liv', 'responsibility'))).to.be.at.least(4);
    expect(lastMean(pointsOf('Liv', 'responsibility'))).to.be.at.least(4.2);
    const social = pointsOf('Liv', 'social');
    expect(firstMean(social)).to.be.below(2.2);
    expect(lastMean(social) - firstMean(social)).to.be.at.least(1.5);
  });

  it('Rasmus: outgoing and well liked; punctuality dips while home is unstable, then rises', () => {
    expect(mean(pointsOf('Rasmus', 'social').map((p) => p.value))).to.be.at.least(4.3);
    const punctuality = pointsOf('Rasmus', 'weekly-company.punctuality');
    const hardWeeks = punctuality.filter((p) => p.start >= '2026-03-02' && p.end <= '2026-04-12');
    expect(hardWeeks.length).to.be.at.least(3);
    expect(lastMean(punctuality) - mean(hardWeeks.map((p) => p.value))).to.be.at.least(1.5);
  });
});
