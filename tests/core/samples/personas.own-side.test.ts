// The sample young people's own side: self-ratings in some weeks, a log, a next step. The numbers
// are their `self-weekly` ratings as personas.ts lists them, and the company's weekly ratings.
import { expect } from '@open-wc/testing';
import {
  aggregate,
  periodKey,
  rollingNow,
  samplePersonas,
  selfSeriesOf,
  type ProgressData,
} from '../../../src/core/index.js';

const [simon, liv, rasmus] = samplePersonas as [ProgressData, ProgressData, ProgressData];

const selfRatings = (persona: ProgressData) =>
  persona.assessments.filter((a) => a.instrument === 'self-weekly');
const weeksOf = (persona: ProgressData, instrument: string) =>
  new Set(
    persona.assessments.filter((a) => a.instrument === instrument).map((a) => periodKey(a.date, 'week')),
  );

describe('samplePersonas: their own side', () => {
  it('rate themselves in some weeks, not all, at most once a week, as the young person', () => {
    expect(samplePersonas.map((p) => selfRatings(p).length)).to.deep.equal([8, 6, 4]);
    for (const persona of samplePersonas) {
      const own = weeksOf(persona, 'self-weekly');
      expect(own.size, persona.participant.id).to.equal(selfRatings(persona).length);
      expect(own.size).to.be.below(weeksOf(persona, 'weekly-company').size);
      expect(selfRatings(persona).every((a) => a.rater.role === 'self')).to.equal(true);
      // "Don't know" is used somewhere: a null rating.
      expect(selfRatings(persona).some((a) => Object.values(a.ratings).includes(null))).to.equal(true);
    }
  });

  it('keep a log with shared and private entries, short sentences in Danish', () => {
    for (const persona of samplePersonas) {
      const log = persona.experiences ?? [];
      expect(log.length, persona.participant.id).to.be.at.least(4);
      expect(log.some((entry) => entry.shared)).to.equal(true);
      expect(log.some((entry) => !entry.shared)).to.equal(true);
      expect(new Set(log.map((entry) => entry.kind)).size).to.be.at.least(2);
      for (const entry of log) {
        const sentences = entry.text.split(/[.!?]/).filter((s) => s.trim() !== '');
        expect(sentences.length, entry.id).to.be.greaterThan(0);
        for (const sentence of sentences) {
          expect(sentence.trim().split(/\s+/).length, `${entry.id}: ${sentence}`).to.be.at.most(15);
        }
      }
    }
  });

  it('end their last conversation with a next step in their own words; Simon with a target', () => {
    const last = (persona: ProgressData) => persona.conversations.at(-1)!;
    for (const persona of samplePersonas) {
      expect(last(persona).nextStep, persona.participant.id).to.match(/^Jeg .{20,}\.$/);
      expect(persona.conversations.slice(0, -1).every((c) => c.nextStep === undefined)).to.equal(true);
    }
    expect([last(simon).focus, last(simon).target]).to.deep.equal(['determination', 4]);
    expect(last(liv).target).to.equal(undefined);
    expect(last(rasmus).target).to.equal(undefined);
  });

  it('Simon sees his initiative a whole step above the company; Liv her social skills below it', () => {
    // Simon's initiative, now: his own weeks W42, W44, W45 (4, 4, 4) lie in the 4 weeks that end
    // with W45: 4. The company's latest point is W44; its weeks W41–W44 hold W43 and W44 (3, 3): 3.
    const simonOwn = rollingNow(selfSeriesOf(simon)['initiative']!)!;
    const simonCompany = rollingNow(aggregate(simon).traits['initiative']!)!;
    expect([simonOwn.period, simonOwn.value, simonCompany.period, simonCompany.value]).to.deep.equal([
      '2026-W45',
      4,
      '2026-W44',
      3,
    ]);
    // Liv's social skills, now: her own W42, W43, W45 (3, 2, 2): 7 / 3 = 2.33…; the company's
    // W42–W45 (4, 4, 3, 4): 15 / 4 = 3.75. She reads herself 1.42 lower.
    const livOwn = rollingNow(selfSeriesOf(liv)['social']!)!;
    const livCompany = rollingNow(aggregate(liv).traits['social']!)!;
    expect(livOwn.value).to.be.closeTo(7 / 3, 1e-6);
    expect(livCompany.value).to.equal(3.75);
    expect(livCompany.value - livOwn.value).to.be.at.least(1);
  });

  it('their own ratings move none of the company’s series', () => {
    for (const persona of samplePersonas) {
      const without = {
        ...persona,
        assessments: persona.assessments.filter((a) => a.instrument !== 'self-weekly'),
      };
      expect(without.assessments.length).to.be.below(persona.assessments.length);
      expect(aggregate(persona), persona.participant.id).to.deep.equal(aggregate(without));
    }
  });
});
