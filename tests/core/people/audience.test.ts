import { expect } from '@open-wc/testing';
import {
  audienceOf,
  forAudience,
  isSelfReportedSeries,
  maySeeRole,
  maySeeSelfReport,
  maySeeSeries,
  nextworkFramework,
  parseProgressData,
  visibleRaterRoles,
  type ProgressData,
} from '../../../src/core/index.js';
import { progressData } from '../../fixtures/progress-data.js';

function parsed(): ProgressData {
  const result = parseProgressData(progressData());
  if (!result.ok) throw new Error('fixture is invalid');
  return result.data;
}

const ids = (data: ProgressData) => data.assessments.map((a) => a.id);
/** The fixture: 7 weekly company reports w0…w6, monthly m1c/m2c (company), m1k/m2k (counsellor), r1 (self). */
const weeklyIds = ['w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6'];

describe('core/audience', () => {
  it('audienceOf: the three audiences as they are; nothing set is the default conversation', () => {
    expect(audienceOf('conversation')).to.deep.equal({ audience: 'conversation' });
    expect(audienceOf('company')).to.deep.equal({ audience: 'company' });
    expect(audienceOf('counsellor')).to.deep.equal({ audience: 'counsellor' });
    expect(audienceOf(undefined)).to.deep.equal({ audience: 'conversation' });
    // A removed attribute reads as null.
    expect(audienceOf(null)).to.deep.equal({ audience: 'conversation' });
  });

  it('audienceOf: any other value fails closed to company, and says so', () => {
    const values = 'conversation, company, counsellor, young-person';
    for (const value of ['Company', 'COUNSELLOR', 'Counsellor', ' counsellor', 'counsellor ', 'virksomhed']) {
      expect(audienceOf(value), value).to.deep.equal({
        audience: 'company',
        issue: { path: ['audience'], code: 'unknownAudience', params: { value, values } },
      });
    }
    for (const value of ['employer', '', 'constructor', '__proto__', 'toString']) {
      expect(audienceOf(value).audience, value).to.equal('company');
    }
    // Not a string at all: the issue names its type, never a value that could be anything.
    expect(audienceOf(1)).to.deep.equal({
      audience: 'company',
      issue: { path: ['audience'], code: 'unknownAudience', params: { value: 'number', values } },
    });
    expect(audienceOf({ toString: () => 'counsellor' }).audience).to.equal('company');
    expect(audienceOf(['counsellor']).audience).to.equal('company');
  });

  it('the policy itself fails closed: a value that is no audience sees what a company sees', () => {
    const stray = { audience: 'Counsellor' as 'company' };
    expect(maySeeRole(stray, 'counsellor')).to.equal(false);
    expect(maySeeRole(stray, 'company')).to.equal(true);
    expect(visibleRaterRoles(stray)).to.deep.equal(['company']);
    expect(maySeeSelfReport({ ...stray, resilienceConsent: true })).to.equal(false);
    expect(ids(forAudience(parsed(), stray))).to.deep.equal(
      ids(forAudience(parsed(), { audience: 'company' })),
    );
  });

  it('maySeeSelfReport: a counsellor always, a conversation only with consent, a company never', () => {
    expect(maySeeSelfReport({ audience: 'counsellor' })).to.equal(true);
    expect(maySeeSelfReport({ audience: 'conversation' })).to.equal(false);
    expect(maySeeSelfReport({ audience: 'conversation', resilienceConsent: true })).to.equal(true);
    expect(maySeeSelfReport({ audience: 'company', resilienceConsent: true })).to.equal(false);
  });

  it('maySeeRole and visibleRaterRoles: a company never sees counsellor ratings', () => {
    expect(maySeeRole({ audience: 'company' }, 'counsellor')).to.equal(false);
    expect(maySeeRole({ audience: 'company' }, 'company')).to.equal(true);
    expect(maySeeRole({ audience: 'conversation' }, 'counsellor')).to.equal(true);
    expect(visibleRaterRoles({ audience: 'company' })).to.deep.equal(['company']);
    expect(visibleRaterRoles({ audience: 'counsellor' })).to.deep.equal(['company', 'counsellor']);
  });

  it('isSelfReportedSeries: resilience and its items, nothing else', () => {
    expect(isSelfReportedSeries(nextworkFramework, 'resilience')).to.equal(true);
    expect(isSelfReportedSeries(nextworkFramework, 'resilience-self-report.r1')).to.equal(true);
    expect(isSelfReportedSeries(nextworkFramework, 'work-readiness')).to.equal(false);
    expect(isSelfReportedSeries(nextworkFramework, 'initiative')).to.equal(false);
    expect(maySeeSeries(nextworkFramework, { audience: 'conversation' }, 'resilience')).to.equal(false);
    expect(maySeeSeries(nextworkFramework, { audience: 'conversation' }, 'initiative')).to.equal(true);
  });

  it('forAudience: a counsellor gets the data as it is', () => {
    const data = parsed();
    expect(forAudience(data, { audience: 'counsellor' })).to.equal(data);
  });

  it('forAudience: a conversation without consent loses only the self-report', () => {
    expect(ids(forAudience(parsed(), { audience: 'conversation' }))).to.deep.equal([
      ...weeklyIds,
      'm1c',
      'm1k',
      'm2c',
      'm2k',
    ]);
    expect(ids(forAudience(parsed(), { audience: 'conversation', resilienceConsent: true }))).to.include(
      'r1',
    );
  });

  it('forAudience: a company loses the self-report and the counsellor ratings, even with consent', () => {
    expect(ids(forAudience(parsed(), { audience: 'company', resilienceConsent: true }))).to.deep.equal([
      ...weeklyIds,
      'm1c',
      'm2c',
    ]);
  });

  it('forAudience: a company sees that a follow-up happened and how it went, never its note', () => {
    const data: ProgressData = {
      ...parsed(),
      jobs: [{ id: 'j1', employer: 'Værkstedet', start: '2026-03-02', kind: 'ordinary' }],
      followUps: [
        {
          id: 'f1',
          jobId: 'j1',
          due: '2026-03-09',
          done: '2026-03-10',
          with: 'both',
          outcome: 'going-well',
          note: 'Trives.',
        },
        { id: 'f2', jobId: 'j1', due: '2026-04-02', with: 'young-person' },
      ],
    };
    const company = forAudience(data, { audience: 'company' });
    expect(company.followUps).to.deep.equal([
      { id: 'f1', jobId: 'j1', due: '2026-03-09', done: '2026-03-10', with: 'both', outcome: 'going-well' },
      { id: 'f2', jobId: 'j1', due: '2026-04-02', with: 'young-person' },
    ]);
    expect(forAudience(data, { audience: 'conversation' }).followUps?.[0]?.note).to.equal('Trives.');
    expect(forAudience(data, { audience: 'counsellor' }).followUps?.[0]?.note).to.equal('Trives.');
    expect(data.followUps?.[0]?.note, 'the host’s data is left as it was').to.equal('Trives.');
  });
});
