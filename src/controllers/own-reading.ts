/**
 * The young person's own reading, as the charts draw it beside the company's: core's self series
 * for the model's audience (`selfSeriesFor`: none for a company or an unknown audience) and its
 * rolling mean "now" (`rollingNow`), the same rule every series follows; and the target set on
 * the focus series, which the trend chart draws.
 */
import type { TrendSeriesInput } from '../charts/trend.js';
import type { TrendDrawingInput } from '../charts/trend-drawing.js';
import { currentTarget, rollingNow, selfSeriesFor, type Series } from '../core/index.js';
import { formatDay, formatNumber, formatPeriod } from '../i18n/locale.js';
import type { ChartsTranslation } from '../i18n/translation.js';
import { legendLabelOf, plain } from './change-words.js';
import type { ProgressModel } from './progress-model.js';
import type { ChartSeries } from './progress-view.js';

const cache = new WeakMap<ProgressModel, Readonly<Record<string, Series>>>();

/** The self series this model's audience may see, by trait id; worked out once per model. */
export function selfSeriesIn(model: ProgressModel): Readonly<Record<string, Series>> {
  if (!model.data) return {};
  let series = cache.get(model);
  if (!series) {
    series = selfSeriesFor(model.data, { audience: model.audience });
    cache.set(model, series);
  }
  return series;
}

/** The self series of trait `id`, when this audience may see it and it has a point. */
export function selfSeriesOfTrait(model: ProgressModel, id: string): Series | undefined {
  const series = selfSeriesIn(model)[id];
  return series && series.points.length > 0 ? series : undefined;
}

/**
 * The own reading of trait `id` now: the rolling mean at its latest point starting by `to`
 * (`YYYY-MM-DD`), or null when there is none or this audience may not see it.
 */
export function selfNowOf(model: ProgressModel, id: string, to?: string): number | null {
  const series = selfSeriesOfTrait(model, id);
  return (series && rollingNow(series, to)?.value) ?? null;
}

/** A value as the star and the summaries write it: one decimal, `–` for none. */
const numberOf = (locale: string, value: number | null) =>
  value === null ? '–' : formatNumber(locale, value);

/**
 * The own reading beside the company's, one sentence per trait that has one ("Initiativ:
 * virksomheden 3,0, din egen 4,0."): the star's and the trend chart's summaries say it alike.
 * `mark` isolates the trait's name.
 */
export function ownReadingSentencesOf(
  t: ChartsTranslation,
  locale: string,
  values: ReadonlyArray<{
    readonly label: string;
    readonly now: number | null;
    readonly self: number | null;
  }>,
  mark = (text: string) => text,
): string[] {
  return values.flatMap((v) =>
    v.self === null
      ? []
      : [t.chart.ownReading(mark(v.label), numberOf(locale, v.now), numberOf(locale, v.self))],
  );
}

/**
 * The self series drawn beside `s`: core's, beside the company's line only (not a counsellor's
 * split line), and only where the audience may see it; undefined where there is none.
 */
export function ownSeriesBeside(model: ProgressModel, s: ChartSeries): Series | undefined {
  return s.rater === 'counsellor' ? undefined : selfSeriesOfTrait(model, s.id);
}

/**
 * The young person's own reading of a drawn trait, for the drawing: their weekly values as
 * diamonds, joined while no whole window between them is empty. Beside the company's line only
 * (not a counsellor's split line), and only where the audience may see it (core decides).
 */
export function ownSeriesInputOf(model: ProgressModel, s: ChartSeries): TrendSeriesInput | undefined {
  const series = ownSeriesBeside(model, s);
  if (!series) return undefined;
  const points = series.points;
  return { id: `${s.key}:own`, cadence: series.cadence, points, shape: 'diamond', window: series.window };
}

/**
 * The young person's own reading in `period` beside a drawn series (the cursor's point): core's
 * self-series point of that period and the self scale's maximum, for the callout and the
 * announcement. Beside the company's line only, as the drawing, and only where the audience may
 * see it (core's `selfSeriesFor`: none for a company); undefined where there is none.
 */
