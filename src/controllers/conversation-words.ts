/**
 * What a conversation says about its areas, in one voice (the element's language, or the young
 * person's beneath it): the "now · change" line of an area and the one line naming the steady ones.
 * The numbers and the order are core's (`core/progress/conversation-rules.ts`); the words are i18n's.
 */
import { shownDeltaOf, type Change } from '../core/index.js';
import { formatList, formatNumber } from '../i18n/locale.js';
import type { SecondLanguage } from '../i18n/translation.js';
import type { Voice } from './change-words.js';

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
