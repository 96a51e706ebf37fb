import { expect } from '@open-wc/testing';
import {
  allowsNotObserved,
  isOnePerScreen,
  isOwnReadingInstrument,
  selfRatingTakenIn,
} from '../../../src/core/progress/assessment-form.js';
import { selfRatingPeriodOf } from '../../../src/core/read/check-own-side.js';
import { resolveFramework } from '../../../src/core/index.js';

const nextwork = resolveFramework('nextwork')!;
const self = (id: string, date: string, instrument = 'self-weekly') => ({ id, instrument, date });

// ISO weeks of 2026: 1 January is a Thursday, so week 1 starts on Monday 29 December 2025.
// 7 December 2026 is 343 days (49 weeks) after it: Monday of week 50 (7–13 December).
describe('selfRatingTakenIn: one self-rating per ISO week, asked by the form', () => {
  it('finds the rating already given in the same ISO week, searching every assessment', () => {
    const assessments = [
      self('w-a', '2026-11-30'), // week 49
      { id: 'c-1', instrument: 'weekly-company', date: '2026-12-08' }, // another instrument
      self('w-b', '2026-12-13'), // Sunday of week 50
    ];
    const rating = { instrument: 'self-weekly', date: '2026-12-07', ownIds: [] };
    expect(selfRatingTakenIn(assessments, nextwork, rating)).to.deep.equal({ index: 2, period: '2026-W50' });
  });

  it('reads the week in the framework time zone: 23:30 UTC on Sunday is Monday in Copenhagen', () => {
    // 2026-12-06T23:30Z is 00:30 on 7 December in Copenhagen (UTC+1 in winter): week 50, not 49.
    expect(selfRatingPeriodOf(nextwork, 'self-weekly', '2026-12-06T23:30:00Z')).to.equal('2026-W50');
    const assessments = [self('w-a', '2026-12-06T23:30:00Z')];
    expect(
      selfRatingTakenIn(assessments, nextwork, { instrument: 'self-weekly', date: '2026-12-09', ownIds: [] }),
    ).to.deep.equal({ index: 0, period: '2026-W50' });
    // The Sunday before (week 49) is free of it.
    expect(
      selfRatingTakenIn(assessments, nextwork, { instrument: 'self-weekly', date: '2026-12-06', ownIds: [] }),
    ).to.equal(undefined);
  });

  it('leaves out the rating being edited or just sent (its id), and other weeks', () => {
    const assessments = [self('w-a', '2026-11-30'), self('w-b', '2026-12-08')];
    const rating = { instrument: 'self-weekly', date: '2026-12-07' };
    expect(selfRatingTakenIn(assessments, nextwork, { ...rating, ownIds: ['w-b'] })).to.equal(undefined);
    expect(selfRatingTakenIn(assessments, nextwork, { ...rating, ownIds: ['w-a'] })).to.deep.equal({
      index: 1,
      period: '2026-W50',
    });
    expect(selfRatingTakenIn([], nextwork, { ...rating, ownIds: [] })).to.equal(undefined);
  });

  it('holds no rule for instruments that are not the young person’s own reading', () => {
    const assessments = [
      { id: 'c-1', instrument: 'weekly-company', date: '2026-12-07' },
      { id: 'c-2', instrument: 'weekly-company', date: '2026-12-08' },
    ];
    expect(selfRatingPeriodOf(nextwork, 'weekly-company', '2026-12-07')).to.equal(undefined);
    expect(
      selfRatingTakenIn(assessments, nextwork, {
        instrument: 'weekly-company',
        date: '2026-12-09',
        ownIds: [],
      }),
    ).to.equal(undefined);
    // A date that cannot be read names no period.
    expect(selfRatingPeriodOf(nextwork, 'self-weekly', '2026-02-30')).to.equal(undefined);
  });
});

describe('the young person’s own reading in the form: one question at a time, with "don’t know"', () => {
  const instrument = (id: string) => nextwork.instruments.find((candidate) => candidate.id === id)!;

  it('is the instrument only the young person fills in', () => {
    expect(isOwnReadingInstrument(instrument('self-weekly'))).to.equal(true);
    // The questionnaire is theirs too; the company's and the determination rating (company or
    // counsellor) are not.
    expect(isOwnReadingInstrument(instrument('resilience-self-report'))).to.equal(true);
    expect(isOwnReadingInstrument(instrument('weekly-company'))).to.equal(false);
    expect(isOwnReadingInstrument(instrument('monthly-determination'))).to.equal(false);
    expect(isOwnReadingInstrument({ ...instrument('self-weekly'), raterRoles: [] })).to.equal(false);
  });

  it('shows one question per screen unless the host asks for a list, and offers "don’t know"', () => {
    expect(isOnePerScreen('', instrument('self-weekly'))).to.equal(true);
    expect(isOnePerScreen('list', instrument('self-weekly'))).to.equal(false);
    expect(isOnePerScreen('', instrument('weekly-company'))).to.equal(false);
    // No scoring rule: a week the young person cannot say is "don't know" (null), not a guess.
    expect(allowsNotObserved(instrument('self-weekly'))).to.equal(true);
  });
});
