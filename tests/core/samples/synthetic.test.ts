import { expect } from '@open-wc/testing';
import {
  randomFrom,
  syntheticProgressData,
  type SyntheticProfile,
} from '../../../src/core/samples/synthetic.js';
import { parseProgressData } from '../checked-core.js';

/** Four weeks from Monday 5 January 2026; the week of 19–25 January is a pause. */
const fourWeeks: SyntheticProfile = {
  seed: 7,
  participant: { id: 'x', displayName: 'X' },
  start: '2026-01-05',
  end: '2026-02-01',
  placements: [{ id: 'p', company: 'C', start: '2026-01-05', raters: [{ id: 'r', name: 'R' }] }],
  counsellor: { id: 'c', name: 'Vejleder' },
  pauses: [['2026-01-19', '2026-01-25']],
  curves: {},
  resilience: { from: 3, to: 3 },
  selfReports: ['2026-01-07'],
  doneWell: ['Godt.'],
  hours: { planned: { internship: 25, teaching: 12 }, attended: [1, 0.5] },
};

/** The same, with every weekly rating pinned far off the scale, so that noise cannot move it. */
const year = { from: '2026-01-01', to: '2026-12-31' };
const pinned: SyntheticProfile = {
  ...fourWeeks,
  notObserved: 1,
  curves: {
    'weekly-company.punctuality': { from: 3, to: 3, shifts: [{ ...year, by: -10 }] },
    'weekly-company.productivity': { from: 3, to: 3, shifts: [{ ...year, by: 10 }] },
  },
};

describe('randomFrom(seed)', () => {
  it('gives the same numbers for the same seed, others for another, all in [0, 1)', () => {
    const draw = (seed: number) => {
      const random = randomFrom(seed);
      return Array.from({ length: 200 }, () => random());
    };
    const a = draw(7);
    expect(a).to.have.length(200);
    expect(draw(7)).to.deep.equal(a);
    expect(draw(8)).not.to.deep.equal(a);
    expect(a.every((value) => value >= 0 && value < 1)).to.equal(true);
    // Not a constant: 200 draws hold more than 190 different values.
    expect(new Set(a).size).to.be.greaterThan(190);
  });
});

