/** Reading a young person's conversation records: the last one, and the focus it chose. */
import type { ConversationRecord, ProgressData } from '../format/schema.js';

/**
 * `lastConversation(data, { before })`: the latest conversation, or the latest dated before
 * `before` (`YYYY-MM-DD`, not included): where "since last time" starts. Dates are compared as
 * local dates, so pass data from `parseProgressData`.
 */
export function lastConversation(
  data: { readonly conversations: ReadonlyArray<ConversationRecord> },
  options: { readonly before?: string | undefined } = {},
): ConversationRecord | undefined {
  let latest: ConversationRecord | undefined;
  for (const conversation of data.conversations) {
    if (options.before !== undefined && conversation.date >= options.before) continue;
    // On the same day, the later one in the list wins: hosts append records as they happen.
    if (!latest || conversation.date >= latest.date) latest = conversation;
  }
  return latest;
}

/** `currentFocus(data)`: the focus series id chosen in the latest conversation that chose one. */
export function currentFocus(data: Pick<ProgressData, 'conversations'>): string | undefined {
  return lastConversation({ conversations: data.conversations.filter((c) => c.focus !== undefined) })?.focus;
}

/** The target set on the focus series: the level aimed for, the series and the day it was set. */
export interface CurrentTarget {
  readonly focus: string;
  readonly target: number;
  /** The conversation's date, `YYYY-MM-DD`. */
  readonly date: string;
}

/**
 * `currentTarget(data)`: the `target` of the latest conversation that chose a focus (the one
 * `currentFocus` reads), with that focus and date; undefined when that conversation set none. A
 * target set with an earlier focus does not carry over to a new one.
 */
export function currentTarget(data: Pick<ProgressData, 'conversations'>): CurrentTarget | undefined {
  const last = lastConversation({ conversations: data.conversations.filter((c) => c.focus !== undefined) });
  if (last?.focus === undefined || last.target === undefined) return undefined;
  return { focus: last.focus, target: last.target, date: last.date };
}
