/**
 * What a conversation says about its areas, in one voice (the element's language, or the young
 * person's beneath it): the "now · change" line of an area, the one line naming the steady ones,
 * and the one question where the young person's own reading and the company's lie apart.
 * The numbers and the order are core's (`core/progress/conversation-rules.ts`); the words are i18n's.
 */
import { selfSeriesOf, shownDeltaOf, type Change, type ProgressData, type Series } from '../core/index.js';
import {
  asksAboutOwnReading,
  readingGapsOf,
  type ReadingGap,
} from '../core/progress/conversation-own-side.js';
import { formatList, formatNumber } from '../i18n/locale.js';
import type { ConversationTranslation, SecondLanguage } from '../i18n/translation.js';
import type { Voice } from './change-words.js';
import type { ProgressModel } from './progress-model.js';

/** Who says a conversation's words: a language and its conversation words. */
type ConversationVoice = Voice<Pick<SecondLanguage, 'conversation'>>;

/**
 * `areaValueOf(voice, now, change)`: an area's value and change, "Nu 3,0 · gik 1,0 ned": `now` is
 * core's `nowValueOf`, the change as its two shown values say it (`shownDeltaOf`); no change since
 * last time says the value alone, no value says so.
 */
export function areaValueOf(
  voice: ConversationVoice,
  now: number | undefined,
  change: Change | undefined,
): string {
  const words = voice.t.conversation;
  const n = (value: number) => formatNumber(voice.locale, value);
  if (now === undefined) return words.noValue;
  if (!change) return words.now(n(now));
  const said =
    change.direction === 'rose' || change.direction === 'dipped'
      ? words.change[change.direction](n(Math.abs(shownDeltaOf(change) ?? 0)))
      : words.change[change.direction];
  return `${words.now(n(now))} · ${said}`;
}

/** `steadyLineOf(voice, labels)`: the one line naming the areas that held steady, "Stabilt: A og B.". */
export function steadyLineOf(voice: ConversationVoice, labels: ReadonlyArray<string>): string {
  return voice.t.conversation.steady(formatList(voice.locale, labels));
}

/**
 * `readingGapsIn(model, to, since)`: where the young person's own reading and the company's lie a
 * whole step apart now (core's `readingGapsOf`), for the audience the model was made for: asked
 * only where core says the conversation asks (`asksAboutOwnReading`), so never for a company. The
 * model's data is already the audience's (`forAudience`): without own readings there is nothing.
 */
export function readingGapsIn(model: ProgressModel, to: string, since: string | undefined): ReadingGap[] {
  const data = model.data;
  const traits = model.aggregation?.traits;
  if (!data || !traits || !asksAboutOwnReading({ audience: model.audience })) return [];
  let own = ownSeries.get(data);
  if (!own) ownSeries.set(data, (own = selfSeriesOf(data)));
  return readingGapsOf(own, traits, { to, since });
}
const ownSeries = new WeakMap<ProgressData, Readonly<Record<string, Series>>>();

/** A reading as a person reads it beside another: a whole number without decimals ("4"), else one ("3,5"). */
export function readingValueOf(locale: string, value: number): string {
  return formatNumber(locale, value, Number.isInteger(value) ? 0 : 1);
}

/** `readingQuestionOf(voice, label, gap)`: the one gentle question about two readings a whole step apart. */
export function readingQuestionOf(
  voice: {
    readonly locale: string;
    readonly t: {
      readonly conversationOwn: Pick<ConversationTranslation['conversationOwn'], 'readingQuestion'>;
    };
  },
  label: string,
  gap: ReadingGap,
): string {
  const n = (value: number) => readingValueOf(voice.locale, value);
  return voice.t.conversationOwn.readingQuestion(label, n(gap.own), n(gap.company));
}
