/**
 * The rules of the assessment form: the values a scale offers, which items still need an answer,
 * the assessment made of what was typed, the score shown, and whose draft it is. Pure: the form
 * element shows their results.
 */
import { bandOf, labelOf, selfRole } from '../framework/framework.js';
import { selfRatingPeriodOf } from '../read/check-own-side.js';
import type {
  Assessment,
  Framework,
  Instrument,
  InstrumentItem,
  Rater,
  Scale,
  ScoreBand,
} from '../format/schema.js';

/** What a person has answered so far: rated item id → value (null: "not observed"); text item id → text. */
export interface Answers {
  readonly ratings: Readonly<Record<string, number | null>>;
  readonly notes: Readonly<Record<string, string>>;
}

/** One value a scale offers, with the scale's label for it in the locale ('' when it has none). */
export interface ScaleValue {
  readonly value: number;
  readonly label: string;
}

/** The most values a scale offers: a host's scale of 0 to 1000 by 0.001 shows the first 101. */
export const maxScaleValues = 101;

/** Scales with more values than this show numbers only in the buttons. */
export const longScale = 7;

/**
 * The scale's values from `min` to `max` by `step`, each with its label in `locale`. Values are
 * computed from `min`, never summed, so 0.1 steps do not drift: 1–2 by 0.5 → 1, 1.5, 2.
 */
export function scaleValuesOf(scale: Scale, locale: string): ScaleValue[] {
  const count = Math.floor((scale.max - scale.min) / scale.step + 1e-9) + 1;
  const values: ScaleValue[] = [];
  for (let i = 0; i < Math.min(count, maxScaleValues); i += 1) {
    const value = Math.round((scale.min + i * scale.step) * 1e9) / 1e9;
    const entry = scale.labels.find((candidate) => Math.abs(candidate.value - value) < 1e-9);
    values.push({ value, label: entry ? labelOf(entry.label, locale) : '' });
  }
  return values;
}

/** The decimals a scale's values are written with: 0 for whole steps from a whole `min`, else the step's. */
export function scaleDecimalsOf(scale: Scale): number {
  return Number.isInteger(scale.step) && Number.isInteger(scale.min)
    ? 0
    : (String(scale.step).split('.')[1]?.length ?? 1);
}

/** True when a scale of `valueCount` values shows numbers only (with the labels in a line below). */
export function isLongScale(valueCount: number): boolean {
  return valueCount > longScale;
}

/** True when an instrument offers "not observed": every one but a questionnaire (it has a scoring rule). */
export function allowsNotObserved(instrument: Instrument): boolean {
  return !instrument.scoring;
}

/** True for an instrument only the young person fills in (`self-weekly`): they answer "don't know". */
export function isOwnReadingInstrument(instrument: Instrument): boolean {
  return instrument.raterRoles.length > 0 && instrument.raterRoles.every((role) => role === selfRole);
}

/** An instrument's items: the rated ones and the text ones, each in the instrument's order. */
export interface FormItems {
  readonly ratedItems: ReadonlyArray<InstrumentItem>;
  readonly textItems: ReadonlyArray<InstrumentItem>;
}

/** The instrument's rated items and its text items, in the instrument's order. */
export function itemsOf(instrument: Instrument): FormItems {
  return {
    ratedItems: instrument.items.filter((item) => item.kind === 'rating'),
    textItems: instrument.items.filter((item) => item.kind === 'text'),
  };
}

/**
 * The items that still need an answer, rated ones first: a rated item without a value or "not
 * observed" (a skipped row is never "not observed"), a required text item with only blanks.
 */
export function missingItemsOf(
  ratedItems: ReadonlyArray<InstrumentItem>,
  textItems: ReadonlyArray<InstrumentItem>,
  answers: Answers,
): InstrumentItem[] {
  return [
    ...ratedItems.filter((item) => !Object.hasOwn(answers.ratings, item.id)),
    ...textItems.filter((item) => item.required && (answers.notes[item.id] ?? '').trim() === ''),
  ];
}

/** How many of the rated items have an answer ("not observed" counts). */
export function answeredCountOf(ratedItems: ReadonlyArray<InstrumentItem>, answers: Answers): number {
  return ratedItems.filter((item) => Object.hasOwn(answers.ratings, item.id)).length;
}

/** What an assessment is about, besides the answers: its id, instrument id, date, rater and items. */
export interface AssessmentOf extends FormItems, Pick<Assessment, 'id' | 'instrument' | 'date' | 'rater'> {}

/**
 * The assessment made of the answers: every rated item (unanswered: null), the text items' trimmed
 * text where there is any, and no `notes` at all when nothing was written.
 */
export function assessmentOf(about: AssessmentOf, answers: Answers): Assessment {
  const notes: Record<string, string> = {};
  for (const item of about.textItems) {
    const text = (answers.notes[item.id] ?? '').trim();
    if (text) notes[item.id] = text;
  }
  return {
    id: about.id,
    instrument: about.instrument,
    date: about.date,
    rater: about.rater,
    ratings: Object.fromEntries(about.ratedItems.map((item) => [item.id, answers.ratings[item.id] ?? null])),
    ...(Object.keys(notes).length > 0 ? { notes } : {}),
  };
}

/** The score as shown: rounded to two decimals (as `bandOf` compares it), with its band. */
export interface ShownScore {
  readonly value: number;
  readonly band: ScoreBand | undefined;
}

