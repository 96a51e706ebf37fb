import { expect } from '@open-wc/testing';
import {
  allowsNotObserved,
  answeredCountOf,
  assessmentOf,
  choiceStepOf,
  draftOwnerOf,
  isAnotherPerson,
  isLongScale,
  isOnePerScreen,
  itemsOf,
  legendOf,
  missingItemsOf,
  scaleDecimalsOf,
  scaleValuesOf,
  screenOf,
  shownScoreOf,
} from '../../../src/core/progress/assessment-form.js';
import {
  resolveFramework,
  type Instrument,
  type InstrumentItem,
  type Scale,
} from '../../../src/core/index.js';

const rated = (id: string): InstrumentItem => ({ id, label: { da: id }, kind: 'rating', required: true });
const text = (id: string, required: boolean): InstrumentItem => ({
  id,
  label: { da: id },
  kind: 'text',
  required,
});

/** A weekly report of two rated items and two text items, one of them required. */
const weekly: Instrument = {
  id: 'weekly',
  label: { da: 'Uge' },
  cadence: 'week',
  scale: 'five',
  raterRoles: ['company'],
  items: [rated('a'), text('good', true), rated('b'), text('concerns', false)],
};
const questionnaire: Instrument = {
  ...weekly,
  id: 'q',
  scoring: { label: { da: 'Score' }, method: 'mean', reverse: [], bands: [] },
};

const scale = (min: number, max: number, step: number, labels: Scale['labels'] = []): Scale => ({
  id: 's',
  min,
  max,
  step,
  labels,
});

describe('core/assessment-form: the values a scale offers', () => {
  it('scaleValuesOf: min to max by step, each with its label in the locale, "" where it has none', () => {
    const five = scale(1, 5, 1, [
      { value: 1, label: { da: 'Sjældent', en: 'Rarely' } },
      { value: 5, label: { da: 'Altid', en: 'Always' } },
    ]);
    expect(scaleValuesOf(five, 'en')).to.deep.equal([
      { value: 1, label: 'Rarely' },
      { value: 2, label: '' },
      { value: 3, label: '' },
      { value: 4, label: '' },
      { value: 5, label: 'Always' },
    ]);
  });

  it('scaleValuesOf: 0.1 steps never drift (0, 0.1, … 0.3, not 0.30000000000000004)', () => {
    expect(scaleValuesOf(scale(0, 0.3, 0.1), 'da').map((v) => v.value)).to.deep.equal([0, 0.1, 0.2, 0.3]);
    // 1 to 2 by 0.5: three values.
    expect(scaleValuesOf(scale(1, 2, 0.5), 'da').map((v) => v.value)).to.deep.equal([1, 1.5, 2]);
  });

  it('scaleValuesOf: a scale of 0 to 1000 by 1 offers its first 101 values, 0 to 100', () => {
    const values = scaleValuesOf(scale(0, 1000, 1), 'da');
    expect(values.length).to.equal(101);
    expect(values.at(-1)!.value).to.equal(100);
  });

  it('scaleDecimalsOf: none for whole steps from a whole min, else the step’s', () => {
    expect(scaleDecimalsOf(scale(1, 5, 1))).to.equal(0);
    expect(scaleDecimalsOf(scale(0, 1, 0.25))).to.equal(2);
    expect(scaleDecimalsOf(scale(0.5, 4.5, 1))).to.equal(1);
  });

  it('isLongScale: more than 7 values show numbers only (0–10 is long, 1–5 and 1–7 are not)', () => {
    expect(isLongScale(5)).to.equal(false);
    expect(isLongScale(7)).to.equal(false);
    expect(isLongScale(8)).to.equal(true);
    expect(isLongScale(11)).to.equal(true);
  });

  it('allowsNotObserved: every instrument but a questionnaire', () => {
    expect(allowsNotObserved(weekly)).to.equal(true);
    expect(allowsNotObserved(questionnaire)).to.equal(false);
  });

  it('legendOf: the chosen value when labelled, else the first and last labelled (all of them on a long scale)', () => {
    const choices = [
      { value: 1, label: 'Rarely' },
      { value: 2, label: '' },
      { value: 3, label: 'Often' },
      { value: 4, label: '' },
      { value: 5, label: 'Always' },
      { value: null, label: 'Not observed' },
    ];
    expect(legendOf(choices, 3, false)).to.deep.equal({ chosen: choices[2] });
    // 2 has no label; nothing chosen; "not observed" chosen: the labelled values, never "not observed".
    expect(legendOf(choices, 2, false)).to.deep.equal({ labelled: [choices[0], choices[4]] });
    expect(legendOf(choices, undefined, false)).to.deep.equal({ labelled: [choices[0], choices[4]] });
    expect(legendOf(choices, null, false)).to.deep.equal({ labelled: [choices[0], choices[4]] });
    expect(legendOf(choices, undefined, true)).to.deep.equal({
      labelled: [choices[0], choices[2], choices[4]],
    });
  });

  it('choiceStepOf: arrows move and wrap like native radios; right-to-left turns left and right around', () => {
    // Six choices (five values and "not observed"): indexes 0 to 5.
    expect(choiceStepOf('ArrowRight', 2, 6, false)).to.equal(3);
    expect(choiceStepOf('ArrowDown', 5, 6, false)).to.equal(0);
    expect(choiceStepOf('ArrowLeft', 0, 6, false)).to.equal(5);
    expect(choiceStepOf('ArrowUp', 3, 6, false)).to.equal(2);
    expect(choiceStepOf('ArrowLeft', 2, 6, true)).to.equal(3);
    expect(choiceStepOf('ArrowRight', 2, 6, true)).to.equal(1);
    expect(choiceStepOf('Home', 4, 6, false)).to.equal(0);
    expect(choiceStepOf('End', 1, 6, false)).to.equal(5);
    expect(choiceStepOf('Enter', 1, 6, false)).to.equal(undefined);
  });
});

