import { expect } from '@open-wc/testing';
import {
  choicesOf,
  recordOf,
  resolveAssessmentSetup,
  withOwnerOf,
  type AssessmentInputs,
  type AssessmentSetup,
} from '../../src/controllers/assessment-setup.js';
import { InputResolver } from '../../src/controllers/input-resolution.js';
import { resolveFramework, type Scale } from '../../src/core/index.js';
import { formWords } from '../../src/i18n/form/words.js';
import { isolate } from '../../src/internal/bidi.js';

const en = formWords.en;
const framework = resolveFramework('nextwork')!;
const weekly = framework.instruments.find((i) => i.id === 'weekly-company')!;
const resilience = framework.instruments.find((i) => i.id === 'resilience-self-report')!;

const inputs = (over: Partial<AssessmentInputs> = {}): AssessmentInputs => ({
  framework: 'nextwork',
  instrument: 'weekly-company',
  participant: { id: 'simon', displayName: 'Simon' },
  rater: { role: 'company', name: 'Peter' },
  date: '2026-11-13',
  value: undefined,
  valueOwner: '',
  ...over,
});

function resolve(over: Partial<AssessmentInputs> = {}) {
  const resolver = new InputResolver<AssessmentSetup>(() => 'unreadable');
  return resolveAssessmentSetup(resolver, inputs(over), en, 'en');
}

describe('controllers/assessment-setup: the form’s setup from its properties', () => {
  it('choicesOf: the scale’s values in words, then "not observed" where the instrument offers it', () => {
    const scale = framework.scales.find((s) => s.id === 'frequency-5')!;
    const choices = choicesOf(scale, weekly, 'en', en);
    expect(choices.map((c) => c.value)).to.deep.equal([1, 2, 3, 4, 5, null]);
    expect(choices[3]!.name).to.equal('4 – Almost always');
    expect(choices[3]!.shownName).to.equal(`4 – ${isolate('Almost always')}`);
    expect(choices[5]).to.deep.equal({
      value: null,
      text: 'Not observed',
      label: 'Not observed',
      name: 'Not observed',
      shownName: 'Not observed',
    });
    // A questionnaire: no "not observed".
    expect(choicesOf(scale, resilience, 'en', en).map((c) => c.value)).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('choicesOf: numbers as the locale writes them (0,5 in Danish), an unlabelled value by its number alone', () => {
    const half: Scale = { id: 'half', min: 0, max: 1, step: 0.5, labels: [] };
    const choices = choicesOf(half, weekly, 'da', formWords.da);
    expect(choices.map((c) => c.text)).to.deep.equal(['0,0', '0,5', '1,0', 'Ikke observeret']);
    expect(choices[1]!.name).to.equal('0,5');
  });

  it('resolveAssessmentSetup: the weekly report for Simon by Peter, keyed by all of it', () => {
    const { setup, issues } = resolve();
    expect(issues).to.deep.equal([]);
    expect(setup!.instrument.id).to.equal('weekly-company');
    expect(setup!.rater).to.deep.equal({ role: 'company', name: 'Peter' });
    expect(setup!.ratedItems.length).to.equal(8);
    expect(setup!.textItems.map((i) => i.id)).to.deep.equal(['done-well', 'concerns']);
    expect(setup!.isLongScale).to.equal(false);
    expect(setup!.participantName).to.equal('Simon');
    expect(setup!.key).to.equal(
      'spor-assessment-form:simon:nextwork:weekly-company:2026-11-13:company:Peter',
    );
    expect(setup!.subject).to.equal('simon:nextwork:weekly-company:company:Peter');
    expect(setup!.isAnonymous).to.equal(false);
  });

  it('resolveAssessmentSetup: what is wrong, at its property, in the form’s words', () => {
    expect(resolve({ framework: 'nope' }).issues).to.deep.equal([
      { path: ['framework'], message: 'There is no framework "nope".' },
    ]);
    expect(resolve({ participant: { id: '' } }).issues).to.deep.equal([
      { path: ['participant'], message: en.form.invalid.participant },
    ]);
    expect(resolve({ rater: { role: 'self' } }).issues[0]!.path).to.deep.equal(['rater', 'role']);
    expect(resolve({ date: '13/11/2026' }).issues[0]!.path).to.deep.equal(['date']);
  });

  it('resolveAssessmentSetup: a value given for Simon is refused for Liv', () => {
    const value = {
      id: 'a-1',
      instrument: 'weekly-company',
      date: '2026-11-13',
      rater: { role: 'company' },
      ratings: {},
    };
    expect(resolve({ value, valueOwner: 'simon' }).issues).to.deep.equal([]);
    expect(resolve({ value, valueOwner: 'simon', participant: { id: 'liv' } }).issues).to.deep.equal([
      { path: ['value', 'participant'], message: en.form.invalid.valueParticipant },
    ]);
  });

  it('withOwnerOf: nobody named for a moment keeps the draft under the last person’s key and name', () => {
    const simon = resolve().setup!;
    const nobody = resolve({ participant: undefined }).setup!;
    expect(nobody.isAnonymous).to.equal(true);
    const kept = withOwnerOf(nobody, simon);
    expect([kept.key, kept.participantId, kept.subject, kept.participantName]).to.deep.equal([
      simon.key,
      'simon',
      simon.subject,
      'Simon',
    ]);
  });

  it('recordOf: a complete draft as a checked assessment, with the questionnaire’s score', () => {
    const setup = resolve({ instrument: 'resilience-self-report', rater: { role: 'self' } }).setup!;
    // r2, r4, r6 are reverse-scored (6 − x): 5, 6−1, 4, 6−2, 5, 6−1 → 5 + 5 + 4 + 4 + 5 + 5 = 28; 28 / 6.
    const ratings = { r1: 5, r2: 1, r3: 4, r4: 2, r5: 5, r6: 1 };
    const record = recordOf(setup, { id: 'a-9', ratings, notes: {} }, 'en');
    expect('assessment' in record && record.assessment.ratings).to.deep.equal(ratings);
    expect('score' in record && record.score).to.equal(28 / 6);
  });
});