/** The score shown for `score` of the instrument, or undefined while it is not there (not all answered). */
export function shownScoreOf(
  framework: Framework,
  instrument: Instrument,
  score: number | undefined,
): ShownScore | undefined {
  if (score === undefined) return undefined;
  return { value: Math.round(score * 100) / 100, band: bandOf(framework, instrument.id, score) };
}

/**
 * True when the form shows one statement per screen: the host's mode (`list`, `one-per-screen`),
 * else one per screen for what the young person fills in (a questionnaire with a scoring rule, or
 * their own reading: one question and its big answers within a thumb's reach) and a list otherwise.
 */
export function isOnePerScreen(mode: string, instrument: Instrument): boolean {
  const isOwn = Boolean(instrument.scoring) || isOwnReadingInstrument(instrument);
  return (mode || (isOwn ? 'one-per-screen' : 'list')) === 'one-per-screen';
}

/**
 * The screen that shows `item` when one statement is shown at a time: a rated item's own, else
 * (a text item) the review after the last statement.
 */
export function screenOf(ratedItems: ReadonlyArray<InstrumentItem>, item: InstrumentItem): number {
  const screen = ratedItems.indexOf(item);
  return screen >= 0 ? screen : ratedItems.length;
}

/**
 * What the line under a scale shows: the chosen value when it has a label; else the labelled values,
 * all of them on a long scale, else the first and the last. "Not observed" (null) is never in it.
 */
export function legendOf<C extends { readonly value: number | null; readonly label: string }>(
  choices: ReadonlyArray<C>,
  current: number | null | undefined,
  isLong: boolean,
): { readonly chosen: C } | { readonly labelled: C[] } {
  const chosen = choices.find((choice) => choice.value === current && choice.value !== null);
  if (chosen?.label) return { chosen };
  const labelled = choices.filter((choice) => choice.label && choice.value !== null);
  return { labelled: isLong ? labelled : labelled.filter((_, i) => i === 0 || i === labelled.length - 1) };
}

/**
 * True when `participantId` names another person than `previousId`: both name someone, and not
 * the same one. What one person's form holds is never kept on screen for another.
 */
export function isAnotherPerson(previousId: string, participantId: string): boolean {
  return previousId !== '' && participantId !== '' && participantId !== previousId;
}

/** Whose draft it is. */
export interface DraftOwner {
  /** Who and what is assessed: participant, framework, instrument and the rater when named. */
  readonly subject: string;
  /** The draft's key: the subject's parts and the date. */
  readonly key: string;
  /** True when no participant is named: a draft never moves from a person's key to such a key. */
  readonly isAnonymous: boolean;
}

/**
 * Whose draft it is: the participant's, of one framework's instrument on one date, by one rater
 * when the rater is named (two raters of the same report on a shared tablet never see each other's).
 */
export function draftOwnerOf(
  participantId: string,
  frameworkId: string,
  instrumentId: string,
  date: string,
  rater: Rater,
): DraftOwner {
  const raterName = rater.id ?? rater.name;
  const raterKey = raterName === undefined ? [] : [rater.role, raterName];
  return {
    subject: [participantId, frameworkId, instrumentId, ...raterKey].join(':'),
    key: ['spor-assessment-form', participantId, frameworkId, instrumentId, date, ...raterKey].join(':'),
    isAnonymous: participantId === '',
  };
}

/**
 * The index a key moves to in a row of `count` choices from `index`, like native radios (wrapping
 * at both ends; the arrow towards the end of the line goes forward, so right-to-left turns the
 * left and right arrows around), or undefined for another key.
 */
export function choiceStepOf(key: string, index: number, count: number, isRtl: boolean): number | undefined {
  const last = count - 1;
  const forward = isRtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = isRtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward || key === 'ArrowDown') return index >= last ? 0 : index + 1;
  if (key === backward || key === 'ArrowUp') return index <= 0 ? last : index - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  return undefined;
}

/** The self-rating that already stands in a period: its index among the assessments, and the period. */
export interface TakenPeriod {
  readonly index: number;
  /** The period's key, `2026-W49`. */
  readonly period: string;
}

/**
 * `selfRatingTakenIn(assessments, framework, rating)`: the young person's own rating already given
 * in the period `rating` would fall in (check-own-side's rule: one per period of the instrument's
 * cadence, in the framework's time zone), searched in the whole `assessments`; the ones whose id is
 * in `ownIds` (the rating being edited, the one just sent) do not count. Undefined when the period is
 * free or the instrument is no self-rating instrument.
 */
export function selfRatingTakenIn(
  assessments: ReadonlyArray<Pick<Assessment, 'id' | 'instrument' | 'date'>>,
  framework: Framework,
  rating: { readonly instrument: string; readonly date: string; readonly ownIds: ReadonlyArray<string> },
): TakenPeriod | undefined {
  const period = selfRatingPeriodOf(framework, rating.instrument, rating.date);
  if (period === undefined) return undefined;
  const index = assessments.findIndex(
    (other) =>
      other.instrument === rating.instrument &&
      !rating.ownIds.includes(other.id) &&
      selfRatingPeriodOf(framework, other.instrument, other.date) === period,
  );
  return index < 0 ? undefined : { index, period };
}
