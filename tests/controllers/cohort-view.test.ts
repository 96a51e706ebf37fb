// cohortView: core's cohort outcomes read out in words, row by row; every number is core's, and a
// hidden count reads "skjult" / "hidden" whichever way it was hidden.
import { expect } from '@open-wc/testing';
import { cohortView } from '../../src/controllers/cohort-view.js';
import type { CohortMeasure, CohortOutcomes } from '../../src/core/index.js';
import { wordsFor } from '../../src/i18n/locale.js';
import { programmeWords } from '../../src/i18n/programme/words.js';

/** Intl writes "48 %" with a no-break space; a person reads a space. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');
const plainRow = (row: object) =>
  Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      Array.isArray(value)
        ? value.map((v) => plain(String(v)))
        : typeof value === 'string'
          ? plain(value)
          : value,
    ]),
  );

const measure = (id: CohortMeasure['id'], rest: Omit<CohortMeasure, 'id'>): CohortMeasure => ({
  id,
  ...rest,
});

/** The first half of 2026: 48 young people took part, 40 in the half-year before; counts below 5 hidden. */
const outcomes: CohortOutcomes = {
  period: { from: '2026-01-01', to: '2026-06-30' },
  previousPeriod: { from: '2025-07-01', to: '2025-12-31' },
  asOf: '2026-09-30',
  employedAfterMonths: 3,
  minCellSize: 5,
  tookPart: { current: 48, previous: 40, change: 8 },
  measures: [
    measure('internship', {
      current: { count: 23, denominator: 48, percent: 48 },
      previous: { count: 18, denominator: 40, percent: 45 },
      countChange: 5,
      pointsChange: 3,
      goal: 50,
      isGoalMet: false,
    }),
    measure('hourly-work', {
      current: { count: null, denominator: 48, percent: null },
      previous: { count: 6, denominator: 40, percent: 15 },
      countChange: null,
      pointsChange: null,
      goal: 15,
      isGoalMet: null,
    }),
    measure('still-employed', {
      current: { count: 6, denominator: 10, percent: 60 },
      previous: { count: 5, denominator: 9, percent: 56 },
      countChange: 1,
      pointsChange: 4,
      goal: 50,
      isGoalMet: true,
    }),
  ],
};

describe('cohortView', () => {
  it('says the period, who took part and every row in Danish, a hidden count as "skjult"', () => {
    const view = cohortView(outcomes, wordsFor('da', programmeWords), 'da');
    expect(view.period).to.equal('1. januar – 30. juni 2026');
    expect(view.comparedWith).to.equal('Sammenlignet med perioden før: 1. juli – 31. december 2025.');
    expect(view.tookPart).to.equal('48 unge var med i perioden. I perioden før: 40.');
    expect(view.rows.map((row) => row.id)).to.deep.equal(['internship', 'hourly-work', 'still-employed']);
    const [internship, hourly, employed] = view.rows.map(plainRow);
    expect(internship).to.deep.equal({
      id: 'internship',
      label: 'I praktik',
      percent: 48,
      goal: 50,
      isGoalMet: false,
      value: '48 %',
      counts: '23 af 48 unge',
      goalText: 'Mål: 50 %',
      change: '3 procentpoint højere end perioden før (45 %).',
      note: undefined,
      sentence: 'I praktik: 23 af 48 unge (48 %). Mål: 50 %. 3 procentpoint højere end perioden før (45 %).',
      cells: ['23 af 48 unge', '48 %', '18 af 40 unge (45 %)', '3 procentpoint', '50 %'],
    });
    expect(hourly).to.deep.equal({
      id: 'hourly-work',
      label: 'I lønnet timejob',
      percent: null,
      goal: 15,
      isGoalMet: false,
      value: 'skjult',
      counts: 'et skjult antal af 48 unge',
      goalText: 'Mål: 15 %',
      change: 'Ændringen vises ikke, fordi et af tallene er skjult.',
      note: 'Andelen vises ikke, fordi tallet er skjult.',
      sentence:
        'I lønnet timejob: et skjult antal af 48 unge. Andelen vises ikke, fordi tallet er skjult. Mål: 15 %. Ændringen vises ikke, fordi et af tallene er skjult.',
      cells: ['et skjult antal af 48 unge', '–', '6 af 40 unge (15 %)', '–', '15 %'],
    });
    expect(employed).to.deep.equal({
      id: 'still-employed',
      label: 'Stadig i job 3 måneder efter start',
      percent: 60,
      goal: 50,
      isGoalMet: true,
      value: '60 %',
      counts: '6 af 10 unge, der begyndte i et job i perioden',
      goalText: 'Mål: 50 %',
      change: '4 procentpoint højere end perioden før (56 %).',
      note: 'Talt pr. 30. september 2026, 3 måneder efter periodens sidste dag, så alle job fra perioden er med.',
      sentence:
        'Stadig i job 3 måneder efter start: 6 af 10 unge, der begyndte i et job i perioden (60 %). Talt pr. 30. september 2026, 3 måneder efter periodens sidste dag, så alle job fra perioden er med. Mål: 50 %. Målet er nået. 4 procentpoint højere end perioden før (56 %).',
      cells: ['6 af 10 unge', '60 %', '5 af 9 unge (56 %)', '4 procentpoint', '50 %'],
    });
  });

  it('says a lower share, the same share, and too few who took part, in English', () => {
    const lower: CohortOutcomes = {
      ...outcomes,
      tookPart: { current: null, previous: 40, change: null },
      measures: [
        measure('education', {
          current: { count: 10, denominator: 48, percent: 21 },
          previous: { count: 9, denominator: 40, percent: 23 },
          countChange: 1,
          pointsChange: -2,
          goal: null,
          isGoalMet: null,
        }),
        measure('started', {
          current: { count: 12, denominator: 48, percent: 25 },
          previous: { count: 10, denominator: 40, percent: 25 },
          countChange: 2,
          pointsChange: 0,
          goal: null,
          isGoalMet: null,
        }),
      ],
    };
    const view = cohortView(lower, wordsFor('en', programmeWords), 'en');
    expect(view.tookPart).to.equal(
      'Fewer than 5 young people took part in the period. The numbers are not shown.',
    );
    expect(view.rows.map((row) => row.sentence)).to.deep.equal([
      'In education: 10 of 48 young people (21%). 2 percentage points lower than the period before (23%).',
      'Started in the period: 12 of 48 young people (25%). The same share as the period before (25%).',
    ]);
    expect(view.rows[0]!.cells).to.deep.equal([
      '10 of 48 young people',
      '21%',
      '9 of 40 young people (23%)',
      '-2 percentage points',
      '–',
    ]);
  });
});
