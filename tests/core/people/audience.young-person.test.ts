// The young person's own page (`young-person`) and their private log, as attacks: for every
// audience, look for the text that must not be there.
import { expect } from '@open-wc/testing';
import {
  aggregate,
  audienceOf,
  experiencesFor,
  forAudience,
  maySeeRole,
  maySeeSelfReport,
  notesBetween,
  visibleRaterRoles,
  type Audience,
  type ProgressData,
  type Viewer,
} from '../../../src/core/index.js';
import { parseProgressData } from '../checked-core.js';
import { progressData } from '../../fixtures/progress-data.js';

const privateText = 'Græd på toilettet, ingen så det';
const sharedText = 'Hjalp en låner med at finde en bog';
const concern = 'Sad alene i frokostpausen';
const followUpNote = 'Mester siger, hun er stille';

/**
 * The fixture (7 weekly company reports w0…w6 with "done well", monthly m1c/m2c by the company and
 * m1k/m2k by the counsellor, resilience r1 by the young person) with a concern on w6, a self-rating
 * s1, a job with a noted follow-up, and a log of one shared and one private entry.
 */
function data(): ProgressData {
  const input = progressData();
  const assessments = [...(input.assessments ?? [])];
  const w6 = assessments[6]!;
  assessments[6] = { ...w6, notes: { ...w6.notes, concerns: concern } };
  assessments.push({
    id: 's1',
    instrument: 'self-weekly',
    date: '2026-04-23',
    rater: { role: 'self', id: 'y-17' },
    ratings: { initiative: 4, persistence: 3, curiosity: null, cooperation: 4, social: 2, responsibility: 5 },
  });
  const result = parseProgressData({
    ...input,
    assessments,
    jobs: [{ id: 'j1', employer: 'Bageriet', start: '2026-05-04', kind: 'hourly' }],
    followUps: [
      { id: 'f1', jobId: 'j1', due: '2026-05-11', done: '2026-05-11', with: 'both', note: followUpNote },
    ],
    experiences: [
      { id: 'x1', date: '2026-04-20', kind: 'work', text: sharedText, shared: true },
      { id: 'x2', date: '2026-04-21', kind: 'other', text: privateText },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

const ids = (seen: ProgressData) => seen.assessments.map((a) => a.id);
/** Every viewer there is, and values that are no audience (they fail closed to `company`). */
const viewers: ReadonlyArray<Viewer> = [
  { audience: 'conversation' },
  { audience: 'conversation', resilienceConsent: true },
  { audience: 'company' },
  { audience: 'company', resilienceConsent: true },
  { audience: 'counsellor' },
  { audience: 'young-person' },
  { audience: audienceOf('Young-person').audience },
  { audience: audienceOf('ung').audience },
];

describe('audience young-person: what the young person sees on their own page', () => {
  it('is an audience of its own, spelled exactly', () => {
    expect(audienceOf('young-person')).to.deep.equal({ audience: 'young-person' });
    expect(audienceOf('Young-person').audience).to.equal('company');
  });

  it('no counsellor ratings; resilience only as their own answers; their own weekly reading', () => {
    const viewer = { audience: 'young-person' } as const;
    expect(maySeeRole(viewer, 'counsellor')).to.equal(false);
    expect(visibleRaterRoles(viewer)).to.deep.equal(['company']);
    expect(maySeeSelfReport(viewer)).to.equal(true);
    // m1k and m2k (the counsellor's) are gone; r1 (their own questionnaire) and s1 stay.
    expect(ids(forAudience(data(), viewer))).to.deep.equal([
      'w0',
      'w1',
      'w2',
      'w3',
      'w4',
      'w5',
      'w6',
      'm1c',
      'm2c',
      'r1',
      's1',
    ]);
    // Resilience as someone else's answer (data that skipped validation) is not shown as theirs.
    const slipped = data();
    slipped.assessments = slipped.assessments.map((a) =>
      a.id === 'r1' ? { ...a, rater: { role: 'company', id: 'mentor-1' } } : a,
    );
    expect(ids(forAudience(slipped, viewer))).not.to.include('r1');
    // Monthly determination mixes company and counsellor: their page reads the company's only.
    // Persistence in March: m1c 2 alone (m1k's 3 is the counsellor's).
    const monthly = aggregate(forAudience(data(), viewer)).items['monthly-determination.persistence'];
    expect(monthly?.points.map((p) => [p.period, p.value])).to.deep.equal([
      ['2026-03', 2],
      ['2026-04', 3],
    ]);
  });

  it('of the companies’ notes only "done well": never a concern', () => {
    const seen = forAudience(data(), { audience: 'young-person' });
    expect(seen.assessments[6]?.notes).to.deep.equal({ 'done-well': 'Godt arbejde i uge 7' });
    expect(JSON.stringify(seen)).not.to.contain(concern);
    expect(notesBetween(seen, { item: 'concerns' })).to.deep.equal([]);
    expect(notesBetween(seen).map((note) => note.text)).to.have.length(7);
    // The follow-up happened; what the counsellor or mentor wrote about it is theirs.
    expect(seen.followUps).to.deep.equal([
      { id: 'f1', jobId: 'j1', due: '2026-05-11', done: '2026-05-11', with: 'both' },
    ]);
    // The conversation and the host's data stay as they were.
    expect(data().assessments[6]?.notes?.['concerns']).to.equal(concern);
  });

  it('the concern stays where it was seen before: conversation and counsellor', () => {
    for (const audience of ['conversation', 'counsellor'] as const) {
      expect(JSON.stringify(forAudience(data(), { audience })), audience).to.contain(concern);
    }
  });
});

describe('a private log entry never leaves the young person’s own page', () => {
  it('experiencesFor: all entries for the young person, the shared one for everyone else', () => {
    const all = data();
    expect(experiencesFor(all, { audience: 'young-person' }).map((e) => e.id)).to.deep.equal(['x1', 'x2']);
    for (const viewer of viewers.filter((v) => v.audience !== 'young-person')) {
      expect(
        experiencesFor(all, viewer).map((e) => e.id),
        JSON.stringify(viewer),
      ).to.deep.equal(['x1']);
    }
    expect(experiencesFor({}, { audience: 'young-person' })).to.deep.equal([]);
  });

  it('forAudience: the private text is nowhere in any other audience’s data, the shared text is', () => {
    expect(viewers).to.have.length(8);
    let looked = 0;
    for (const viewer of viewers) {
      const seen = JSON.stringify(forAudience(data(), viewer));
      const label = JSON.stringify(viewer);
      expect(seen, label).to.contain(sharedText);
      if (viewer.audience === 'young-person') expect(seen, label).to.contain(privateText);
      else expect(seen, label).not.to.contain(privateText);
      looked++;
    }
    expect(looked).to.equal(8);
  });

  it('an audience the policy does not know (a value past audienceOf) sees no private entry', () => {
    const stray = { audience: 'Young-Person' as Audience };
    expect(JSON.stringify(forAudience(data(), stray))).not.to.contain(privateText);
    expect(experiencesFor(data(), stray).map((e) => e.id)).to.deep.equal(['x1']);
  });

  it('a counsellor, who otherwise gets the data as it is, gets the shared entry only', () => {
    const all = data();
    const seen = forAudience(all, { audience: 'counsellor' });
    expect(seen.experiences?.map((e) => e.id)).to.deep.equal(['x1']);
    expect(ids(seen)).to.deep.equal(ids(all));
    expect(all.experiences, 'the host’s data is left as it was').to.have.length(2);
  });
});

describe('self-ratings by audience', () => {
  it('a company never sees them; a conversation does, without the resilience consent', () => {
    expect(ids(forAudience(data(), { audience: 'company', resilienceConsent: true }))).not.to.include('s1');
    const conversation = ids(forAudience(data(), { audience: 'conversation' }));
    expect(conversation).to.include('s1');
    expect(conversation).not.to.include('r1');
    expect(ids(forAudience(data(), { audience: 'counsellor' }))).to.include('s1');
  });
});
