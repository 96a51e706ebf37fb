import { expect } from '@open-wc/testing';
import {
  addCalendarMonths,
  checkInStatus,
  followUpPlan,
  latestCheckIns,
  shownCheckIns,
  type JobFollowUp,
  parseProgressData,
  stillEmployed,
  type FollowUp,
  type ProgressData,
} from '../../../src/core/index.js';

// A mechanic job from Monday 7 September 2026. The default plan: 1 week → 14 September,
// 1 month → 7 October, 3 months → 7 December; still employed is read on 7 December.
const job = { id: 'j1', employer: 'Autoværkstedet Nord', start: '2026-09-07', kind: 'ordinary' as const };
const oneWeek: FollowUp = {
  id: 'f1',
  jobId: 'j1',
  due: '2026-09-14',
  done: '2026-09-15',
  with: 'both',
  outcome: 'going-well',
};

function dataWith(extra: Partial<ProgressData>): ProgressData {
  const result = parseProgressData({
    schemaVersion: 1,
    participant: { id: 'p', displayName: 'Rasmus' },
    jobs: [job],
    followUps: [oneWeek],
    ...extra,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

const statuses = (data: ProgressData, today: string) =>
  followUpPlan(data, { today })[0]?.checkIns.map((c) => [c.due, c.id ?? null, c.step?.id ?? null, c.status]);

describe('addCalendarMonths(date, months)', () => {
  it('keeps the day, or takes the last day of a shorter month (as SQL intervals do)', () => {
    expect(addCalendarMonths('2026-09-07', 3)).to.equal('2026-12-07');
    expect(addCalendarMonths('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addCalendarMonths('2027-11-30', 3)).to.equal('2028-02-29');
    expect(addCalendarMonths('2026-11-15', 2)).to.equal('2027-01-15');
  });
});

describe('followUpPlan(data, { today })', () => {
  it('shows the done 1-week check-in, the unrecorded 1-month one as overdue, the 3-month one as planned', () => {
    expect(statuses(dataWith({}), '2026-11-06')).to.deep.equal([
      ['2026-09-14', 'f1', '1-week', 'done'],
      ['2026-10-07', null, '1-month', 'overdue'],
      ['2026-12-07', null, '3-months', 'planned'],
    ]);
  });

  it('says due soon from 14 days before the due date to the day itself, overdue the day after', () => {
    const data = dataWith({});
    expect(statuses(data, '2026-11-22')?.[2]?.[3]).to.equal('planned'); // 15 days before
    expect(statuses(data, '2026-11-23')?.[2]?.[3]).to.equal('due-soon'); // 14 days before
    expect(statuses(data, '2026-12-07')?.[2]?.[3]).to.equal('due-soon');
    expect(statuses(data, '2026-12-08')?.[2]?.[3]).to.equal('overdue');
    expect(followUpPlan(data, { today: '2026-11-06', soonDays: 40 })[0]?.checkIns[2]?.status).to.equal(
      'due-soon',
    );
  });

  it('counts a recorded check-in for the nearest step, and shows others beyond the plan', () => {
    const extra: FollowUp = { id: 'f2', jobId: 'j1', due: '2026-09-20', with: 'employer' };
    // 20 September is 6 days from the 1-week step and 17 from the 1-month one; f1 is nearer (0 days).
    const late: FollowUp = { id: 'f3', jobId: 'j1', due: '2026-10-09', with: 'young-person' };
    expect(statuses(dataWith({ followUps: [oneWeek, extra, late] }), '2026-10-08')).to.deep.equal([
      ['2026-09-14', 'f1', '1-week', 'done'],
      ['2026-09-20', 'f2', null, 'overdue'],
      ['2026-10-09', 'f3', '1-month', 'due-soon'],
      ['2026-12-07', null, '3-months', 'planned'],
    ]);
  });

  it('tells a declined check-in apart from a done one, and keeps its outcome', () => {
    const declined: FollowUp = {
      id: 'f2',
      jobId: 'j1',
      due: '2026-10-07',
      done: '2026-10-05',
      with: 'young-person',
      outcome: 'declined',
    };
    const plan = followUpPlan(dataWith({ followUps: [oneWeek, declined] }), { today: '2026-11-06' })[0];
    expect(plan?.checkIns.map((c) => c.status)).to.deep.equal(['done', 'declined', 'planned']);
    expect(plan?.checkIns[0]?.record?.outcome).to.equal('going-well');
  });

  it('leaves out unrecorded steps after the job ended, and says the person was not still employed', () => {
    const ended = { ...job, end: '2026-10-01' };
    const plan = followUpPlan(dataWith({ jobs: [ended] }), { today: '2026-11-06' })[0];
    expect(plan?.checkIns.map((c) => c.due)).to.deep.equal(['2026-09-14']);
    expect(plan?.stillEmployed).to.equal('no');
    expect(plan?.employedUntil).to.equal('2026-12-07');
  });

  it('lists jobs by start date, each with only its own check-ins', () => {
    const earlier = {
      id: 'j0',
      employer: 'Netto',
      start: '2026-05-04',
      end: '2026-08-28',
      kind: 'hourly' as const,
    };
    const plans = followUpPlan(dataWith({ jobs: [job, earlier] }), { today: '2026-11-06' });
    expect(plans.map((p) => p.job.id)).to.deep.equal(['j0', 'j1']);
    // Netto: 11 May and 4 June overdue (nobody recorded them), 4 August overdue too; no f1.
    expect(plans[0]?.checkIns.map((c) => [c.due, c.status])).to.deep.equal([
      ['2026-05-11', 'overdue'],
      ['2026-06-04', 'overdue'],
      ['2026-08-04', 'overdue'],
    ]);
    expect(plans[0]?.stillEmployed).to.equal('yes');
    expect(plans[1]?.checkIns[0]?.id).to.equal('f1');
  });

  it('follows the framework’s own plan', () => {
    const framework = {
      id: 'herning',
      label: { da: 'Herning', en: 'Herning' },
      roles: [{ id: 'company', label: { da: 'Virksomhed', en: 'Company' } }],
      scales: [{ id: 's', min: 1, max: 5, step: 1 }],
      instruments: [
        {
          id: 'w',
          label: { da: 'W', en: 'W' },
          cadence: 'week',
          scale: 's',
          raterRoles: ['company'],
          items: [{ id: 'a', label: { da: 'A', en: 'A' } }],
        },
      ],
      programme: { followUps: [{ id: '2-weeks', after: 2, unit: 'week' }], employedAfterMonths: 6 },
    };
    const plan = followUpPlan(dataWith({ framework: framework as never, followUps: [] }), {
      today: '2026-11-06',
    })[0];
    expect(plan?.checkIns.map((c) => [c.due, c.step?.id])).to.deep.equal([['2026-09-21', '2-weeks']]);
    expect(plan?.employedUntil).to.equal('2027-03-07');
  });

  it('has no jobs for data without them', () => {
    expect(followUpPlan(dataWith({ jobs: [], followUps: [] }), { today: '2026-11-06' })).to.deep.equal([]);
  });
});

describe('stillEmployed(job, months, today)', () => {
  const start = { start: '2026-09-07' };
  it('is not yet known before start + months, yes from that day while the job goes on', () => {
    expect(stillEmployed(start, 3, '2026-12-06')).to.equal('not-yet');
    expect(stillEmployed(start, 3, '2026-12-07')).to.equal('yes');
  });
  it('is no when the job ended before that day, yes when it ended on it', () => {
    expect(stillEmployed({ ...start, end: '2026-12-06' }, 3, '2026-11-01')).to.equal('no');
    expect(stillEmployed({ ...start, end: '2026-12-07' }, 3, '2026-12-07')).to.equal('yes');
    expect(stillEmployed({ ...start, end: '2026-12-07' }, 3, '2026-12-01')).to.equal('not-yet');
  });
});

describe('checkInStatus(record, due, today)', () => {
  it('reads declined before done, and done before any date', () => {
    expect(checkInStatus({ done: '2026-01-01', outcome: 'declined' }, '2026-01-01', '2027-01-01')).to.equal(
      'declined',
    );
    expect(checkInStatus({ done: '2026-01-01' }, '2026-01-01', '2027-01-01')).to.equal('done');
    expect(checkInStatus(undefined, '2026-01-01', '2026-01-02')).to.equal('overdue');
  });
});

describe('latestCheckIns(plans, count)', () => {
  // Three jobs with 2, 0 and 4 check-ins (made up: only the counts and the order matter here).
  const planOf = (id: string, count: number): JobFollowUp => ({
    job: { id, employer: id, start: '2026-01-05', kind: 'ordinary' },
    checkIns: Array.from({ length: count }, (_, i) => ({
      id: `${id}-${i}`,
      jobId: id,
      step: undefined,
      due: `2026-0${i + 1}-01`,
      status: 'planned' as const,
      record: undefined,
    })),
    employedUntil: '2026-04-05',
    stillEmployed: 'not-yet',
  });
  const plans = [planOf('a', 2), planOf('b', 0), planOf('c', 4)];
  const shape = (shown: ReturnType<typeof latestCheckIns>) => [
    shown.plans.map((plan) => [plan.job.id, plan.checkIns.map((c) => c.id)]),
    shown.hiddenJobs,
    shown.hiddenCheckIns,
  ];

  it('keeps everything when it fits: a job counts one, its check-ins one each (2 + 0 + 4 + 3 jobs = 9)', () => {
    expect(shape(latestCheckIns(plans, 9))).to.deep.equal([
      [
        ['a', ['a-0', 'a-1']],
        ['b', []],
        ['c', ['c-0', 'c-1', 'c-2', 'c-3']],
      ],
      0,
      0,
    ]);
  });

  it('keeps the latest: whole later jobs, and the last check-ins of the earliest job shown', () => {
    // c takes 5, b takes 1, a gets 2: itself and its last check-in.
    expect(shape(latestCheckIns(plans, 8))).to.deep.equal([
      [
        ['a', ['a-1']],
        ['b', []],
        ['c', ['c-0', 'c-1', 'c-2', 'c-3']],
      ],
      0,
      1,
    ]);
    // c takes 5, b takes 1; a would have no check-in left: it is hidden with both.
    expect(shape(latestCheckIns(plans, 7))).to.deep.equal([
      [
        ['b', []],
        ['c', ['c-0', 'c-1', 'c-2', 'c-3']],
      ],
      1,
      2,
    ]);
    // One job with more check-ins than the count: its last ones.
    expect(shape(latestCheckIns(plans, 3))).to.deep.equal([[['c', ['c-2', 'c-3']]], 2, 4]);
  });

  it(`shows ${shownCheckIns} at first: of 2,000 follow-ups, at most that many nodes' worth`, () => {
    const many = [planOf('x', 0), ...Array.from({ length: 200 }, (_, j) => planOf(`j${j}`, 10))];
    const shown = latestCheckIns(many, shownCheckIns);
    const units = shown.plans.reduce((sum, plan) => sum + 1 + plan.checkIns.length, 0);
    expect(units).to.be.at.most(shownCheckIns);
    expect(units + shown.hiddenJobs + shown.hiddenCheckIns).to.equal(1 + 200 * 11);
    expect(shown.plans.at(-1)?.job.id).to.equal('j199');
  });
});

describe('follow-up at the calendar’s end', () => {
  it('reads a job from 1 December 9999 as not yet known and its steps as planned, not as long past', () => {
    // Its 1-month and 3-month steps would fall in year 10000, which sorts as text before 2026.
    const late = dataWith({
      jobs: [{ ...job, start: '9999-12-01' }],
      followUps: [],
    });
    const [plan] = followUpPlan(late, { today: '2026-11-06' });
    expect(plan?.stillEmployed).to.equal('not-yet');
    expect(plan?.checkIns.map((c) => c.status)).to.deep.equal(['planned', 'planned', 'planned']);
    expect(stillEmployed({ start: '9999-12-01' }, 3, '2026-11-06')).to.equal('not-yet');
  });
});
