import { expect } from '@open-wc/testing';
import {
  cohortOutcomes,
  cohortReport,
  nextworkFramework,
  programmeOf,
  type CohortOutcomes,
  type Framework,
} from '../../../src/core/index.js';
import { parseCohortOutcomes } from '../checked-core.js';
import { handCohort as cohort } from '../../fixtures/hand-cohort.js';

describe('core/cohort: parseCohortOutcomes', () => {
  const valid = cohortReport(cohort, { period: '2026-H1', today: '2026-11-30', minCellSize: 3 });
  // Read on 7 December 2026 unless a test names another day.
  const issuesOf = (input: unknown, locale = 'da', today = '2026-12-07') => {
    const parsed = parseCohortOutcomes(input, { locale, today });
    expect(parsed.ok, 'refused').to.equal(false);
    return parsed.ok ? [] : parsed.issues.map((issue) => [issue.path.join('.'), issue.code, issue.message]);
  };

  it('accepts what cohortReport makes', () => {
    const parsed = parseCohortOutcomes(JSON.parse(JSON.stringify(valid)), { today: '2026-12-07' });
    expect(parsed.ok).to.equal(true);
  });

  it('refuses periods off the grid, in Danish and English', () => {
    const march = cohortOutcomes(cohort, { period: '2026-03', today: '2026-11-30', minCellSize: 3 });
    expect(issuesOf(march, 'da')[0]).to.deep.equal([
      'period',
      'offGrid',
      'Skal være et helt halvår i den faste inddeling.',
    ]);
    expect(issuesOf(march, 'en')[0]).to.deep.equal([
      'period',
      'offGrid',
      'Should be one whole half-year of the fixed reporting grid.',
    ]);
    // A day longer than the half-year, or a custom previous period.
    expect(issuesOf({ ...valid, period: { from: '2026-01-01', to: '2026-07-01' } })[0]?.[1]).to.equal(
      'offGrid',
    );
    expect(
      issuesOf({ ...valid, previousPeriod: { from: '2025-12-01', to: '2025-12-31' } }, 'en'),
    ).to.deep.equal([
      ['previousPeriod', 'notPreviousPeriod', 'Should be the period just before, on the same grid.'],
    ]);
  });

  it('refuses an as-of date the grid does not fix, and a period not yet ended or read', () => {
    // cohortOutcomes reads as of the day it is given: 30 November is not 2026-H1's reading day.
    const anyDay = cohortOutcomes(cohort, { period: '2026-H1', today: '2026-11-30', minCellSize: 3 });
    expect(issuesOf(anyDay, 'da')).to.deep.equal([
      ['asOf', 'asOfNotFixed', 'Tallene læses på en fast dag for perioden: 2026-09-30.'],
    ]);
    expect(issuesOf({ ...valid, asOf: '2026-10-01' }, 'en')).to.deep.equal([
      ['asOf', 'asOfNotFixed', 'The numbers are read as of a day the period fixes: 2026-09-30.'],
    ]);
    // 2026-H2 is read as of 31 March 2027: refused on 30 March, shown on 31 March.
    const h2 = cohortReport(cohort, { period: '2026-H2', today: '2027-03-31', minCellSize: 3 });
    expect(parseCohortOutcomes(h2, { today: '2027-03-31' }).ok).to.equal(true);
    expect(issuesOf(h2, 'da', '2027-03-30')).to.deep.equal([
      [
        'period',
        'notReadYet',
        'Perioden kan først vises fra 2027-03-31: den skal være slut, og "stadig i job" skal være kendt.',
      ],
    ]);
    expect(issuesOf(h2, 'en', '2026-12-15')[0]?.[2]).to.equal(
      'The period can be shown from 2027-03-31 on: it must have ended, and "still employed" must be known.',
    );
    // "Still employed" read after another number of months than the framework's.
    expect(issuesOf({ ...valid, employedAfterMonths: 4 }, 'en')[0]).to.deep.equal([
      'employedAfterMonths',
      'notProgrammeMonths',
      "Should be the framework's number: 3.",
    ]);
  });

  it('refuses a goal claim beside a hidden share, and one the share does not make', () => {
    const claim = structuredClone(valid);
    const hourly = claim.measures[2]!; // hidden share, goal 15 %
    expect(hourly.current.percent).to.equal(null);
    hourly.isGoalMet = true;
    expect(issuesOf(claim, 'da')).to.deep.equal([
      [
        'measures.2.isGoalMet',
        'hiddenGoal',
        'Der må ikke stå, om målet er nået, ved en skjult andel. Skriv null.',
      ],
    ]);
    expect(issuesOf(claim, 'en')[0]?.[2]).to.equal(
      'Whether the goal is met must not be said beside a hidden share. Write null.',
    );
    const wrong = structuredClone(valid);
    wrong.measures[1]!.isGoalMet = false; // 50 % against a goal of 50 %: met
    expect(issuesOf(wrong, 'en')).to.deep.equal([
      ['measures.1.isGoalMet', 'wrongGoal', 'Does not agree with the share and the goal.'],
    ]);
  });

  it('refuses a minCellSize below 3', () => {
    expect(issuesOf({ ...valid, minCellSize: 2 }, 'da')).to.deep.include([
      'minCellSize',
      'cellSize',
      'Skal være et helt tal fra 3 til 1000.',
    ]);
    expect(issuesOf({ ...valid, minCellSize: 2 }, 'en')).to.deep.include([
      'minCellSize',
      'cellSize',
      'Should be a whole number from 3 to 1000.',
    ]);
  });

  it('refuses two counts shown that give a small one away as their difference', () => {
    // 3 in ordinary employment beside the 3 whose job counts for "still employed": 0 apart.
    const both = structuredClone(valid);
    both.measures[4]!.current = { count: 3, denominator: 6, percent: 50 };
    expect(issuesOf(both, 'da')).to.deep.equal([
      [
        'measures.5.current.denominator',
        'derivedCell',
        'Forskellen til measures.4.current.count er under 3, så et lille tal kan regnes ud. Skriv null.',
      ],
    ]);
    // Took part minus started: all 3 of 2025-H2 started.
    const all = structuredClone(valid);
    all.measures[0]!.previous = { count: 3, denominator: 3, percent: 100 };
    expect(issuesOf(all, 'en')).to.deep.equal([
      [
        'measures.0.previous.count',
        'derivedCell',
        'The difference from measures.0.previous.denominator is below 3, so a small number could be worked out. Write null.',
      ],
    ]);
  });

  it('refuses a small cell, a share of a hidden count and a change that gives one away', () => {
    const bad = structuredClone(valid) as CohortOutcomes & { minCellSize: number };
    bad.minCellSize = 5;
    const parsed = parseCohortOutcomes(bad, { locale: 'da', today: '2026-12-07' });
    expect(parsed.ok).to.equal(false);
    if (parsed.ok) return;
    const first = parsed.issues[0];
    expect(first?.code).to.equal('smallCell');
    expect(first?.path).to.deep.equal(['tookPart', 'previous']); // 3 took part in H2
    expect(first?.message).to.equal('Tal under 5 må ikke vises. Skriv null, så er tallet skjult.');

    const leaky = structuredClone(valid);
    const internship = leaky.measures[1];
    if (internship) {
      internship.current.count = null;
      internship.countChange = 1;
      internship.pointsChange = 5;
    }
    const result = parseCohortOutcomes(leaky, { locale: 'en', today: '2026-12-07' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.path.join('.'), issue.code])).to.deep.equal([
      ['measures.1.current.percent', 'hiddenShare'],
      ['measures.1.countChange', 'hiddenChange'],
      ['measures.1.pointsChange', 'hiddenChange'],
    ]);
    expect(result.issues[0]?.message).to.equal('A share of a hidden number must not be shown. Write null.');
  });

  it('refuses names sent along: every object is strict', () => {
    const withNames = { ...valid, participants: ['Simon', 'Liv'] };
    const parsed = parseCohortOutcomes(withNames, { locale: 'da', today: '2026-12-07' });
    expect(parsed.ok).to.equal(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]?.path).to.deep.equal(['participants']);
    expect(parsed.issues[0]?.message).to.equal(
      'Feltet participants hører ikke til her. Send kun tal, aldrig navne.',
    );
  });

  it('names a wrong shape in words', () => {
    const parsed = parseCohortOutcomes(
      { ...valid, minCellSize: 'five', measures: [{ id: 'x' }] },
      { locale: 'en', today: '2026-12-07' },
    );
    expect(parsed.ok).to.equal(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => issue.path.join('.'))).to.include('minCellSize');
    expect(parsed.issues.every((issue) => !/zod|expected/i.test(issue.message))).to.equal(true);
    expect(parseCohortOutcomes(undefined, { today: '2026-12-07' }).ok).to.equal(false);
  });
});

