import { expect } from '@open-wc/testing';
import { addDays, syntheticCohort, type ProgressData } from '../../../src/core/index.js';
import { parseProgressData } from '../checked-core.js';

const options = { size: 300, from: '2025-01-01', to: '2026-06-30', asOf: '2026-03-31' } as const;
const cohort = syntheticCohort(options);

/** Everything with a start and maybe an end in a record: placements, jobs and educations. */
const spansOf = (record: ProgressData) => [
  ...record.placements,
  ...(record.jobs ?? []),
  ...(record.education ?? []),
];

describe('syntheticCohort({ size, seed, from, to, asOf })', () => {
  it('is deterministic: the same options give deep-equal records, seed 12 by default', () => {
    expect(cohort).to.have.length(300);
    expect(syntheticCohort(options)).to.deep.equal(cohort);
    expect(syntheticCohort({ ...options, seed: 12 })).to.deep.equal(cohort);
    expect(syntheticCohort({ ...options, seed: 13 })).not.to.deep.equal(cohort);
    expect(syntheticCohort({ ...options, size: 0 })).to.deep.equal([]);
    // A smaller cohort is the start of a larger one with the same seed: each record draws in turn.
    expect(syntheticCohort({ ...options, size: 10 })).to.deep.equal(cohort.slice(0, 10));
  });

  it('gives every record passing parseProgressData with no issue, unchanged', () => {
    let parsed = 0;
    for (const record of cohort) {
      const result = parseProgressData(record);
      expect(result.ok ? [] : result.issues.map((issue) => issue.code), record.participant.id).to.deep.equal(
        [],
      );
      expect(result.ok && result.data, record.participant.id).to.deep.equal(record);
      parsed += 1;
    }
    expect(parsed).to.equal(300);
  });

  it('numbers the young people, and holds no assessments or conversations', () => {
    expect(cohort.slice(0, 2).map((r) => [r.participant.id, r.participant.displayName])).to.deep.equal([
      ['ung-00001', 'Ung 1'],
      ['ung-00002', 'Ung 2'],
    ]);
    expect(cohort.at(-1)?.participant).to.deep.equal({ id: 'ung-00300', displayName: 'Ung 300' });
    for (const record of cohort) {
      expect(record.framework).to.equal('nextwork');
      expect([record.assessments, record.conversations]).to.deep.equal([[], []]);
    }
  });

  it('starts nothing after asOf and ends nothing after it; the first internship starts from `from` to `to`', () => {
    let spans = 0;
    let ended = 0;
    for (const record of cohort) {
      for (const span of spansOf(record)) {
        spans += 1;
        expect(span.start <= options.asOf, span.id).to.equal(true);
        if (span.end !== undefined) {
          ended += 1;
          expect(span.end <= options.asOf && span.end >= span.start, span.id).to.equal(true);
        }
      }
      const first = record.placements[0];
      if (first) expect(first.start >= options.from && first.start <= options.to, first.id).to.equal(true);
    }
    // The cohort holds something of each kind: spans, spans that have ended, and ones that go on.
    expect(spans).to.be.greaterThan(300);
    expect(ended).to.be.greaterThan(0);
    expect(ended).to.be.lessThan(spans);
    expect(cohort.some((r) => r.placements.length === 2)).to.equal(true);
    expect(cohort.some((r) => (r.jobs ?? []).some((job) => job.kind === 'hourly'))).to.equal(true);
    expect(cohort.some((r) => (r.jobs ?? []).some((job) => job.kind === 'ordinary'))).to.equal(true);
    expect(cohort.some((r) => (r.education ?? []).length > 0)).to.equal(true);
  });

  it('plans follow-ups 7, 30 and 91 days after a job starts, up to asOf, done on the day or not yet', () => {
    let followUps = 0;
    for (const record of cohort) {
      for (const followUp of record.followUps ?? []) {
        followUps += 1;
        const job = (record.jobs ?? []).find((candidate) => candidate.id === followUp.jobId);
        expect(job, followUp.id).not.to.equal(undefined);
        const n = Number(followUp.id.slice(-1)); // `…-f1`, `…-f2`, `…-f3`
        expect(followUp.id, followUp.id).to.equal(`${followUp.jobId}-f${n}`);
        expect(followUp.due).to.equal(addDays(job!.start, [7, 30, 91][n - 1]!));
        expect(followUp.due <= options.asOf, followUp.id).to.equal(true);
        if (followUp.done !== undefined) expect(followUp.done).to.equal(followUp.due);
        else expect(followUp.outcome).to.equal(undefined);
      }
    }
    expect(followUps).to.be.greaterThan(0);
  });
});