describe('core/assessment-form: what is missing, and the assessment typed', () => {
  const { ratedItems, textItems } = itemsOf(weekly);

  it('itemsOf: rated and text items apart, each in the instrument’s order', () => {
    expect(ratedItems.map((item) => item.id)).to.deep.equal(['a', 'b']);
    expect(textItems.map((item) => item.id)).to.deep.equal(['good', 'concerns']);
  });

  it('missingItemsOf: unanswered rated items first, then required text items with only blanks', () => {
    const none = missingItemsOf(ratedItems, textItems, { ratings: {}, notes: {} });
    expect(none.map((item) => item.id)).to.deep.equal(['a', 'b', 'good']);
    // "Not observed" (null) is an answer; blanks are no text; the optional item is never missing.
    const some = missingItemsOf(ratedItems, textItems, { ratings: { a: null }, notes: { good: '  \n' } });
    expect(some.map((item) => item.id)).to.deep.equal(['b', 'good']);
    const all = missingItemsOf(ratedItems, textItems, {
      ratings: { a: 3, b: null },
      notes: { good: 'Kom til tiden' },
    });
    expect(all).to.deep.equal([]);
  });

  it('answeredCountOf: "not observed" counts as an answer', () => {
    expect(answeredCountOf(ratedItems, { ratings: {}, notes: {} })).to.equal(0);
    expect(answeredCountOf(ratedItems, { ratings: { a: null, b: 4 }, notes: {} })).to.equal(2);
  });

  it('screenOf: a rated item’s own screen, a text item the review after the last statement', () => {
    expect(screenOf(ratedItems, ratedItems[1]!)).to.equal(1);
    expect(screenOf(ratedItems, textItems[0]!)).to.equal(2);
  });

  it('assessmentOf: every rated item (unanswered: null), trimmed text where there is any, no notes when none', () => {
    const about = {
      id: 'a-1',
      instrument: 'weekly',
      date: '2026-11-13',
      rater: { role: 'company', name: 'Peter' },
      ratedItems,
      textItems,
    };
    expect(
      assessmentOf(about, { ratings: { a: 4 }, notes: { good: '  Hjalp en kollega ', concerns: ' ' } }),
    ).to.deep.equal({
      id: 'a-1',
      instrument: 'weekly',
      date: '2026-11-13',
      rater: { role: 'company', name: 'Peter' },
      ratings: { a: 4, b: null },
      notes: { good: 'Hjalp en kollega' },
    });
    const bare = assessmentOf(about, { ratings: { a: null, b: 2 }, notes: { concerns: '' } });
    expect(bare.ratings).to.deep.equal({ a: null, b: 2 });
    expect(Object.hasOwn(bare, 'notes')).to.equal(false);
  });
});

describe('core/assessment-form: the score shown, the mode, whose draft it is', () => {
  it('shownScoreOf: two decimals and the band; nothing until every statement is answered', () => {
    const framework = resolveFramework('nextwork')!;
    const resilience = framework.instruments.find((i) => i.id === 'resilience-self-report')!;
    // 26 / 6 = 4.333…: shown 4.33, in the high band (4.31–5).
    const shown = shownScoreOf(framework, resilience, 26 / 6);
    expect(shown!.value).to.equal(4.33);
    expect(shown!.band!.id).to.equal('high');
    // 4.3 is still normal (3–4.3).
    expect(shownScoreOf(framework, resilience, 4.3)!.band!.id).to.equal('normal');
    expect(shownScoreOf(framework, resilience, undefined)).to.equal(undefined);
  });

  it('isOnePerScreen: the host’s mode, else one statement per screen for a questionnaire only', () => {
    expect(isOnePerScreen('', weekly)).to.equal(false);
    expect(isOnePerScreen('', questionnaire)).to.equal(true);
    expect(isOnePerScreen('list', questionnaire)).to.equal(false);
    expect(isOnePerScreen('one-per-screen', weekly)).to.equal(true);
  });

  it('draftOwnerOf: the participant, framework, instrument and date, and the rater only when named', () => {
    expect(
      draftOwnerOf('simon', 'nextwork', 'weekly-company', '2026-11-13', { role: 'company' }),
    ).to.deep.equal({
      subject: 'simon:nextwork:weekly-company',
      key: 'spor-assessment-form:simon:nextwork:weekly-company:2026-11-13',
      isAnonymous: false,
    });
    // Two raters of the same report on a shared tablet: each their own key (the id before the name).
    const peter = draftOwnerOf('simon', 'nextwork', 'weekly-company', '2026-11-13', {
      role: 'company',
      id: 'p-7',
      name: 'Peter',
    });
    expect(peter.key).to.equal('spor-assessment-form:simon:nextwork:weekly-company:2026-11-13:company:p-7');
    expect(peter.subject).to.equal('simon:nextwork:weekly-company:company:p-7');
    const nobody = draftOwnerOf('', 'nextwork', 'weekly-company', '2026-11-13', {
      role: 'company',
      name: 'Peter',
    });
    expect(nobody).to.deep.equal({
      subject: ':nextwork:weekly-company:company:Peter',
      key: 'spor-assessment-form::nextwork:weekly-company:2026-11-13:company:Peter',
      isAnonymous: true,
    });
  });

  it('isAnotherPerson: only two named people who differ', () => {
    expect(isAnotherPerson('simon', 'liv')).to.equal(true);
    expect(isAnotherPerson('simon', 'simon')).to.equal(false);
    expect(isAnotherPerson('', 'liv')).to.equal(false);
    expect(isAnotherPerson('simon', '')).to.equal(false);
  });
});
