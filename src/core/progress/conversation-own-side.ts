/**
 * The young person's own side in a conversation (docs/design.md, "The young person's own side"):
 * which of their log entries come in as their own examples, and where their own reading of a trait
 * and the company's differ by a whole step, so the conversation can ask about it. Pure: the guide
 * asks, and says the results in words (`controllers/conversation-words.ts`).
 */
import type { Viewer } from '../people/audience.js';
import type { Experience } from '../format/schema.js';
import { rollingNow, type RollingSource } from './rolling.js';
import { roundAsWritten, roundValue } from './round.js';

/**
 * `ownExamplesOf(experiences, { from, to })`: the young person's shared entries dated from `from`
 * (the last conversation, included, as the companies' notes are read) up to `to` (the
 * conversation's date, included), newest first; on one day, the later in the list first. A private
 * entry is never one, whoever looks: only `shared: true` counts (fail closed, whatever the data
 * says). Dates are compared as local dates, so pass entries from `parseProgressData`.
 */
export function ownExamplesOf(
  experiences: ReadonlyArray<Experience> | undefined,
  { from, to }: { readonly from?: string | undefined; readonly to?: string | undefined } = {},
): Experience[] {
  return (experiences ?? [])
    .map((entry, index) => ({ entry, index }))
    .filter(
      ({ entry }) =>
        entry.shared === true &&
        (from === undefined || entry.date >= from) &&
        (to === undefined || entry.date <= to),
    )
    .sort((a, b) => (a.entry.date < b.entry.date ? 1 : a.entry.date > b.entry.date ? -1 : b.index - a.index))
    .map(({ entry }) => entry);
}

/** A whole step or more: where a conversation asks about the two readings. */
export const readingGapStep = 1;

/** A trait the young person reads a whole step or more apart from the company. */
export interface ReadingGap {
  /** The trait's id. */
  readonly id: string;
  /** The young person's own reading now (the rolling mean of their series), as it is written (one decimal). */
  readonly own: number;
  /** The company's reading now (the trait's rolling mean), as it is written (one decimal). */
  readonly company: number;
}

/**
 * `asksAboutOwnReading(viewer)`: the conversation asks about the young person's own reading only
 * where they sit in it (`conversation`); never for a company, and not on a page the young person
 * is not at (a counsellor's desk), since the question is theirs to answer.
 */
export function asksAboutOwnReading(viewer: Pick<Viewer, 'audience'>): boolean {
  return viewer.audience === 'conversation';
}

/**
 * `readingGapsOf(own, company, { to, since })`: the traits (in the order of `own`) where the young
 * person's reading now (`rollingNow` of their own series, `selfSeriesOf`) and the company's
 * (`rollingNow` of the trait) lie a whole step (1.0) or more apart, the largest gap first. Both are
 * compared as they are written (one decimal), so "4.0 against 3.0" is a whole step whatever lies
 * behind the shown digits. An own reading counts only when given since the last conversation
 * (`since`, its latest point ending on or after it): an old one is not "now".
 */
export function readingGapsOf(
  own: Readonly<Record<string, RollingSource>>,
  company: Readonly<Record<string, RollingSource>>,
  { to, since }: { readonly to?: string | undefined; readonly since?: string | undefined } = {},
): ReadingGap[] {
  const gaps: Array<ReadingGap & { readonly index: number; readonly size: number }> = [];
  Object.entries(own).forEach(([id, series], index) => {
    const theirs = Object.hasOwn(company, id) ? company[id] : undefined;
    const mine = rollingNow(series, to);
    const companyNow = theirs ? rollingNow(theirs, to) : undefined;
    if (!mine || !companyNow) return;
    if (since !== undefined && mine.end < since) return;
    const ownShown = roundAsWritten(mine.value, 1);
    const companyShown = roundAsWritten(companyNow.value, 1);
    const size = roundValue(Math.abs(ownShown - companyShown));
    if (size >= readingGapStep) gaps.push({ id, own: ownShown, company: companyShown, index, size });
  });
  return gaps
    .sort((a, b) => b.size - a.size || a.index - b.index)
    .map(({ id, own: ownValue, company: companyValue }) => ({ id, own: ownValue, company: companyValue }));
}
