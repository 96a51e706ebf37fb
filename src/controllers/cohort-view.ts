/**
 * The words of `<spor-cohort-outcomes>`: core's `CohortOutcomes` (counts already hidden where they
 * are small or would give a small one away) read out in a language. No rule of its own: a hidden
 * count is `null` and reads "skjult" ("hidden"), the same whichever way it was hidden, so the mark
 * itself says nothing about the number; only those who took part, hidden only when fewer than the
 * smallest cell size, read "færre end 5". A hidden share or change says why it is not shown, and
 * every number is core's.
 */
import type { CohortMeasure, CohortOutcomes, CohortShare } from '../core/index.js';
import { formatDay, formatNumber, formatPercent } from '../i18n/locale.js';
import type { ProgrammeTranslation } from '../i18n/translation.js';

export interface CohortRow {
  readonly id: string;
  readonly label: string;
  /** The bar's length, 0–100; null when the share is hidden. */
  readonly percent: number | null;
  /** The goal mark, 0–100; null without a goal. */
  readonly goal: number | null;
  readonly isGoalMet: boolean;
  /** The big number: "48 %", or "skjult" when the share is hidden. */
  readonly value: string;
  /** "23 af 48 unge", or "et skjult antal af 48 unge" for a hidden count. */
  readonly counts: string;
  readonly goalText: string | undefined;
  /** The change since the period before, or why it is not shown. */
  readonly change: string;
  /** Why the share is not shown, or the day "still employed" is counted as of. */
  readonly note: string | undefined;
  /** Everything above in one sentence: the text summary and what the keyboard cursor announces. */
  readonly sentence: string;
  /** The table's cells: this period's count and share, the period before, the change, the goal. */
  readonly cells: readonly [string, string, string, string, string];
}

export interface CohortView {
  readonly period: string;
  readonly comparedWith: string;
  readonly tookPart: string;
  readonly caption: string;
  readonly rows: ReadonlyArray<CohortRow>;
}

/** `cohortView(outcomes, t, locale)`: the element's words, row by row. */
export function cohortView(
  outcomes: CohortOutcomes,
  t: Pick<ProgrammeTranslation, 'cohort'>,
  locale: string,
): CohortView {
  const words = t.cohort;
  const min = formatNumber(locale, outcomes.minCellSize, 0);
  const count = (value: number | null) =>
    value === null ? words.hiddenCount : formatNumber(locale, value, 0);
  const tookPartCount = (value: number | null) =>
    value === null ? words.fewerThan(min) : formatNumber(locale, value, 0);
  const percent = (value: number) => formatPercent(locale, value);
  // The first day without its year when it is the last day's year: "1. januar – 30. juni 2026".
  const days = (from: string, to: string) =>
    [formatDay(locale, from, Number(to.slice(0, 4))), formatDay(locale, to, -1)] as const;
  const months = outcomes.employedAfterMonths;
  const sharePair = (share: CohortShare, id?: string) => {
    // With its denominator hidden the count is too: "hidden" says it all.
    if (share.denominator === null) return words.hidden;
    const [of, total] = [count(share.count), count(share.denominator)];
    return id === 'still-employed' ? words.ofEmployed(of, total) : words.of(of, total);
  };
  const row = (measure: CohortMeasure): CohortRow => {
    const label = (words.labels[measure.id] ?? (() => measure.id))(months);
    const now = measure.current;
    const counts = sharePair(now, measure.id);
    const value = now.percent === null ? words.hidden : percent(now.percent);
    const before = measure.previous.percent === null ? undefined : percent(measure.previous.percent);
    const points = measure.pointsChange;
    const change =
      points === null || before === undefined
        ? words.changeHidden
        : points > 0
          ? words.changeHigher(formatNumber(locale, points, 0), before)
          : points < 0
            ? words.changeLower(formatNumber(locale, -points, 0), before)
            : words.changeSame(before);
    const goalText = measure.goal === null ? undefined : words.goal(percent(measure.goal));
    const isGoalMet = measure.isGoalMet === true;
    const note =
      now.percent === null && now.denominator !== null
        ? words.shareHidden
        : measure.id === 'still-employed'
          ? words.asOf(formatDay(locale, outcomes.asOf, -1), months)
          : undefined;
    const shown = now.percent === null ? counts : `${counts} (${value})`;
    const goalSentence = goalText ? `${goalText}${isGoalMet ? `. ${words.goalMet}` : ''}. ` : '';
    return {
      id: measure.id,
      label,
      percent: now.percent,
      goal: measure.goal,
      isGoalMet,
      value,
      counts,
      goalText,
      change,
      note,
      sentence: `${label}: ${shown}. ${note ? `${note} ` : ''}${goalSentence}${change}`,
      cells: [
        sharePair(now),
        now.percent === null ? words.table.none : value,
        `${sharePair(measure.previous)}${before ? ` (${before})` : ''}`,
        points === null ? words.table.none : words.table.points(formatNumber(locale, points, 0)),
        goalText === undefined ? words.table.none : percent(measure.goal ?? 0),
      ],
    };
  };
  const tookPart = outcomes.tookPart;
  return {
    period: words.period(...days(outcomes.period.from, outcomes.period.to)),
    comparedWith: words.comparedWith(...days(outcomes.previousPeriod.from, outcomes.previousPeriod.to)),
    tookPart:
      tookPart.current === null
        ? words.tookPartHidden(min)
        : `${words.tookPart(tookPartCount(tookPart.current))} ${words.tookPartBefore(tookPartCount(tookPart.previous))}`,
    caption: words.caption(min),
    rows: outcomes.measures.map(row),
  };
}