describe('parseCohortOutcomes: the framework, the dates and the cells it checks', () => {
  // The hand-made cohort's fixed table of 2026-H1 (read as of 30 June + 3 months = 30 September):
  // 6 took part (3 in 2025-H2), 3 started and 3 in an internship of 6, the rest hidden.
  const valid = cohortReport(cohort, { period: '2026-H1', today: '2026-11-30', minCellSize: 3 });
  const today = '2026-11-30';
  const issuesOf = (input: unknown, framework?: unknown) => {
    const parsed = parseCohortOutcomes(input, { locale: 'en', today, framework });
    expect(parsed.ok, 'refused').to.equal(false);
    return parsed.ok ? [] : parsed.issues.map((issue) => [issue.path.join('.'), issue.code, issue.message]);
  };
  const withProgramme = (change: Partial<Framework['programme'] & object>): Framework => ({
    ...nextworkFramework,
    programme: { ...programmeOf({}), ...change },
  });

  it('reads the grid and the months from the framework: by id, as an object, or an issue', () => {
    expect(valid.tookPart.current).to.equal(6);
    expect(parseCohortOutcomes(valid, { today, framework: 'nextwork' }).ok).to.equal(true);
    expect(parseCohortOutcomes(valid, { today, framework: nextworkFramework }).ok).to.equal(true);
    expect(issuesOf(valid, 'elsewhere')).to.deep.equal([
      ['framework', 'unknownFramework', 'The framework elsewhere is not known.'],
    ]);
    expect(issuesOf(valid, { id: 'x' })).to.deep.equal([
      ['framework', 'invalid', 'This value is not valid.'],
    ]);
    // "Still employed" after 4 months: the table's 3 is wrong, and so is its reading day, which
    // becomes 30 June + 4 months = 30 October.
    expect(issuesOf(valid, withProgramme({ employedAfterMonths: 4 }))).to.deep.equal([
      ['employedAfterMonths', 'notProgrammeMonths', "Should be the framework's number: 4."],
      ['asOf', 'asOfNotFixed', 'The numbers are read as of a day the period fixes: 2026-10-30.'],
    ]);
    // A monthly grid: a half-year is not one whole month of it.
    expect(
      issuesOf(valid, withProgramme({ reportingPeriod: 'month' })).map((issue) => issue.slice(0, 2)),
    ).to.deep.equal([['period', 'offGrid']]);
  });

  it('names a date that does not exist and an end before the start, and then leaves the grid alone', () => {
    expect(issuesOf({ ...valid, period: { from: '2026-02-30', to: '2026-01-01' } })).to.deep.equal([
      ['period.from', 'impossibleDate', 'The date 2026-02-30 does not exist.'],
      ['period.to', 'endBeforeStart', 'The end date is before the start date.'],
    ]);
    // 31 September does not exist; no grid issue (asOfNotFixed) is added beside it.
    expect(issuesOf({ ...valid, asOf: '2026-09-31' })).to.deep.equal([
      ['asOf', 'impossibleDate', 'The date 2026-09-31 does not exist.'],
    ]);
    expect(
      issuesOf({ ...valid, previousPeriod: { from: '2025-12-31', to: '2025-07-01' } }).map((issue) =>
        issue.slice(0, 2),
      ),
    ).to.deep.equal([['previousPeriod.to', 'endBeforeStart']]);
  });

  it('refuses a count above its total, and a measure given twice', () => {
    const above = structuredClone(valid);
    above.measures[0]!.current.count = 7; // 7 started of the 6 who took part
    expect(issuesOf(above)).to.deep.equal([
      ['measures.0.current.count', 'countAboveTotal', 'The count is larger than the total.'],
    ]);
    const twice = structuredClone(valid);
    twice.measures[1]!.id = 'started';
    expect(issuesOf(twice)).to.deep.equal([
      ['measures.1.id', 'duplicateId', 'The id started is already used.'],
    ]);
  });

  it('answers an input it cannot read with one issue, and never throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    const parsed = parseCohortOutcomes(hostile, { locale: 'en', today });
    expect(parsed.ok).to.equal(false);
    expect(parsed.ok ? [] : parsed.issues.map((issue) => [issue.path, issue.code])).to.deep.equal([
      [[], 'unreadable'],
    ]);
    // In the language asked for (it was always Danish here).
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.message)).to.deep.equal([
      'The data could not be read.',
    ]);
  });
});
