import { expect } from '@open-wc/testing';
import { logFor, samplePersonas, type Experience, type ProgressData } from '../../../src/core/index.js';

const [simon] = samplePersonas as [ProgressData];

const entry = (id: string, date: string, shared = false): Experience => ({
  id,
  date,
  kind: 'work',
  text: id,
  shared,
});

describe('logFor(data, viewer)', () => {
  it("gives the young person every entry of Simon's, newest first", () => {
    // Simon's entries are dated 7, 14 and 22 October and 3 and 5 November (x1 … x5).
    const ids = logFor(simon, { audience: 'young-person' }).map((e) => e.id);
    expect(ids).to.deep.equal(['simon-x5', 'simon-x4', 'simon-x3', 'simon-x2', 'simon-x1']);
  });

  it('gives every other audience the shared entries only (x3 and x5 are private)', () => {
    for (const audience of ['conversation', 'company', 'counsellor'] as const) {
      const ids = logFor(simon, { audience }).map((e) => e.id);
      expect(ids, audience).to.deep.equal(['simon-x4', 'simon-x2', 'simon-x1']);
    }
  });

  it('puts the entry written last first among entries of one day, and reads date-times by their day', () => {
    const data = {
      experiences: [
        entry('a', '2026-05-02'),
        entry('b', '2026-05-03'),
        entry('c', '2026-05-02'),
        entry('d', '2026-05-03T08:00:00+02:00'),
      ],
    };
    // 3 May: b then d, d written last; 2 May: a then c, c written last.
    expect(logFor(data, { audience: 'young-person' }).map((e) => e.id)).to.deep.equal(['d', 'b', 'c', 'a']);
  });

  it('gives an empty list for data without a log, and never changes the data', () => {
    expect(logFor({}, { audience: 'young-person' })).to.deep.equal([]);
    const experiences = [entry('a', '2026-05-01'), entry('b', '2026-05-02')];
    logFor({ experiences }, { audience: 'young-person' });
    expect(experiences.map((e) => e.id)).to.deep.equal(['a', 'b']);
  });
});