export function ownPointAt(
  model: ProgressModel,
  s: ChartSeries,
  period: string,
): { readonly value: number; readonly max: number } | undefined {
  const series = ownSeriesBeside(model, s);
  const point = series?.points.find((p) => p.period === period);
  return series && point ? { value: point.value, max: series.scale.max } : undefined;
}

/** The target of the latest conversation that chose a focus (core's), on that focus' drawn series. */
export function targetInputOf(
  model: ProgressModel,
  drawn: ReadonlyArray<ChartSeries>,
): TrendDrawingInput['target'] {
  const target = model.data ? currentTarget(model.data) : undefined;
  const s = target && drawn.find((d) => d.id === target.focus && d.rater !== 'counsellor');
  return target && s ? { series: s.key, value: target.target, date: target.date } : undefined;
}

/** What a chart's sentences about its drawn series are said from. */
export interface DrawnSeriesWords {
  readonly t: ChartsTranslation;
  readonly locale: string;
  readonly model: ProgressModel;
  /** Every series the chart draws. */
  readonly all: ReadonlyArray<ChartSeries>;
  /** How a label from the host is set in a sentence (isolated, on screen); default: as it is. */
  readonly mark?: (text: string) => string;
}

/** The target in words ("Målet for Beslutsomhed er 4 af 5. Det blev sat 30. september."), or none. */
export function targetSentencesOf({ t, locale, model, all, mark = plain }: DrawnSeriesWords): string[] {
  const target = targetInputOf(model, all);
  const s = target && all.find((d) => d.key === target.series);
  if (!target || !s) return [];
  const max = model.seriesById(s.id)?.scale.max ?? 5;
  const year = Number((model.wholeDomain()?.[1] ?? '').slice(0, 4)) || undefined;
  const n = (value: number) => formatNumber(locale, value, Number.isInteger(value) ? 0 : 1);
  return [
    t.chart.targetSentence(mark(s.label), n(target.value), n(max), formatDay(locale, target.date, year)),
  ];
}

/** The own reading beside the company's now, for each drawn trait that has one (the star's sentence). */
export function ownSentencesOf({ t, locale, model, all, mark = plain }: DrawnSeriesWords): string[] {
  const company = all.filter((s) => s.rater !== 'counsellor');
  const to = model.latestDate(company.map((s) => s.id));
  const values = company.map((s) => ({
    label: s.label,
    now: model.nowOf(s.id, to)?.value ?? null,
    self: selfNowOf(model, s.id, to),
  }));
  return ownReadingSentencesOf(t, locale, values, mark);
}

/** An own reading in words ("Din egen vurdering: 4 af 5"): a whole number as rated, a mean of two with its decimal. */
export function ownReadingWords(
  t: ChartsTranslation,
  locale: string,
  own: { readonly value: number; readonly max: number },
) {
  const digits = Number.isInteger(own.value) ? 0 : 1;
  return t.chart.ownAt(formatNumber(locale, own.value, digits), formatNumber(locale, own.max, 0));
}

/** One point of the young person's own reading in words: what the callout shows and the announcement says. */
export interface OwnPointReadout {
  readonly period: string;
  /** "Din egen vurdering: 4 af 5". */
  readonly own: string;
}

/**
 * The readout of point `index` of the own reading drawn beside `s` (core's self series, the one
 * the drawing places; none for an audience that may not see it), or undefined.
 */
export function ownPointReadoutOf(
  t: ChartsTranslation,
  locale: string,
  model: ProgressModel,
  s: ChartSeries,
  index: number,
): OwnPointReadout | undefined {
  const series = ownSeriesBeside(model, s);
  const point = series?.points[index];
  if (!series || !point) return undefined;
  return {
    period: formatPeriod(locale, point.period),
    own: ownReadingWords(t, locale, { value: point.value, max: series.scale.max }),
  };
}

/** The own reading's point as the polite announcement says it. */
export function ownPointAnnouncementOf(
  t: ChartsTranslation,
  s: ChartSeries,
  r: OwnPointReadout,
  mark = plain,
): string {
  return t.chart.ownAnnouncement(legendLabelOf(t, s.label, s.rater, mark), r.period, r.own);
}
