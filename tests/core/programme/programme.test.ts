import { expect } from '@open-wc/testing';
import { nextworkFramework, programmeOf, type Programme } from '../../../src/core/index.js';
import { parseFramework } from '../checked-core.js';

describe('programmeOf(framework)', () => {
  it('has the programme’s numbers (docs/design.md) by default', () => {
    const programme = programmeOf(nextworkFramework);
    expect(programme.followUps).to.deep.equal([
      { id: '1-week', after: 1, unit: 'week' },
      { id: '1-month', after: 1, unit: 'month' },
      { id: '3-months', after: 3, unit: 'month' },
    ]);
    expect(programme.employedAfterMonths).to.equal(3);
    expect(programme.minimumWeeklyHours).to.equal(15);
    expect(programme.plannedWeek).to.deep.equal({ internship: 25, teaching: 12 });
    expect(programme.goals).to.deep.equal({ stillEmployed: 0.5, hourlyJob: 0.15, internship: 0.5 });
  });

  const withProgramme = (programme: unknown) => ({ ...nextworkFramework, programme });

  it('takes a programme’s own numbers, and fills in what it leaves out', () => {
    const result = parseFramework(withProgramme({ minimumWeeklyHours: 20, goals: { hourlyJob: 0.2 } }));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const programme = programmeOf(result.data);
    expect(programme.minimumWeeklyHours).to.equal(20);
    expect(programme.goals).to.deep.equal({ stillEmployed: 0.5, hourlyJob: 0.2, internship: 0.5 });
    expect(programme.followUps).to.have.length(3);
  });

  it('gives the defaults ProgrammeSchema writes down for a framework without a programme', () => {
    expect(programmeOf({})).to.deep.equal({
      followUps: [
        { id: '1-week', after: 1, unit: 'week' },
        { id: '1-month', after: 1, unit: 'month' },
        { id: '3-months', after: 3, unit: 'month' },
      ],
      employedAfterMonths: 3,
      reportingPeriod: 'half-year',
      minimumWeeklyHours: 15,
      plannedWeek: { internship: 25, teaching: 12 },
      goals: { stillEmployed: 0.5, hourlyJob: 0.15, internship: 0.5 },
    });
    // Read once: the same object every time, and the one the built-in framework gets.
    expect(programmeOf({})).to.equal(programmeOf({}));
    expect(programmeOf(nextworkFramework)).to.equal(programmeOf({}));
  });

  it('lets a framework’s own programme win, as it is', () => {
    const own: Programme = {
      followUps: [{ id: '2-weeks', after: 2, unit: 'week' }],
      employedAfterMonths: 6,
      reportingPeriod: 'month',
      minimumWeeklyHours: 20,
      plannedWeek: { internship: 30 },
      goals: { stillEmployed: 0.6, hourlyJob: 0.15, internship: 0.4 },
    };
    expect(programmeOf({ programme: own })).to.equal(own);
    expect(programmeOf({ ...nextworkFramework, programme: own }).employedAfterMonths).to.equal(6);
    // The defaults are left as they were.
    expect(programmeOf({}).employedAfterMonths).to.equal(3);
    expect(programmeOf({}).followUps).to.have.length(3);
  });
});
