/**
 * How change is said in words, one way for every element: the sentence about a series' change
 * (the chart's summary, the guide, the star) and which two windows a card compares. Every number,
 * the change too, is core's (computed once, never again from rounded values); words are i18n's.
 */
import {
  changeSizeOf,
  rollingNow,
  windowOf,
  type Change,
  type ChangeWindow,
  type RollingPoint,
  type Series,
  type SeriesPoint,
} from '../core/index.js';
import { formatDay, formatNumber, formatPeriod } from '../i18n/locale.js';
import type { ChartsTranslation, Direction, SecondLanguage } from '../i18n/translation.js';
import type { ProgressModel, RaterView } from './progress-model.js';

/**
 * Who says a sentence: a language and its words (`Words`: the part of them a function needs). The
 * model speaks the element's language; a conversation's second line speaks the young person's
 * (`second-locale`) with the same numbers, and carries the direction of its script (`dir`).
 */
export interface Voice<Words = Pick<SecondLanguage, 'summary' | 'window' | 'period'>> {
  readonly locale: string;
  readonly t: Words;
  readonly dir?: Direction;
}

/** Host text as it is: the default `mark` of the functions that put host text into the kit's words. */
export const plain = (hostText: string): string => hostText;

/**
 * A series' name in a legend: its label (host text, passed through `mark`, e.g. the element's
 * `isolate`), and for a split series the rater in the kit's words after it: "Initiativ (virksomhed)".
 */
export function legendLabelOf(
  t: Pick<ChartsTranslation, 'chart'>,
  label: string,
  rater?: RaterView,
  mark = plain,
): string {
  return rater ? `${mark(label)} (${t.chart.raters[rater]})` : mark(label);
}

/** The sentence for the series `id` of `model`, in the model's own language (see `changeSentenceOf`). */
export function changeSentenceIn(
  model: ProgressModel,
  label: string,
  change: Change | undefined,
  since: string,
  id: string,
): string {
  return changeSentenceFor(model, model, label, change, since, id);
}

/** The sentence for the series `id` of `model`, said by `voice` (the model itself, or a second language). */
export function changeSentenceFor(
  model: ProgressModel,
  voice: Voice,
  label: string,
  change: Change | undefined,
  since: string,
  id: string,
): string {
  const series = model.seriesById(id);
  if (!series) return voice.t.summary.noData(label);
  // "Now" is the rolling mean at the latest point: one window, not the whole line.
  return changeSentenceOf(voice, label, change, since, { ...series, now: rollingNow(series) });
}

/**
 * The one sentence that says how a series changed since `since`, by core's rule (rolling means at
 * both anchors): the chart's summary, the guide and the star all say it with this. Where a value
 * is a mean over several periods the sentence names them ("i de sidste 4 uger"), and a side that
 * rests on less than half its window says so.
 */
