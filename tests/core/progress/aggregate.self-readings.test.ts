import { expect } from '@open-wc/testing';
import {
  aggregate,
  changesSince,
  seriesIdsOf,
  nextworkFramework,
  type ProgressData,
} from '../../../src/core/index.js';
import { parseProgressData } from '../checked-core.js';
import { progressData } from '../../fixtures/progress-data.js';

/** The fixture (company ratings W10 … W17 but W13, monthly, resilience), as parsed. */
function fixture(): ProgressData {
  const result = parseProgressData(progressData());
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

/** The fixture with a self-rating of 5 on every trait in each week W10 … W17, W13 included. */
function withSelfRatings(): ProgressData {
  const input = progressData();
  const fridays = ['03-06', '03-13', '03-20', '03-27', '04-03', '04-10', '04-17', '04-24'];
  input.assessments = [
    ...(input.assessments ?? []),
    ...fridays.map((day) => ({
      id: `s-${day}`,
      instrument: 'self-weekly',
      date: `2026-${day}`,
      rater: { role: 'self', id: 'y-17' },
      ratings: { initiative: 5, persistence: 5, curiosity: 5, cooperation: 5, social: 5, responsibility: 5 },
    })),
  ];
  const result = parseProgressData(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

describe('aggregate(data): the young person’s own ratings (self-weekly)', () => {
  it('change no trait series, no dimension and no company item: each is built from its own instruments', () => {
    const before = aggregate(fixture());
    const after = aggregate(withSelfRatings());
    expect(Object.keys(after.traits)).to.have.length(6);
    expect(Object.keys(after.dimensions)).to.have.length(3);
    expect(after.traits).to.deep.equal(before.traits);
    expect(after.dimensions).to.deep.equal(before.dimensions);
    expect(after.items).to.deep.equal(before.items);
    // By hand: initiative in W10 is the company's 2 alone; with the self-rating of 5 mixed in it
    // would have been (2 + 5) / 2 = 3.5. W13 holds no company rating, so no point, though the young
    // person rated that week.
    const initiative = after.traits['initiative']!.points;
    expect(initiative[0]).to.deep.include({ period: '2026-W10', value: 2, count: 1 });
    expect(initiative.map((point) => point.period)).not.to.include('2026-W13');
    // Work readiness in W10: responsibility 3, social 2, cooperation 3, punctuality 2,
    // productivity 3: 13 / 5 = 2.6, as without the self-ratings.
    expect(after.dimensions['work-readiness']!.points[0]).to.deep.include({ period: '2026-W10', value: 2.6 });
  });

  it('are no series of their own in the aggregation, nor among the ids a focus or a chart may name', () => {
    const items = Object.keys(aggregate(withSelfRatings()).items);
    expect(items.length).to.be.greaterThan(0);
    expect(items.filter((id) => id.startsWith('self-weekly.'))).to.deep.equal([]);
    expect(seriesIdsOf(nextworkFramework).filter((id) => id.startsWith('self-weekly.'))).to.deep.equal([]);
  });

  it('change no change a conversation reads, whatever the roles asked for', () => {
    for (const roles of [undefined, ['company'], ['company', 'counsellor', 'self']]) {
      const options = roles ? { roles } : {};
      expect(changesSince(aggregate(withSelfRatings(), options), { from: '2026-03-20' })).to.deep.equal(
        changesSince(aggregate(fixture(), options), { from: '2026-03-20' }),
      );
    }
  });
});
