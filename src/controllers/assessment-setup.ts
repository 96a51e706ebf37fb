/**
 * What the assessment form makes of its properties: the framework, instrument, scale, rater, date
 * and whose draft it is, checked, or what is wrong with them in the form's words. Core decides
 * each part (`src/core/progress/assessment-form.ts`, `core/people/host-value.ts`); this puts them together for Lit.
 */
import {
  parseAssessment,
  parseFramework,
  questionnaireScore,
  type Assessment,
  resolveFramework,
  type Framework,
  type FrameworkInput,
  type Instrument,
  type Rater,
  type Scale,
} from '../core/index.js';
import {
  allowsNotObserved,
  assessmentOf,
  type Answers,
  draftOwnerOf,
  isLongScale,
  itemsOf,
  scaleDecimalsOf,
  scaleValuesOf,
  type DraftOwner,
  type FormItems,
  isOwnReadingInstrument,
} from '../core/progress/assessment-form.js';
import { isolateIfSensitive } from '../core/read/bidi-text.js';
import { isValueForPerson } from '../core/people/host-value.js';
import { participantIdOf } from '../core/people/person-boundary.js';
import { validOrUndefined } from '../core/read/validate.js';
import { formatNumber } from '../i18n/locale.js';
import type { FormTranslation } from '../i18n/translation.js';
import { isolate } from '../internal/bidi.js';
import type { InvalidDataIssue } from '../events/index.js';
import { unusable, type InputResolver, type Resolution } from './input-resolution.js';
import { takenIn } from './self-rating-check.js';

/** One choice of a rated item: a value on the scale, or null for "not observed". */
export interface Choice {
  readonly value: number | null;
  /** The number as people read it ("4", "0,5"). */
  readonly text: string;
  /** The scale's label for the value, from the framework; may be empty. */
  readonly label: string;
  /** The accessible name, "4 – Næsten altid". */
  readonly name: string;
  /** The same with the framework's label in a bidi isolate, for text on screen. */
  readonly shownName: string;
}

/** Everything the form needs, resolved and checked from the properties. */
export interface AssessmentSetup extends FormItems, DraftOwner {
  readonly framework: Framework;
  readonly instrument: Instrument;
  readonly scale: Scale;
  readonly rater: Rater;
  readonly date: string;
  readonly choices: ReadonlyArray<Choice>;
  /** Long scales (0–10) show numbers only, with the labelled values in a line below. */
  readonly isLongScale: boolean;
  /** The name shown for the participant. */
  readonly participantName: string;
  /** The participant's id; '' when nobody is named. */
  readonly participantId: string;
}

/** The form's properties as the host set them (anything may be wrong with them). */
export interface AssessmentInputs {
  readonly framework: string | FrameworkInput;
  readonly instrument: string;
  readonly participant: { readonly id: string; readonly displayName?: string } | undefined;
  readonly rater: Rater | undefined;
  readonly date: string;
  readonly value:
    | { readonly id?: string; readonly instrument: string; readonly date: string; readonly rater: Rater }
    | undefined;
  /** Whose the host's `value` is (core's `valueOwnerAfter`). */
  readonly valueOwner: string;
  /** The person's whole data, whose self-ratings a new one is checked against (unknown: the host's). */
  readonly data?: unknown;
  /** The assessment just sent: it is in the host's new `data` and is no second rating. */
  readonly sentId?: string;
}

/** The scale's choices in `locale`, with "not observed" last where the instrument allows it. */
export function choicesOf(
  scale: Scale,
  instrument: Instrument,
  locale: string,
  t: FormTranslation,
): Choice[] {
  const decimals = scaleDecimalsOf(scale);
  const choices: Choice[] = scaleValuesOf(scale, locale).map(({ value, label }) => {
    const text = formatNumber(locale, value, decimals);
    return {
      value,
      text,
      label,
      name: t.form.option(text, label),
      shownName: t.form.option(text, isolate(label)),
    };
  });
  if (allowsNotObserved(instrument)) {
    // The young person's own reading: "don't know", not an observer's "not observed".
    const notObserved = isOwnReadingInstrument(instrument) ? t.form.dontKnow : t.form.notObserved;
    choices.push({
      value: null,
      text: notObserved,
      label: notObserved,
      name: notObserved,
      shownName: notObserved,
    });
  }
  return choices;
}

