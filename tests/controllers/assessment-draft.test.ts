import { expect } from '@open-wc/testing';
import {
  draftFrom,
  draftOfValue,
  draftShapeOf,
  emptyDraft,
  isEmptyDraft,
  restoreDraft,
} from '../../src/controllers/assessment-draft.js';
import { resolveAssessmentSetup, type AssessmentSetup } from '../../src/controllers/assessment-setup.js';
import { InputResolver } from '../../src/controllers/input-resolution.js';
import { formWords } from '../../src/i18n/form/words.js';

const shape = {
  ratedItems: ['a', 'b'],
  textItems: ['good'],
  isChoice: (v: number | null) => v === null || v === 3,
};

function weeklySetup(): AssessmentSetup {
  const resolver = new InputResolver<AssessmentSetup>(() => 'unreadable');
  const props = {
    framework: 'nextwork',
    instrument: 'weekly-company',
    participant: { id: 'simon' },
    rater: { role: 'company' },
    date: '2026-11-13',
    value: undefined,
    valueOwner: '',
  };
  return resolveAssessmentSetup(resolver, props, formWords.da, 'da').setup!;
}

describe('controllers/assessment-draft: what a person has filled in', () => {
  it('draftFrom: keeps only the form’s items and choices, and a usable id', () => {
    const input = {
      id: 'a-1',
      ratings: { a: 3, b: 7, c: 3 },
      notes: { good: 'Kom til tiden', other: 'x' },
    };
    expect(draftFrom(input, shape)).to.deep.equal({
      id: 'a-1',
      ratings: { a: 3 },
      notes: { good: 'Kom til tiden' },
    });
    // "Not observed" is a choice; a string is not a value; an id of 201 characters is not used.
    const odd = draftFrom({ id: 'x'.repeat(201), ratings: { a: null, b: '3' }, notes: { good: 4 } }, shape)!;
    expect(odd.ratings).to.deep.equal({ a: null });
    expect(odd.notes).to.deep.equal({});
    expect(odd.id).to.not.equal('x'.repeat(201));
    expect(odd.id.length).to.be.greaterThan(0);
    expect(draftFrom('{"ratings":{}}', shape)).to.equal(undefined);
    expect(draftFrom(null, shape)).to.equal(undefined);
  });

  it('isEmptyDraft: nothing answered and nothing written; a new draft is empty and has its own id', () => {
    const first = emptyDraft();
    expect(isEmptyDraft(first)).to.equal(true);
    expect(first.id).to.not.equal(emptyDraft().id);
    expect(isEmptyDraft({ ...first, ratings: { a: null } })).to.equal(false);
    expect(isEmptyDraft({ ...first, notes: { good: '' } })).to.equal(false);
  });

  it('draftShapeOf, restoreDraft: the weekly report holds its 8 rated items, 2 text items and the values 1–5 or "not observed"', () => {
    const setup = weeklySetup();
    const own = draftShapeOf(setup);
    expect(own.ratedItems.length).to.equal(8);
    expect(own.textItems).to.deep.equal(['done-well', 'concerns']);
    expect([1, 5, null, 0, 6, 2.5].map(own.isChoice)).to.deep.equal([true, true, true, false, false, false]);
    const restored = restoreDraft(setup, { id: 'a-2', ratings: { initiative: 4, nope: 2 }, notes: {} });
    expect(restored).to.deep.equal({ id: 'a-2', ratings: { initiative: 4 }, notes: {} });
  });

  it('draftOfValue: a host’s value of this instrument only', () => {
    const setup = weeklySetup();
    const value = {
      id: 'a-3',
      instrument: 'weekly-company',
      ratings: { initiative: 2 },
      notes: { concerns: 'Træt' },
    };
    expect(draftOfValue(setup, value)).to.deep.equal({
      id: 'a-3',
      ratings: { initiative: 2 },
      notes: { concerns: 'Træt' },
    });
    expect(draftOfValue(setup, { ...value, instrument: 'monthly-determination' })).to.equal(undefined);
    expect(draftOfValue(setup, undefined)).to.equal(undefined);
  });
});
