import { expect } from '@open-wc/testing';
import { limits, nextworkFramework, type ValidationIssue } from '../../../src/core/index.js';
import { parseFramework, parseProgressData } from '../checked-core.js';

const valid = () => ({
  schemaVersion: 1,
  participant: { id: 'p1', displayName: 'Rasmus' },
  jobs: [
    { id: 'j1', employer: 'Autoværkstedet Nord', start: '2026-09-07', kind: 'ordinary', hoursPerWeek: 37 },
    { id: 'j2', employer: 'Netto', start: '2026-05-04', end: '2026-08-28', kind: 'hourly' },
  ],
  education: [{ id: 'e1', institution: 'FGU Nordsjælland', start: '2026-01-05', end: '2026-03-27' }],
  followUps: [
    {
      id: 'f1',
      jobId: 'j1',
      due: '2026-09-14',
      done: '2026-09-15',
      with: 'both',
      outcome: 'going-well',
      note: 'Trives.',
    },
    { id: 'f2', jobId: 'j1', due: '2026-10-07', with: 'young-person' },
  ],
  hours: [
    { week: '2026-W10', activity: 'internship', planned: 25, attended: 22.5 },
    { week: '2026-W10', activity: 'teaching', planned: 12, attended: 12 },
    { week: '2026-W11', activity: 'internship', planned: 25, attended: 25 },
  ],
});

type Input = ReturnType<typeof valid>;

function issuesOf(change: (input: Input) => unknown, locale?: string): ValidationIssue[] {
  const input = valid();
  const changed = change(input) ?? input;
  const result = parseProgressData(changed, locale ? { locale } : {});
  return result.ok ? [] : [...result.issues];
}

const codes = (issues: ValidationIssue[]) => issues.map((issue) => [issue.path.join('.'), issue.code]);

