/**
 * What a conversation is about, resolved and checked from the guide's properties: the prompt set,
 * the data's model, the date, "last time", and the draft's key. Every check is core's or the input
 * resolver's; this file puts them in the guide's order and words.
 */
import {
  localDateOf,
  parsePromptSet,
  participantIdOf,
  recordFit,
  resolvePromptSet,
  type ConversationRecord,
  type PromptSetInput,
} from '../../core/index.js';
import { isolateIfSensitive } from '../../core/read/bidi-text.js';
import { validOrUndefined } from '../../core/read/validate.js';
import { unusable, type InputResolver, type Resolution } from '../../controllers/input-resolution.js';
import type { ProgressResult } from '../../controllers/progress-data-controller.js';
import type { ConversationTranslation } from '../../i18n/translation.js';
import type { ConversationSetup } from './conversation-view.js';

/** Everything a conversation needs, resolved and checked from the properties. */
export interface Setup extends ConversationSetup {
  /** The stored draft's key: the participant and the date. */
  readonly key: string;
  /** True before the data names a person: such a draft moves to the person's key, never back. */
  readonly isAnonymous: boolean;
  /** Whose conversation it is: `data.participant.id`, empty before the data names a person. */
  readonly participant: string;
}

/** The guide's properties the setup is read from. */
export interface SetupProperties {
  readonly data: unknown;
  readonly promptSet: string | PromptSetInput;
  readonly value: ConversationRecord | undefined;
  readonly date: string;
}

/** What the guide knows beside its properties: the data's model, whose `value` it is, its words. */
export interface SetupContext {
  readonly result: ProgressResult;
  /** Whom the host's `value` was given for (see `ownerOf`). */
  readonly valueGivenFor: string;
  readonly locale: string;
  readonly t: ConversationTranslation;
}

/** The prompt set, the data's model, the date and the draft's key, or what is wrong with them. */
export function resolveSetup(
  inputs: InputResolver<Setup>,
  input: SetupProperties,
  { result, valueGivenFor, locale, t }: SetupContext,
): Resolution<Setup> {
  if (result.status === 'invalid') return { setup: undefined, issues: result.issues };
  const model = result.model;
  const promptSet = inputs.builtinOrParsed(input.promptSet, {
    path: 'promptSet',
    locale,
    builtin: (id) => resolvePromptSet(id ?? 'nextwork'),
    parse: parsePromptSet,
    unknownId: t.conversation.invalid.promptSet,
  });
  if (!('value' in promptSet)) return promptSet;
  const value = inputs.hostValue(input.value, {
    parse: (given) => validOrUndefined('ConversationRecord', given),
    field: 'promptSet',
    expected: promptSet.value.id,
    invalid: t.conversation.invalid.value,
    other: t.conversation.invalid.valuePromptSet,
  });
  if (!('value' in value)) return value;
  const { date, input: given } = inputs.dateOf([input.date, input.value?.date], model.timeZone);
  if (!date) return unusable(['date'], t.conversation.invalid.date(isolateIfSensitive(String(given))));
  if (value.value) {
    // Core decides whether the host's record is this person's, of this conversation's date.
    const fit = recordFit({
      givenFor: valueGivenFor,
      participant: participantIdOf(input.data),
      recordDate: localDateOf(value.value.date, model.timeZone) ?? '',
      date,
    });
    if (fit === 'otherPerson') return unusable(['value'], t.conversation.invalid.valuePerson);
    if (fit === 'otherDate') return unusable(['value', 'date'], t.conversation.invalid.valueDate);
  }

  const participant =
    model.participantName === '' && model.framework === undefined ? '' : participantIdOf(input.data);
  return {
    setup: {
      promptSet: promptSet.value,
      model,
      date,
      // "Last time" is core's, as every chart finds it: the latest conversation before this one.
      since: model.previousConversationDate(date),
      lastFocus: model.previousFocus(date),
      key: ['spor-conversation', participant, date].join(':'),
      isAnonymous: participant === '',
      participant: participantIdOf(input.data),
    },
    issues: [],
  };
}
