import { expect } from '@open-wc/testing';
import type { z } from 'zod/mini';
import {
  ActivitySchema,
  EducationSchema,
  FollowUpOutcomeSchema,
  FollowUpSchema,
  FollowUpStepSchema,
  JobSchema,
  ProgrammeSchema,
  WeekHoursSchema,
} from '../../../src/core/index.js';

/** `[path, message code]` of every issue; none when the schema accepts `value`. */
function issuesOf(schema: z.ZodMiniType, value: unknown): Array<[string, string]> {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

describe('core/format/programme-schema: the programme in a framework', () => {
  it('ProgrammeSchema.parse({}) gives the documented defaults', () => {
    expect(ProgrammeSchema.parse({})).to.deep.equal({
      // Herning's check-ins: 1 week, 1 month and 3 months after a job starts.
      followUps: [
        { id: '1-week', after: 1, unit: 'week' },
        { id: '1-month', after: 1, unit: 'month' },
        { id: '3-months', after: 3, unit: 'month' },
      ],
      employedAfterMonths: 3,
      reportingPeriod: 'half-year',
      // NExTWORK's minimum week.
      minimumWeeklyHours: 15,
      // Flere varme hænder: 25 hours of internship and 12 of teaching.
      plannedWeek: { internship: 25, teaching: 12 },
      // Flere skal med: half still employed, 15 % into hourly work, half into an internship.
      goals: { stillEmployed: 0.5, hourlyJob: 0.15, internship: 0.5 },
    });
  });

  it('fills in a goal left out, but not a planned activity left out', () => {
    const programme = ProgrammeSchema.parse({ goals: { hourlyJob: 0.2 }, plannedWeek: { other: 2.5 } });
    expect(programme.goals).to.deep.equal({ stillEmployed: 0.5, hourlyJob: 0.2, internship: 0.5 });
    // The planned week is given as a whole: an activity not named has no plan.
    expect(programme.plannedWeek).to.deep.equal({ other: 2.5 });
    expect(ProgrammeSchema.parse({ followUps: [] }).followUps).to.deep.equal([]);
  });

  it('refuses bad numbers with their codes', () => {
    expect(
      issuesOf(ProgrammeSchema, {
        employedAfterMonths: 0,
        reportingPeriod: 'year',
        minimumWeeklyHours: 101,
        plannedWeek: { internship: -1 },
        goals: { stillEmployed: 50 },
      }),
    ).to.deep.equal([
      ['employedAfterMonths', 'followUpAfter'],
      ['reportingPeriod', 'Invalid input'],
      ['minimumWeeklyHours', 'weekHours'],
      ['plannedWeek.internship', 'negativeHours'],
      ['goals.stillEmployed', 'share'],
    ]);
  });

  it('FollowUpStepSchema: a whole number of weeks or months from 1 to 60', () => {
    const step = (after: unknown, unit = 'month') => issuesOf(FollowUpStepSchema, { id: 's', after, unit });
    expect(step(1)).to.deep.equal([]);
    expect(step(60, 'week')).to.deep.equal([]);
    expect(step(0)).to.deep.equal([['after', 'followUpAfter']]);
    expect(step(61)).to.deep.equal([['after', 'followUpAfter']]);
    expect(step(1.5)).to.deep.equal([['after', 'followUpAfter']]);
    expect(step(2, 'day').map(([path]) => path)).to.deep.equal(['unit']);
  });
});

describe('core/format/programme-schema: the records of a young person', () => {
  it('JobSchema: an ordinary or hourly job, hours a week when known', () => {
    const job = { id: 'j1', employer: 'Bageriet', start: '2026-05-01', kind: 'hourly', hoursPerWeek: 12 };
    expect(JobSchema.parse(job)).to.deep.equal(job);
    expect(issuesOf(JobSchema, { ...job, employer: '', start: '1/5/2026', hoursPerWeek: 120 })).to.deep.equal(
      [
        ['employer', 'empty'],
        ['start', 'dateFormat'],
        ['hoursPerWeek', 'weekHours'],
      ],
    );
    expect(issuesOf(JobSchema, { ...job, kind: 'flex' }).map(([path]) => path)).to.deep.equal(['kind']);
  });

  it('EducationSchema: an institution and a start, an end when it is over', () => {
    expect(issuesOf(EducationSchema, { id: 'e1', institution: 'FGU', start: '2026-08-10' })).to.deep.equal(
      [],
    );
    expect(issuesOf(EducationSchema, { id: 'e1', start: '2026-08-10' })).to.deep.equal([
      ['institution', 'Invalid input'],
    ]);
  });

  it('FollowUpSchema: whom the check-in was with, and its outcome in the programme’s words', () => {
    expect(FollowUpOutcomeSchema.options).to.deep.equal(['going-well', 'needs-support', 'declined', 'ended']);
    const followUp = { id: 'f1', jobId: 'j1', due: '2026-05-08', with: 'both' };
    expect(issuesOf(FollowUpSchema, followUp)).to.deep.equal([]);
    expect(issuesOf(FollowUpSchema, { ...followUp, done: '2026-05-08', outcome: 'declined' })).to.deep.equal(
      [],
    );
    expect(issuesOf(FollowUpSchema, { ...followUp, note: 'x'.repeat(5_001) })).to.deep.equal([
      ['note', 'tooLong'],
    ]);
    expect(
      issuesOf(FollowUpSchema, { ...followUp, with: 'mentor', outcome: 'fine' }).map(([path]) => path),
    ).to.deep.equal(['with', 'outcome']);
  });

  it('WeekHoursSchema: planned and attended hours of one activity in one ISO week', () => {
    expect(ActivitySchema.options).to.deep.equal(['internship', 'teaching', 'other']);
    const week = { week: '2026-W19', activity: 'internship', planned: 25, attended: 22.5 };
    expect(WeekHoursSchema.parse(week)).to.deep.equal(week);
    expect(issuesOf(WeekHoursSchema, { ...week, week: '2026-19', attended: -2 })).to.deep.equal([
      ['week', 'weekKey'],
      ['attended', 'negativeHours'],
    ]);
  });
});
