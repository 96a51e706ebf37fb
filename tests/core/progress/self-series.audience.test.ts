// Who may see the young person's own reading: the policy decides, and fails closed.
import { expect } from '@open-wc/testing';
import { maySeeOwnReading, selfSeriesFor, type Audience } from '../../../src/core/index.js';
import { parseProgressData } from '../checked-core.js';
import { progressData } from '../../fixtures/progress-data.js';

/** The fixture with two own readings of initiative: 4 (W10) and 3 (W11). */
function withOwn() {
  const input = progressData();
  const own = (id: string, date: string, initiative: number) => ({
    id,
    instrument: 'self-weekly',
    date,
    rater: { role: 'self', id: 'y-17' },
    ratings: {
      initiative,
      persistence: null,
      curiosity: null,
      cooperation: null,
      social: null,
      responsibility: null,
    },
  });
  input.assessments = [
    ...(input.assessments ?? []),
    own('s10', '2026-03-05', 4),
    own('s11', '2026-03-12', 3),
  ];
  const result = parseProgressData(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

describe('maySeeOwnReading', () => {
  it('lets the young person, a conversation and a counsellor see it, never a company', () => {
    const seen = (audience: string) => maySeeOwnReading({ audience: audience as Audience });
    expect(seen('young-person')).to.equal(true);
    expect(seen('conversation')).to.equal(true);
    expect(seen('counsellor')).to.equal(true);
    expect(seen('company')).to.equal(false);
  });

  it('fails closed for an audience it does not know, however it is spelled', () => {
    for (const audience of ['Company', 'Young-person', 'virksomhed', '', 'conversation ']) {
      expect(maySeeOwnReading({ audience: audience as Audience }), audience).to.equal(false);
    }
  });
});

describe('selfSeriesFor', () => {
  it('gives the self series with their points to those who may see them', () => {
    for (const audience of ['young-person', 'conversation', 'counsellor'] as const) {
      const series = selfSeriesFor(withOwn(), { audience });
      // W10: 4, W11: 3, the only own ratings of initiative.
      expect(
        series['initiative']?.points.map((p) => p.value),
        audience,
      ).to.deep.equal([4, 3]);
    }
  });

  it('gives a company, and a mistyped audience, nothing at all', () => {
    for (const audience of ['company', 'Company'] as Audience[]) {
      expect(Object.keys(selfSeriesFor(withOwn(), { audience })), audience).to.have.length(0);
    }
  });
});