describe('programme records in ProgressData (jobs, education, follow-ups, hours)', () => {
  it('are optional: data without them parses as before, and has none', () => {
    const result = parseProgressData({ schemaVersion: 1, participant: { id: 'p', displayName: 'P' } });
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.data.jobs).to.equal(undefined);
  });

  it('accept valid records, with date-times read as local dates', () => {
    const input = valid();
    input.followUps[1]!.due = '2026-10-06T22:30:00Z';
    const result = parseProgressData(input);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.data.followUps?.[1]?.due).to.equal('2026-10-07');
    expect(result.data.hours).to.have.length(3);
    expect(result.data.jobs?.[0]?.kind).to.equal('ordinary');
  });

  it('refuse an end before the start, and dates that do not exist', () => {
    const issues = issuesOf((input) => {
      input.jobs[1]!.end = '2026-05-01';
      input.education[0]!.end = '2025-12-31';
      input.jobs[0]!.start = '2026-02-30';
    });
    expect(codes(issues)).to.deep.equal([
      ['jobs.0.start', 'impossibleDate'],
      ['jobs.1.end', 'endBeforeStart'],
      ['education.0.end', 'endBeforeStart'],
    ]);
    expect(issues[1]?.message).to.equal('Slutdatoen ligger før startdatoen.');
  });

  it('refuse duplicate ids in each list', () => {
    const issues = issuesOf((input) => {
      input.jobs[1]!.id = 'j1';
      input.followUps[1]!.id = 'f1';
      input.education.push({ ...input.education[0]!, start: '2026-04-01', end: '2026-05-01' });
    });
    expect(codes(issues)).to.deep.include.members([
      ['jobs.1.id', 'duplicateId'],
      ['education.1.id', 'duplicateId'],
      ['followUps.1.id', 'duplicateId'],
    ]);
  });

  it('refuse a follow-up on an unknown job, or due or done before the job starts', () => {
    const issues = issuesOf((input) => {
      input.followUps[0]!.due = '2026-09-06';
      input.followUps[0]!.done = '2026-09-01';
      input.followUps[1]!.jobId = 'j9';
    });
    expect(codes(issues)).to.deep.equal([
      ['followUps.0.due', 'beforeJobStart'],
      ['followUps.0.done', 'beforeJobStart'],
      ['followUps.1.jobId', 'unknownJob'],
    ]);
    expect(issues[0]?.message).to.equal('Datoen ligger før jobbet begynder (2026-09-07).');
    expect(issuesOf((input) => void (input.followUps[1]!.jobId = 'j9'), 'en')[0]?.message).to.equal(
      'The job j9 does not exist.',
    );
  });

  it('refuse an outcome without the date it was recorded', () => {
    const issues = issuesOf((input) => {
      delete (input.followUps[0] as { done?: string }).done;
    });
    expect(codes(issues)).to.deep.equal([['followUps.0.outcome', 'outcomeWithoutDone']]);
  });

  it('refuse unknown kinds, partners and outcomes', () => {
    const issues = issuesOf((input) => {
      (input.jobs[0] as { kind: string }).kind = 'temporary';
      (input.followUps[1] as { with: string }).with = 'parent';
      (input.followUps[0] as { outcome: string }).outcome = 'bad';
    });
    expect(codes(issues)).to.deep.equal([
      ['jobs.0.kind', 'value'],
      ['followUps.0.outcome', 'value'],
      ['followUps.1.with', 'value'],
    ]);
  });

  it('refuse negative hours and more than 100 in one entry', () => {
    const issues = issuesOf((input) => {
      input.hours[0]!.attended = -1;
      input.hours[2]!.planned = 101;
      input.jobs[0]!.hoursPerWeek = -5;
    });
    expect(codes(issues)).to.deep.equal([
      ['jobs.0.hoursPerWeek', 'negativeHours'],
      ['hours.0.attended', 'negativeHours'],
      ['hours.2.planned', 'weekHours'],
    ]);
    expect(issues[2]?.message).to.equal('En uge kan højst have 100 timer.');
  });

  it('refuse more than 100 attended (or planned) hours in a week over all activities', () => {
    // 60 + 41 = 101 attended in W10; 25 + 12 = 37 planned stays within.
    const issues = issuesOf((input) => {
      input.hours[0]!.attended = 60;
      input.hours[1]!.attended = 41;
    });
    expect(codes(issues)).to.deep.equal([['hours.1.attended', 'weekHours']]);
    // Exactly 100 is allowed.
    expect(
      issuesOf((input) => {
        input.hours[0]!.attended = 60;
        input.hours[1]!.attended = 40;
      }),
    ).to.deep.equal([]);
  });

  it('refuse a week whose days run past 9999-12-31, and the year 0000, as dates are refused', () => {
    // 9999-W52 runs from 9999-12-27 to 10000-01-02: a date no YYYY-MM-DD can name.
    const only = (week: string) => (input: Input) =>
      void (input.hours = [{ week, activity: 'internship', planned: 5, attended: 5 }]);
    const late = issuesOf(only('9999-W52'));
    expect(codes(late)).to.deep.equal([['hours.0.week', 'weekOutOfRange']]);
    expect(late[0]?.message).to.equal(
      'Ugen 9999-W52 ligger uden for kalenderen: dens dage skal ligge fra 0001-01-01 til 9999-12-31.',
    );
    expect(issuesOf(only('9999-W52'), 'en')[0]?.message).to.equal(
      'The week 9999-W52 is outside the calendar: its days should lie from 0001-01-01 to 9999-12-31.',
    );
    expect(codes(issuesOf(only('0000-W10')))).to.deep.equal([['hours.0.week', 'weekKey']]);
    expect(issuesOf(only('0000-W10'))[0]?.message).to.equal(
      'Skal være en ISO-uge fra år 0001 til 9999 som 2026-W09.',
    );
    // The first and the last week the calendar holds whole.
    expect(issuesOf(only('0001-W01'))).to.deep.equal([]);
    expect(issuesOf(only('9999-W51'))).to.deep.equal([]);
  });

  it(`refuse hours whose first and last weeks lie more than ${limits.hoursWeeks} weeks apart`, () => {
    const span = (first: string, last: string) => (input: Input) =>
      void (input.hours = [
        { week: first, activity: 'internship', planned: 5, attended: 5 },
        { week: last, activity: 'teaching', planned: 5, attended: 5 },
      ]);
    // 2026-W01 … 2045-W08 are exactly 1,000 weeks, first and last included.
    expect(issuesOf(span('2026-W01', '2045-W08'))).to.deep.equal([]);
    const issues = issuesOf(span('2045-W09', '2026-W01'));
    expect(codes(issues)).to.deep.equal([['hours', 'hoursSpan']]);
    expect(issues[0]?.message).to.equal(
      'Timerne spænder over for mange uger (højst 1000 fra den første til den sidste).',
    );
    expect(issuesOf(span('0001-W01', '9999-W51'), 'en')[0]?.message).to.equal(
      'The hours span too many weeks (at most 1000 from the first to the last).',
    );
  });

  it('refuse a second entry for one activity in one week, weeks that do not exist and bad keys', () => {
    const issues = issuesOf((input) => {
      input.hours.push({ week: '2026-W10', activity: 'internship', planned: 5, attended: 5 });
      input.hours.push({ week: '2027-W53', activity: 'other', planned: 5, attended: 5 });
    });
    expect(codes(issues)).to.deep.equal([
      ['hours.3.week', 'duplicateWeek'],
      ['hours.4.week', 'impossibleWeek'],
    ]);
    expect(issues[0]?.message).to.equal('Ugen 2026-W10 har allerede timer for den aktivitet.');
    // 2026-12-31 is a Thursday, so 2026 has an ISO week 53; 2027 has none.
    expect(
      issuesOf(
        (input) => void input.hours.push({ week: '2026-W53', activity: 'other', planned: 1, attended: 0 }),
      ),
    ).to.deep.equal([]);
    expect(codes(issuesOf((input) => void (input.hours[0]!.week = '2026-10')))).to.deep.equal([
      ['hours.0.week', 'weekKey'],
    ]);
  });

  it('bound the lengths of lists and texts', () => {
    const many = Array.from({ length: limits.followUps + 1 }, (_, i) => ({
      id: `f${i}`,
      jobId: 'j1',
      due: '2026-09-14',
      with: 'both',
    }));
    expect(codes(issuesOf((input) => ({ ...input, followUps: many })))).to.deep.equal([
      ['followUps', 'tooMany'],
    ]);
    const issues = issuesOf((input) => {
      input.jobs[0]!.employer = '';
      input.followUps[0]!.note = 'x'.repeat(limits.note + 1);
    });
    expect(codes(issues)).to.deep.equal([
      ['jobs.0.employer', 'empty'],
      ['followUps.0.note', 'tooLong'],
    ]);
  });
});