export function changeSentenceOf(
  model: Voice,
  label: string,
  change: Change | undefined,
  since: string,
  series: {
    readonly cadence: Series['cadence'];
    readonly points: ReadonlyArray<SeriesPoint>;
    /** The rolling mean at the series' latest point (core's `rollingNow`). */
    readonly now: RollingPoint | undefined;
    /** The series' scale, which says how large a change is (core's `changeSizeOf`); default 1–5. */
    readonly scale?: Series['scale'] | undefined;
  },
): string {
  const { locale, t } = model;
  const n = (value: number) => formatNumber(locale, value);
  const now = series.now;
  const latest = series.points.at(-1);
  if (!now || !latest) return t.summary.noData(label);
  const sinceText = since ? formatDay(locale, since, Number(now.end.slice(0, 4)) || undefined) : '';
  const last = (size: number) => t.window.last(size, series.cadence);
  const then = (w: ChangeWindow) => t.window.before(w.size, series.cadence, sinceText);
  const thin = (w: ChangeWindow | null, where: string) =>
    w && w.points * 2 < w.size ? ` ${t.window.thin(w.ratings, where)}` : '';
  if (!change) {
    if (now.window === 1)
      return t.summary.latest(label, n(now.value), formatPeriod(locale, now.period, t.period));
    const where = last(now.window);
    return t.summary.latestOver(label, n(now.value), where) + thin(windowOf(now), where);
  }
  const size = change.afterWindow?.size ?? change.beforeWindow?.size ?? 1;
  const before = n(change.before ?? 0);
  const after = n(change.after ?? now.value);
  // How far it moved: "a little" below 0.5 as shown, plainly from 0.5 (core's rule).
  const far = changeSizeOf(change, series.scale);
  if (size === 1) {
    switch (change.direction) {
      case 'rose':
      case 'dipped':
        return t.summary[change.direction](label, before, after, sinceText, far);
      case 'steady':
        // Steady says its value now: two numbers beside "steady" read as a move.
        return t.summary.steady(label, after, sinceText);
      case 'new':
        return t.summary.new(label, after);
      case 'none':
        return t.summary.none(label, n(change.before ?? latest.value), sinceText);
    }
  }
  const { beforeWindow, afterWindow } = change;
  const thenText = beforeWindow ? then(beforeWindow) : '';
  const nowText = last(size);
  const average = t.window.average(size, series.cadence);
  const thinText = thin(beforeWindow, thenText) + thin(afterWindow, nowText);
  switch (change.direction) {
    case 'rose':
      return t.summary.roseOver(label, before, after, sinceText, average, far) + thinText;
    case 'steady':
      return t.summary.steadyOver(label, after, sinceText, average) + thinText;
    case 'dipped':
      return t.summary.dippedOver(label, before, after, sinceText, average, far) + thinText;
    case 'new':
      return t.summary.newOver(label, after, nowText) + thinText;
    case 'none':
      return t.summary.noneOver(label, before, thenText, sinceText) + thin(beforeWindow, thenText);
  }
}

/** The two sides a change compares, in words: two periods, or two windows of several periods. */
export function comparedOf(
  model: ProgressModel,
  cadence: Series['cadence'],
  change: Change | undefined,
  since: string,
): string | undefined {
  if (!change?.beforePeriod || !change.afterPeriod || !change.afterWindow) return undefined;
  const { locale, t } = model;
  const size = change.afterWindow.size;
  if (size === 1) {
    return t.dimensions.compared(
      formatPeriod(locale, change.beforePeriod),
      formatPeriod(locale, change.afterPeriod),
    );
  }
  const sinceText = formatDay(locale, since, Number(change.afterWindow.last.slice(0, 4)) || undefined);
  return t.dimensions.compared(t.window.before(size, cadence, sinceText), t.window.last(size, cadence));
}

/** One short line of a list of changes, whose heading names the window once. */
export interface ChangeLine {
  /** How it moved, in words: "lidt højere", "lavere", "stabil" (core's `changeSizeOf` says how far). */
  readonly moved: string;
  /** The value then, as written; none for a steady change, which says its value now alone. */
  readonly before: string | undefined;
  /** The value now, as written. */
  readonly after: string;
  /** How a rise or a dip moved, with its values in words: "højere, fra 3,0 til 3,8". */
  readonly moves: string | undefined;
  /** The whole line in words: "Samarbejde: højere, fra 3,0 til 3,8", "Beslutsomhed: stabil, 3,4". */
  readonly text: string;
}

/**
 * `changeLineOf(voice, label, change, scale?)`: a rise, a dip or a steady change as one short
 * line, with the same numbers and words as the sentence (`changeSentenceOf`) says it with;
 * undefined for a new series or one not measured since, which a list of changes does not hold.
 */
export function changeLineOf(
  voice: Voice,
  label: string,
  change: Change,
  scale?: Series['scale'],
): ChangeLine | undefined {
  const { locale, t } = voice;
  if (change.after === null || change.before === null) return undefined;
  const n = (value: number) => formatNumber(locale, value);
  const after = n(change.after);
  if (change.direction === 'steady') {
    const moved = t.summary.moved.steady;
    return {
      moved,
      before: undefined,
      after,
      moves: undefined,
      text: t.summary.steadyLine(label, moved, after),
    };
  }
  if (change.direction !== 'rose' && change.direction !== 'dipped') return undefined;
  const moved = t.summary.moved[change.direction][changeSizeOf(change, scale)];
  const before = n(change.before);
  const moves = t.summary.moves(moved, before, after);
  return { moved, before, after, moves, text: t.summary.line(label, moves) };
}