describe('syntheticProgressData(profile)', () => {
  it('is deterministic: the same profile gives deep-equal data, another seed other ratings', () => {
    const data = syntheticProgressData(fourWeeks);
    expect(data.assessments.length).to.be.greaterThan(0);
    expect(syntheticProgressData(structuredClone(fourWeeks))).to.deep.equal(data);
    const reseeded = syntheticProgressData({ ...fourWeeks, seed: 8 });
    // Same assessments on the same days; the noise on the ratings differs.
    expect(reseeded.assessments.map((a) => a.id)).to.deep.equal(data.assessments.map((a) => a.id));
    expect(reseeded.assessments.map((a) => a.ratings)).not.to.deep.equal(
      data.assessments.map((a) => a.ratings),
    );
  });

  it('passes parseProgressData with no issue, unchanged', () => {
    for (const profile of [fourWeeks, pinned, { ...fourWeeks, seed: 12345 }]) {
      const data = syntheticProgressData(profile);
      const parsed = parseProgressData(data);
      expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.code), `seed ${profile.seed}`).to.deep.equal(
        [],
      );
      expect(parsed.ok && parsed.data).to.deep.equal(data);
    }
  });

  it('rates on Fridays outside the pause, monthly on the 25th, and the self-report on its day', () => {
    const data = syntheticProgressData(fourWeeks);
    // Fridays from Monday 5 January: 9, 16, (23 paused), 30 January. The month's ratings fall on
    // 1 January + 24 days = 25 January (counsellor) and the day after (company, whose placement
    // runs); February's 25th is after the end. Sorted by date.
    expect(data.assessments.map((a) => [a.date, a.id, a.instrument, a.rater.role])).to.deep.equal([
      ['2026-01-07', 'x-r-2026-01-07', 'resilience-self-report', 'self'],
      ['2026-01-09', 'x-w-2026-01-09-1', 'weekly-company', 'company'],
      ['2026-01-16', 'x-w-2026-01-16-1', 'weekly-company', 'company'],
      ['2026-01-25', 'x-m-2026-01-counsellor', 'monthly-determination', 'counsellor'],
      ['2026-01-26', 'x-m-2026-01-company', 'monthly-determination', 'company'],
      ['2026-01-30', 'x-w-2026-01-30-1', 'weekly-company', 'company'],
    ]);
    expect(data.placements).to.deep.equal([{ id: 'p', company: 'C', start: '2026-01-05' }]);
    expect(data.conversations).to.deep.equal([]);
    expect(data.framework).to.equal('nextwork');
  });

  it('pins what noise cannot move: ratings off the scale, the unseen traits, one note, the self-report', () => {
    const data = syntheticProgressData(pinned);
    const weeklies = data.assessments.filter((a) => a.instrument === 'weekly-company');
    expect(weeklies).to.have.length(3);
    for (const weekly of weeklies) {
      // 3 − 10 ± 0.75 clamps to 1, 3 + 10 ± 0.75 to 5; notObserved 1 leaves curiosity and initiative out.
      expect(weekly.ratings['punctuality']).to.equal(1);
      expect(weekly.ratings['productivity']).to.equal(5);
      expect([weekly.ratings['curiosity'], weekly.ratings['initiative']]).to.deep.equal([null, null]);
      // One "done well" to pick from, and no concerns to pick.
      expect(weekly.notes).to.deep.equal({ 'done-well': 'Godt.' });
    }
    // Resilience 3 with noise within ±0.45 (0.75 × 0.6) rounds to 3; r2, r4, r6 are 6 − 3 = 3 too.
    const self = data.assessments.find((a) => a.instrument === 'resilience-self-report');
    expect(self?.ratings).to.deep.equal({ r1: 3, r2: 3, r3: 3, r4: 3, r5: 3, r6: 3 });
  });

  it('asks the reversed statements the other way round', () => {
    // Resilience 5 (pinned by a shift): r1, r3, r5 agree fully (5), r2, r4, r6 are 6 − 5 = 1.
    const data = syntheticProgressData({
      ...fourWeeks,
      resilience: { from: 3, to: 3, shifts: [{ ...year, by: 10 }] },
    });
    const self = data.assessments.find((a) => a.instrument === 'resilience-self-report');
    expect(self?.ratings).to.deep.equal({ r1: 5, r2: 1, r3: 5, r4: 1, r5: 5, r6: 1 });
  });

  it('has a second mentor rate every third week, counted from the placement’s first Friday', () => {
    const data = syntheticProgressData({
      ...fourWeeks,
      end: '2026-02-15',
      pauses: [],
      placements: [
        {
          id: 'p',
          company: 'C',
          start: '2026-01-05',
          raters: [
            { id: 'r', name: 'R' },
            { id: 's', name: 'S' },
          ],
        },
      ],
    });
    // Fridays 9, 16, 23, 30 January, 6, 13 February are weeks 0–5; the second rater rates when
    // (week + 1) % 3 is 0: weeks 2 and 5, 23 January and 13 February.
    const second = data.assessments.filter((a) => a.rater.id === 's').map((a) => [a.date, a.id]);
    expect(second).to.deep.equal([
      ['2026-01-23', 'x-w-2026-01-23-2'],
      ['2026-02-13', 'x-w-2026-02-13-2'],
    ]);
    expect(
      data.assessments.filter((a) => a.rater.id === 'r' && a.instrument === 'weekly-company'),
    ).to.have.length(6);
  });

  it('writes the hours of each ISO week of the placement outside the pause, the attended shares cycled', () => {
    const data = syntheticProgressData(fourWeeks);
    // Weeks 2 (5–11 Jan), 3, 4 (paused: its Friday is 23 January) and 5 (26 Jan – 1 Feb). The
    // shares 1, 0.5 go to the weeks that are not paused: 25 × 0.5 = 12.5, 12 × 0.5 = 6.
    expect(data.hours).to.deep.equal([
      { week: '2026-W02', activity: 'internship', planned: 25, attended: 25 },
      { week: '2026-W02', activity: 'teaching', planned: 12, attended: 12 },
      { week: '2026-W03', activity: 'internship', planned: 25, attended: 12.5 },
      { week: '2026-W03', activity: 'teaching', planned: 12, attended: 6 },
      { week: '2026-W05', activity: 'internship', planned: 25, attended: 25 },
      { week: '2026-W05', activity: 'teaching', planned: 12, attended: 12 },
    ]);
    const withoutHours: SyntheticProfile = { ...fourWeeks };
    delete (withoutHours as { hours?: unknown }).hours;
    expect(syntheticProgressData(withoutHours)).not.to.have.property('hours');
  });
});
