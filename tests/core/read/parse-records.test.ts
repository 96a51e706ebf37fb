import { expect } from '@open-wc/testing';
import {
  nextLevelPromptSet,
  nextworkFramework,
  nextworkPromptSet,
  questionnaireScore,
  type Instrument,
} from '../../../src/core/index.js';
import { parseAssessment, parseConversationRecord } from '../checked-core.js';

const weekly = () => ({
  id: 'a1',
  instrument: 'weekly-company',
  date: '2026-03-01T23:30:00Z',
  rater: { role: 'company', name: 'Jens' },
  ratings: { initiative: 3, punctuality: null },
  notes: { 'done-well': 'Mødte til tiden.' },
});

const record = () => ({
  id: 'c1',
  date: '2026-11-13',
  promptSet: 'nextwork',
  answers: { changes: 'Mere stabil.' },
  focus: 'social',
});

const framework = nextworkFramework;

describe('parseAssessment(input, { framework, locale })', () => {
  it('accepts a valid assessment and gives its date as the local day in Copenhagen', () => {
    const result = parseAssessment(weekly(), { framework });
    expect(result.ok).to.equal(true);
    // 23:30 UTC on 1 March is 00:30 on 2 March in Copenhagen (UTC+1).
    if (result.ok) expect(result.data.date).to.equal('2026-03-02');
  });

  it('says what is wrong in Danish by default and in English, with paths inside the record', () => {
    const input = { ...weekly(), ratings: { initiative: 7, nope: 2 }, rater: { role: 'self' } };
    const da = parseAssessment(input, { framework });
    const en = parseAssessment(input, { framework, locale: 'en' });
    expect(da.ok).to.equal(false);
    if (da.ok || en.ok) return;
    expect(da.issues.map((i) => [i.path.join('.'), i.code])).to.deep.equal([
      ['rater.role', 'roleNotAllowed'],
      ['ratings.initiative', 'offScale'],
      ['ratings.nope', 'unknownItem'],
    ]);
    expect(da.issues[1]!.message).to.equal('7 ligger uden for skalaen 1–5.');
    expect(en.issues[1]!.message).to.equal('7 is outside the scale 1–5.');
  });

  it("never passes zod's own text on: a missing field and a wrong type read as core's messages", () => {
    const result = parseAssessment({ ...weekly(), id: undefined, ratings: 'x' }, { framework, locale: 'en' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.message)).to.deep.equal([
      'Missing: this is required.',
      'Should be an object.',
    ]);
  });

  it('refuses a __proto__ key that zod would drop, and never throws', () => {
    const ratings = JSON.parse('{"__proto__": 9}') as unknown;
    const result = parseAssessment({ ...weekly(), ratings }, { framework });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).to.deep.equal(['reservedKey']);
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
      },
    );
    const unread = parseAssessment(hostile, { framework, locale: 'en' });
    expect(unread.ok ? '' : unread.issues[0]!.message).to.equal('The data could not be read.');
  });

  it('does not ask for a placement, which only the whole data can know', () => {
    const input = { ...weekly(), rater: { role: 'company', placementId: 'pl9' } };
    expect(parseAssessment(input, { framework }).ok).to.equal(true);
  });
});

describe('parseConversationRecord(input, { promptSet, framework, locale })', () => {
  it('accepts a valid record', () => {
    const result = parseConversationRecord(record(), { promptSet: nextworkPromptSet, framework });
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.data).to.deep.equal(record());
  });

  it("keeps the young person's consent to show resilience, and refuses one that is not a yes or no", () => {
    const agreed = parseConversationRecord(
      { ...record(), resilienceConsent: true },
      { promptSet: nextworkPromptSet },
    );
    expect(agreed.ok && agreed.data.resilienceConsent).to.equal(true);
    const unsaid = parseConversationRecord(record(), { promptSet: nextworkPromptSet });
    expect(unsaid.ok && unsaid.data.resilienceConsent).to.equal(undefined);
    const wrong = parseConversationRecord(
      { ...record(), resilienceConsent: 'yes' },
      { promptSet: nextworkPromptSet, locale: 'en' },
    );
    expect(wrong.ok ? [] : wrong.issues.map((i) => i.path.join('.'))).to.deep.equal(['resilienceConsent']);
  });

  it('checks the prompt set, the prompts, the focus and the date, in core words', () => {
    const input = { ...record(), date: '2026-02-30', answers: { nope: 'x' }, focus: 'luck' };
    const result = parseConversationRecord(input, { promptSet: nextworkPromptSet, framework, locale: 'en' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path.join('.'), i.message])).to.deep.equal([
      ['date', 'The date 2026-02-30 does not exist.'],
      ['answers.nope', 'nope is not a prompt of the prompt set nextwork.'],
      ['focus', 'luck is not a series of the framework.'],
    ]);
    const other = parseConversationRecord(record(), { promptSet: nextLevelPromptSet });
    expect(other.ok ? [] : other.issues.map((i) => i.message)).to.deep.equal([
      'Samtaleguiden nextwork kendes ikke.',
    ]);
  });

  it('turns a long answer and a bad shape into core messages, not zod text', () => {
    const input = { ...record(), id: 3, answers: { changes: 'x'.repeat(20001) } };
    const result = parseConversationRecord(input, { promptSet: nextworkPromptSet, locale: 'en' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    for (const issue of result.issues) expect(issue.message).to.not.match(/Invalid|expected|received/);
    expect(result.issues.map((i) => i.path.join('.'))).to.deep.equal(['id', 'answers.changes']);
  });
});

describe('questionnaireScore(framework, instrument, ratings)', () => {
  const resilience = framework.instruments.find((i) => i.id === 'resilience-self-report') as Instrument;
  const weeklyInstrument = framework.instruments.find((i) => i.id === 'weekly-company') as Instrument;

  it('reverse-scores r2, r4 and r6 as 6 − x and takes the mean of the six', () => {
    // r1 5, r2 1→5, r3 4, r4 2→4, r5 3, r6 3→3: (5 + 5 + 4 + 4 + 3 + 3) / 6 = 4.
    const ratings = { r1: 5, r2: 1, r3: 4, r4: 2, r5: 3, r6: 3 };
    expect(questionnaireScore(framework, resilience, ratings)).to.equal(4);
  });

  it('has no score until every statement is answered, and none for an instrument without a rule', () => {
    expect(questionnaireScore(framework, resilience, { r1: 5, r2: 1, r3: 4, r4: 2, r5: 3 })).to.equal(
      undefined,
    );
    expect(
      questionnaireScore(framework, resilience, { r1: 5, r2: 1, r3: 4, r4: 2, r5: 3, r6: null }),
    ).to.equal(undefined);
    expect(questionnaireScore(framework, weeklyInstrument, { initiative: 4 })).to.equal(undefined);
  });
});
