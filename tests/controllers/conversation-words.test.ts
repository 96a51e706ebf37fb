import { expect } from '@open-wc/testing';
import { parseProgressData, samplePersonas, type Change } from '../../src/core/index.js';
import {
  areaValueOf,
  readingGapsIn,
  readingQuestionOf,
  readingValueOf,
  steadyLineOf,
} from '../../src/controllers/conversation-words.js';
import { ProgressModel } from '../../src/controllers/progress-model.js';
import { conversationWords } from '../../src/i18n/conversation/words.js';
import { secondLanguageFor } from '../../src/i18n/second/second.js';

const da = { locale: 'da', t: conversationWords.da };
const en = { locale: 'en', t: conversationWords.en };

const change = (direction: Change['direction'], before: number | null, after: number | null): Change => ({
  id: 'responsibility',
  kind: 'trait',
  before,
  after,
  delta: before === null || after === null ? null : after - before,
  direction,
  beforePeriod: null,
  afterPeriod: null,
  beforeWindow: null,
  afterWindow: null,
});

describe('controllers/conversation-words: an area’s value and the steady line, by hand', () => {
  it('areaValueOf says "now · change" with the change as its two shown values say it', () => {
    // 4.0 → 3.0: a dip of 1,0; 3.35 → 3.6 is shown as 3,4 → 3,6, a rise of 0,2.
    expect(areaValueOf(da, 3, change('dipped', 4, 3))).to.equal('Nu 3,0 · gik 1,0 ned');
    expect(areaValueOf(da, 3.6, change('rose', 3.35, 3.6))).to.equal('Nu 3,6 · steg 0,2');
    expect(areaValueOf(en, 3.6, change('rose', 3.35, 3.6))).to.equal('Now 3.6 · rose 0.2');
    expect(areaValueOf(da, 3.5, change('steady', 3.5, 3.5))).to.equal('Nu 3,5 · stabil');
    expect(areaValueOf(da, 2, change('new', null, 2))).to.equal('Nu 2,0 · ny måling');
    expect(areaValueOf(da, 2.5, change('none', 2.5, null))).to.equal('Nu 2,5 · ikke målt siden');
    expect(areaValueOf(da, 2.5, undefined)).to.equal('Nu 2,5');
    expect(areaValueOf(da, undefined, undefined)).to.equal('Ingen måling endnu');
  });

  it('steadyLineOf names the steady areas as each language lists them (British English: no serial comma)', () => {
    expect(steadyLineOf(da, ['Ansvarsbevidsthed'])).to.equal('Stabilt: Ansvarsbevidsthed.');
    expect(steadyLineOf(da, ['Ansvarsbevidsthed', 'Samarbejde', 'Vedholdenhed'])).to.equal(
      'Stabilt: Ansvarsbevidsthed, Samarbejde og Vedholdenhed.',
    );
    expect(steadyLineOf(en, ['Responsibility', 'Cooperation', 'Persistence'])).to.equal(
      'Steady: Responsibility, Cooperation and Persistence.',
    );
    // The young person's language beneath says it in its own words, with its own list.
    const uk = secondLanguageFor('uk');
    expect(uk?.locale).to.equal('uk');
    expect(steadyLineOf(uk!, ['А'])).to.equal('Стабільно: А.');
  });
});

describe('controllers/conversation-words: the question about the two readings, by hand', () => {
  it('readingValueOf writes a whole reading without decimals and any other with one', () => {
    expect(readingValueOf('da', 4)).to.equal('4');
    expect(readingValueOf('da', 2.3)).to.equal('2,3');
    expect(readingValueOf('en', 3.8)).to.equal('3.8');
  });

  it('readingQuestionOf asks, in both languages, with the label as given', () => {
    const gap = { id: 'cooperation', own: 4, company: 3 };
    expect(readingQuestionOf(da, 'Samarbejdsevner', gap)).to.equal(
      'Samarbejdsevner: Du ser dig selv som 4, virksomheden som 3. Hvad tænker du?',
    );
    expect(readingQuestionOf(en, 'Cooperation', { ...gap, own: 2.5 })).to.equal(
      'Cooperation: You see yourself as 2.5, the company as 3. What do you think?',
    );
  });

  it('readingGapsIn reads the model of the audience: Simon’s initiative in a conversation, nothing for a company', () => {
    const parsed = parseProgressData(structuredClone(samplePersonas[0]!));
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    // By hand (tests/elements/spor-conversation-guide/own-side.test.ts): his own 4 against the company's 3.
    const conversation = new ProgressModel(parsed.data, 'da', 'conversation', false);
    expect(readingGapsIn(conversation, '2026-11-13', '2026-09-30')).to.deep.equal([
      { id: 'initiative', own: 4, company: 3 },
    ]);
    for (const audience of ['company', 'counsellor', 'young-person'] as const) {
      const model = new ProgressModel(parsed.data, 'da', audience, false);
      expect(readingGapsIn(model, '2026-11-13', '2026-09-30'), audience).to.deep.equal([]);
    }
    expect(readingGapsIn(ProgressModel.empty('da'), '2026-11-13', undefined)).to.deep.equal([]);
  });
});