describe('the programme in a framework', () => {
  const withProgramme = (programme: unknown) => ({ ...nextworkFramework, programme });

  it('refuses shares outside 0–1, steps that are not whole, duplicate steps and negative hours', () => {
    const result = parseFramework(
      withProgramme({
        goals: { stillEmployed: 50 },
        followUps: [
          { id: 'a', after: 1.5, unit: 'week' },
          { id: 'b', after: 0, unit: 'month' },
        ],
        minimumWeeklyHours: -1,
      }),
      { locale: 'en' },
    );
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(codes([...result.issues])).to.deep.equal([
      ['programme.followUps.0.after', 'followUpAfter'],
      ['programme.followUps.1.after', 'followUpAfter'],
      ['programme.minimumWeeklyHours', 'negativeHours'],
      ['programme.goals.stillEmployed', 'share'],
    ]);
    expect(result.issues[3]?.message).to.equal('Should be a share from 0 to 1, e.g. 0.15 for 15 %.');
    const duplicate = parseFramework(
      withProgramme({
        followUps: [
          { id: 'a', after: 1, unit: 'week' },
          { id: 'a', after: 2, unit: 'week' },
        ],
      }),
    );
    expect(duplicate.ok ? [] : codes([...duplicate.issues])).to.deep.equal([
      ['programme.followUps.1.id', 'duplicateId'],
    ]);
  });
});