/** The framework, instrument, rater and date from the properties, or what is wrong with them. */
export function resolveAssessmentSetup(
  inputs: InputResolver<AssessmentSetup>,
  props: AssessmentInputs,
  t: FormTranslation,
  locale: string,
): Resolution<AssessmentSetup> {
  const frameworkResolved = inputs.builtinOrParsed(props.framework, {
    path: 'framework',
    locale,
    builtin: resolveFramework,
    parse: parseFramework,
    unknownId: t.form.invalid.unknownFramework,
  });
  if (!('value' in frameworkResolved)) return frameworkResolved;
  const framework = frameworkResolved.value;

  const instrumentId = props.instrument || props.value?.instrument || '';
  const instrument = instrumentId
    ? framework.instruments.find((candidate) => candidate.id === instrumentId)
    : framework.instruments[0];
  if (!instrument) {
    return unusable(
      ['instrument'],
      t.form.invalid.unknownInstrument(
        isolateIfSensitive(instrumentId),
        framework.instruments.map((i) => i.id).join(', '),
      ),
    );
  }
  const scale = framework.scales.find((candidate) => candidate.id === instrument.scale);
  if (!scale)
    return unusable(['instrument', 'scale'], t.form.invalid.noScale(isolateIfSensitive(instrument.scale)));

  const value = inputs.hostValue(props.value, {
    parse: (input) => validOrUndefined('Assessment', input),
    field: 'instrument',
    expected: instrument.id,
    invalid: t.form.invalid.value,
    other: t.form.invalid.valueInstrument,
  });
  if (!('value' in value)) return value;

  const participant: unknown = props.participant;
  if (participant !== undefined && participant !== null) {
    const id = typeof participant === 'object' ? (participant as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || id === '') return unusable(['participant'], t.form.invalid.participant);
  }
  const participantId = participantIdOf({ participant });
  if (props.value !== undefined && !isValueForPerson(props.valueOwner, participantId)) {
    return unusable(['value', 'participant'], t.form.invalid.valueParticipant);
  }

  const raterInput: unknown = props.rater ?? props.value?.rater ?? { role: instrument.raterRoles[0] };
  const parsedRater = validOrUndefined('Rater', raterInput);
  if (!parsedRater) return unusable(['rater'], t.form.invalid.rater);
  const rater = Object.fromEntries(Object.entries(parsedRater).filter(([, v]) => v !== undefined)) as Rater;
  if (!instrument.raterRoles.includes(rater.role)) {
    return unusable(
      ['rater', 'role'],
      t.form.invalid.role(
        isolateIfSensitive(rater.role),
        isolateIfSensitive(instrument.raterRoles.join(', ')),
      ),
    );
  }

  const { date, input: dateInput } = inputs.dateOf([props.date, props.value?.date], framework.timeZone);
  if (!date) return unusable(['date'], t.form.invalid.date(isolateIfSensitive(String(dateInput))));

  const taken = takenIn(
    inputs,
    props,
    { framework, instrument: instrument.id, date, participantId },
    t,
    locale,
  );
  if (taken) return taken;

  const choices = choicesOf(scale, instrument, locale, t);
  return {
    setup: {
      framework,
      instrument,
      scale,
      rater,
      date,
      ...itemsOf(instrument),
      choices,
      isLongScale: isLongScale(choices.filter((choice) => choice.value !== null).length),
      participantName: props.participant?.displayName ?? '',
      participantId,
      ...draftOwnerOf(participantId, framework.id, instrument.id, date, rater),
    },
    issues: [],
  };
}

/**
 * `setup` under the person of `previous`: while the host names nobody for a moment, the person's
 * draft stays open under their key and name.
 */
export function withOwnerOf(setup: AssessmentSetup, previous: AssessmentSetup): AssessmentSetup {
  const { key, participantId, subject, participantName } = previous;
  return { ...setup, key, participantId, subject, participantName };
}

/**
 * The assessment made of a complete draft (`id`: the draft's), checked against the framework, with
 * the questionnaire's score; or what is wrong with it.
 */
export function recordOf(
  setup: AssessmentSetup,
  draft: Answers & { readonly id: string },
  locale: string,
):
  | { readonly assessment: Assessment; readonly score: number | undefined }
  | { readonly issues: ReadonlyArray<InvalidDataIssue> } {
  const about = { ...setup, id: draft.id, instrument: setup.instrument.id };
  const parsed = parseAssessment(assessmentOf(about, draft), { framework: setup.framework, locale });
  if (!parsed.ok) return { issues: parsed.issues };
  return {
    assessment: parsed.data,
    score: questionnaireScore(setup.framework, setup.instrument, parsed.data.ratings),
  };
}
