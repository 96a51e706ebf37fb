import { expect } from '@open-wc/testing';
import { nextworkFramework, parseExperience, type Framework } from '../../../src/core/index.js';

const entry = () => ({ id: 'x1', date: '2026-10-07', kind: 'work', text: 'Fik printeren til at virke.' });

describe('parseExperience(input, { framework?, locale })', () => {
  it('accepts an entry and sets shared to false when it is left out (private is the default)', () => {
    const result = parseExperience(entry());
    expect(result).to.deep.equal({
      ok: true,
      data: {
        id: 'x1',
        date: '2026-10-07',
        kind: 'work',
        text: 'Fik printeren til at virke.',
        shared: false,
      },
    });
    const shared = parseExperience({ ...entry(), shared: true });
    expect(shared.ok && shared.data.shared).to.equal(true);
  });

  it("reads a date-time as the local day in the framework's time zone", () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Copenhagen (UTC+1), still 1 March in New York.
    const copenhagen = parseExperience({ ...entry(), date: '2026-03-01T23:30:00Z' });
    expect(copenhagen.ok && copenhagen.data.date).to.equal('2026-03-02');
    const newYork: Framework = { ...nextworkFramework, timeZone: 'America/New_York' };
    const there = parseExperience({ ...entry(), date: '2026-03-01T23:30:00Z' }, { framework: newYork });
    expect(there.ok && there.data.date).to.equal('2026-03-01');
  });

  it('says what is wrong with each field, in Danish by default and in English, with paths inside the entry', () => {
    const cases: Array<[unknown, Array<string | number>, string, string]> = [
      [
        { ...entry(), kind: 'school' },
        ['kind'],
        'Skal være en af: "work", "social", "other".',
        'Should be one of: "work", "social", "other".',
      ],
      [
        { ...entry(), text: 'a'.repeat(5001) },
        ['text'],
        'Teksten er for lang (højst 5000 tegn).',
        'The text is too long (at most 5000 characters).',
      ],
      [
        { ...entry(), date: '2026-02-30' },
        ['date'],
        'Datoen 2026-02-30 findes ikke.',
        'The date 2026-02-30 does not exist.',
      ],
      [{ ...entry(), id: '' }, ['id'], 'Må ikke være tom.', 'Must not be empty.'],
      [{ ...entry(), shared: 'yes' }, ['shared'], 'Skal være sand eller falsk.', 'Should be true or false.'],
      ['x', [], 'Skal være et objekt.', 'Should be an object.'],
    ];
    for (const [input, path, da, en] of cases) {
      const inDanish = parseExperience(input);
      const inEnglish = parseExperience(input, { locale: 'en' });
      expect(inDanish.ok, JSON.stringify(path)).to.equal(false);
      if (inDanish.ok || inEnglish.ok) continue;
      expect(inDanish.issues.length, JSON.stringify(path)).to.equal(1);
      expect(inDanish.issues[0]?.path).to.deep.equal(path);
      expect(inDanish.issues[0]?.message).to.equal(da);
      expect(inEnglish.issues[0]?.message).to.equal(en);
    }
  });

  it('takes exactly 5,000 characters of text, as a note inside the data', () => {
    expect(parseExperience({ ...entry(), text: 'a'.repeat(5000) }).ok).to.equal(true);
  });

  it('never throws: a getter that throws is an issue', () => {
    const hostile = {
      ...entry(),
      get text(): string {
        throw new Error('no');
      },
    };
    const result = parseExperience(hostile, { locale: 'en' });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.length).to.equal(1);
  });
});
