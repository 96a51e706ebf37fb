import { expect } from '@open-wc/testing';
import { isAlreadyRated, submitRefusalOf, takenIn } from '../../src/controllers/self-rating-check.js';
import { InputResolver, unusable } from '../../src/controllers/input-resolution.js';
import { resolveFramework, samplePersonas, type Assessment } from '../../src/core/index.js';
import { formWords } from '../../src/i18n/form/words.js';

const framework = resolveFramework('nextwork')!;
const liv = samplePersonas.find((person) => person.participant.id === 'liv')!;
const en = formWords.en;
// Liv's last own rating: Friday 6 November 2026, ISO week 45 (2–8 November).
const lastIndex = liv.assessments.findIndex((a) => a.instrument === 'self-weekly' && a.date === '2026-11-06');
const about = (date: string, participantId = 'liv') => ({
  framework,
  instrument: 'self-weekly',
  date,
  participantId,
});

describe('takenIn: the form’s check of a self-rating against the whole data', () => {
  it('says nothing without data, or for a free week', () => {
    const inputs = new InputResolver<unknown>(() => 'unreadable');
    expect(takenIn(inputs, { value: undefined }, about('2026-11-04'), en, 'en')).to.equal(undefined);
    expect(takenIn(inputs, { data: liv, value: undefined }, about('2026-11-13'), en, 'en')).to.equal(
      undefined,
    );
  });

  it('refuses a second rating in week 45 in the form’s words, marked as "rated already"', () => {
    expect(lastIndex).to.be.above(-1);
    const inputs = new InputResolver<unknown>(() => 'unreadable');
    const found = takenIn(inputs, { data: liv, value: undefined }, about('2026-11-04'), en, 'en');
    expect(found?.issues).to.deep.equal([
      {
        path: ['data', 'assessments', lastIndex, 'date'],
        message: 'You have already answered for week 45, 2026. You can answer again in the next one.',
      },
    ]);
    expect(isAlreadyRated(found?.issues[0])).to.equal(true);
    // An issue that only reads the same is not the mark.
    expect(isAlreadyRated({ ...found!.issues[0]! })).to.equal(false);
    expect(isAlreadyRated(undefined)).to.equal(false);
  });

  it('leaves out the rating being edited and the one just sent', () => {
    const inputs = new InputResolver<unknown>(() => 'unreadable');
    const own = liv.assessments[lastIndex] as Assessment;
    const edited = { data: liv, value: { id: own.id } };
    expect(takenIn(inputs, edited, about('2026-11-04'), en, 'en')).to.equal(undefined);
    expect(
      takenIn(inputs, { data: liv, value: undefined, sentId: own.id }, about('2026-11-04'), en, 'en'),
    ).to.equal(undefined);
  });

  it('refuses unreadable data and another person’s data', () => {
    const inputs = new InputResolver<unknown>(() => 'unreadable');
    expect(
      takenIn(inputs, { data: 'liv', value: undefined }, about('2026-11-13'), en, 'en')?.issues,
    ).to.deep.equal([{ path: ['data'], message: "The person's data is not in the right format." }]);
    const bad = takenIn(
      inputs,
      { data: { participant: 7 }, value: undefined },
      about('2026-11-13'),
      en,
      'en',
    );
    expect(bad?.issues.length).to.be.above(0);
    expect(bad!.issues.every((issue) => issue.path[0] === 'data')).to.equal(true);
    expect(
      takenIn(inputs, { data: liv, value: undefined }, about('2026-11-13', 'simon'), en, 'en')?.issues,
    ).to.deep.equal([{ path: ['data', 'participant'], message: en.form.invalid.dataParticipant }]);
    // Nobody named: the data's own person is rated.
    expect(takenIn(inputs, { data: liv, value: undefined }, about('2026-11-13', ''), en, 'en')).to.equal(
      undefined,
    );
  });
});

describe('submitRefusalOf: a submit is refused while the data says the week is rated', () => {
  it('gives the data issues of the properties as they are now, and nothing else', () => {
    const dataIssue = { path: ['data', 'assessments', 3, 'date'], message: 'rated' };
    expect(submitRefusalOf(() => ({ setup: 'good', issues: [] }))).to.deep.equal([]);
    expect(
      submitRefusalOf(() => ({
        setup: undefined,
        issues: [dataIssue, { path: ['date'], message: 'bad date' }],
      })),
    ).to.deep.equal([dataIssue]);
    // Another property unusable: the form shows it as it always does, no refusal from here.
    expect(submitRefusalOf(() => unusable(['framework'], 'no framework'))).to.deep.equal([]);
    // Properties that cannot even be read: not this check's to say.
    expect(
      submitRefusalOf(() => {
        throw new Error('a revoked proxy');
      }),
    ).to.deep.equal([]);
  });

  it('refuses the rating sent before starting again once it is in the data', () => {
    const inputs = new InputResolver<unknown>(() => 'unreadable');
    const own = liv.assessments[lastIndex] as Assessment;
    const now = (sentId: string | undefined) => () =>
      takenIn(inputs, { data: liv, value: undefined, sentId }, about('2026-11-04'), en, 'en') ?? {
        setup: 'free',
        issues: [],
      };
    expect(submitRefusalOf(now(own.id))).to.deep.equal([]);
    expect(submitRefusalOf(now(undefined)).map((issue) => issue.path)).to.deep.equal([
      ['data', 'assessments', lastIndex, 'date'],
    ]);
  });
});
