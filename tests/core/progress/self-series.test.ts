import { expect } from '@open-wc/testing';
import {
  changeOf,
  nextworkFramework,
  rollingMean,
  selfSeriesOf,
  type Assessment,
  type ProgressData,
} from '../../../src/core/index.js';
import { parseProgressData } from '../checked-core.js';
import { progressData } from '../../fixtures/progress-data.js';

/** A self-rating of the fixture's young person: initiative and social given, the rest "don't know". */
const own = (id: string, date: string, initiative: number | null, social: number | null) => ({
  id,
  instrument: 'self-weekly',
  date,
  rater: { role: 'self', id: 'y-17' },
  ratings: {
    initiative,
    persistence: null,
    curiosity: null,
    cooperation: null,
    social,
    responsibility: null,
  },
});

/**
 * The fixture (company ratings W10 … W17 but W13) with the young person's own ratings:
 *
 *   week          W10  W11  W14   W16
 *   initiative     4    3   null   5
 *   social         2    2    3     3
 */
function withOwn(): ProgressData {
  const input = progressData();
  input.assessments = [
    ...(input.assessments ?? []),
    own('s10', '2026-03-05', 4, 2),
    own('s11', '2026-03-12', 3, 2),
    own('s14', '2026-04-02', null, 3),
    own('s16', '2026-04-16', 5, 3),
  ];
  const result = parseProgressData(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

const valuesOf = (series: { points: ReadonlyArray<{ period: string; value: number }> } | undefined) =>
  (series?.points ?? []).map((point) => [point.period, point.value]);

describe('selfSeriesOf', () => {
  it('gives a weekly series per trait, keyed and labelled as the trait, of the young person’s own ratings', () => {
    const series = selfSeriesOf(withOwn());
    expect(Object.keys(series)).to.deep.equal([
      'initiative',
      'persistence',
      'curiosity',
      'cooperation',
      'social',
      'responsibility',
    ]);
    const initiative = series['initiative']!;
    expect([initiative.id, initiative.kind, initiative.cadence, initiative.window]).to.deep.equal([
      'initiative',
      'trait',
      'week',
      4,
    ]);
    expect(initiative.label).to.deep.equal(nextworkFramework.traits[0]!.label);
    expect(initiative.scale).to.deep.equal({ min: 1, max: 5 });
    // "Don't know" in W14 is no point, never a low one; the company's 2, 2, 3, 3, 3, 4, 4 never show.
    expect(valuesOf(initiative)).to.deep.equal([
      ['2026-W10', 4],
      ['2026-W11', 3],
      ['2026-W16', 5],
    ]);
    expect(valuesOf(series['social'])).to.deep.equal([
      ['2026-W10', 2],
      ['2026-W11', 2],
      ['2026-W14', 3],
      ['2026-W16', 3],
    ]);
    expect(series['persistence']!.points).to.deep.equal([]);
    expect(initiative.points[0]).to.deep.include({
      start: '2026-03-02',
      end: '2026-03-08',
      count: 1,
      raters: 1,
    });
  });

  it('takes the rolling mean and the rule of change as any series', () => {
    const social = selfSeriesOf(withOwn())['social']!;
    // Windows of 4 weeks: W10 holds W10 (2); W11 holds W10, W11 (2, 2); W14 holds W11, W14 (W13
    // has no point): (2 + 3) / 2 = 2.5; W16 holds W14, W16: (3 + 3) / 2 = 3.
    expect(rollingMean(social).map((point) => [point.period, point.value, point.points])).to.deep.equal([
      ['2026-W10', 2, 1],
      ['2026-W11', 2, 2],
      ['2026-W14', 2.5, 2],
      ['2026-W16', 3, 2],
    ]);
    // Since the conversation of 20 March: then is W11 (ends 15 March), 2; now W16, 3; +1 rose.
    const change = changeOf(social, { from: '2026-03-20' });
    expect([change.before, change.after, change.delta, change.direction]).to.deep.equal([2, 3, 1, 'rose']);
    // Initiative: then W11's window holds W10, W11: (4 + 3) / 2 = 3.5; now W16 alone: 5; +1.5.
    const initiative = changeOf(selfSeriesOf(withOwn())['initiative']!, { from: '2026-03-20' });
    expect([initiative.before, initiative.after, initiative.delta]).to.deep.equal([3.5, 5, 1.5]);
  });

  it('counts only the young person’s own ratings, even in data that skipped validation', () => {
    const data = withOwn();
    const slipped: Assessment = {
      ...own('x', '2026-04-23', 1, 1),
      rater: { role: 'company', id: 'mentor-2' },
    };
    const series = selfSeriesOf({ ...data, assessments: [...data.assessments, slipped] });
    expect(valuesOf(series['initiative']).map(([period]) => period)).to.deep.equal([
      '2026-W10',
      '2026-W11',
      '2026-W16',
    ]);
  });

  it('is empty for a framework without a self-rating instrument, and for an unknown framework', () => {
    const framework = {
      ...nextworkFramework,
      instruments: nextworkFramework.instruments.filter((instrument) => instrument.id !== 'self-weekly'),
    };
    expect(selfSeriesOf({ ...withOwn(), framework })).to.deep.equal({});
    expect(selfSeriesOf({ ...withOwn(), framework: 'no-such-framework' })).to.deep.equal({});
  });
});
