import { expect } from '@open-wc/testing';
import {
  followUpPlan,
  minimumRecord,
  parseProgressData,
  sampleAsOf,
  samplePersonas,
  weekHoursOf,
  type ProgressData,
} from '../../../src/core/index.js';

const persona = (id: string): ProgressData => {
  const result = parseProgressData(samplePersonas.find((p) => p.participant.id === id));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.data;
};

describe('the personas’ programme records', () => {
  it('Rasmus: the mechanic job’s 1-month check-in (5 October) is not held by 6 November', () => {
    const [plan] = followUpPlan(persona('rasmus'), { today: sampleAsOf });
    // Saturday 5 September + 1 week, + 1 month, + 3 months.
    expect(plan?.checkIns.map((c) => [c.due, c.id ?? null, c.status])).to.deep.equal([
      ['2026-09-12', 'rasmus-f1', 'done'],
      ['2026-10-05', 'rasmus-f2', 'overdue'],
      ['2026-12-05', null, 'planned'],
    ]);
    expect(plan?.stillEmployed).to.equal('not-yet');
  });

  it('Simon: a warehouse job that ended after two months, one check-in held and one declined', () => {
    const [plan] = followUpPlan(persona('simon'), { today: sampleAsOf });
    expect(plan?.checkIns.map((c) => c.status)).to.deep.equal(['done', 'declined']);
    expect(plan?.stillEmployed).to.equal('no');
  });

  it('Liv: two tries at education, and no job', () => {
    const liv = persona('liv');
    expect(liv.education?.map((e) => [e.institution, e.end ?? null])).to.deep.equal([
      ['FGU Roskilde', '2025-10-24'],
      ['VUC Roskilde, HF-enkeltfag', null],
    ]);
    expect(followUpPlan(liv, { today: sampleAsOf })).to.deep.equal([]);
  });

  it('Simon: short internships leave weeks with no plan; 11 of the last 12 weeks reach 15 hours', () => {
    const { weeks } = weekHoursOf(persona('simon'));
    // Internships W46 2025 – W05 (Christmas weeks W52 and W01 off), W10 – W26, W33 – W45.
    expect([weeks[0]?.key, weeks.at(-1)?.key]).to.deep.equal(['2025-W46', '2026-W45']);
    expect(weeks.filter((w) => !w.hasPlan).map((w) => w.key)).to.deep.equal([
      '2025-W52',
      '2026-W01',
      '2026-W06',
      '2026-W07',
      '2026-W08',
      '2026-W09',
      '2026-W27',
      '2026-W28',
      '2026-W29',
      '2026-W30',
      '2026-W31',
      '2026-W32',
    ]);
    // Week 40 is his 35th week (share 0.35: 9 + 4 = 13 hours); week 45 the 40th (0.4: 10 + 5 = 15).
    expect(weeks.find((w) => w.key === '2026-W40')?.attendedTotal).to.equal(13);
    expect(weeks.at(-1)?.attendedTotal).to.equal(15);
    expect(minimumRecord(weeks, 12)).to.deep.equal({ count: 12, withPlan: 12, atMinimum: 11 });
  });
});
