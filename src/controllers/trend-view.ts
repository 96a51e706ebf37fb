/**
 * What the trend chart shows, decided once: which series are drawn and in what order, whether they
 * stand in panels and under which dimension, what the geometry needs of each, and the readout of a
 * point (the callout and the polite announcement say the same numbers from it).
 */
import type { TrendSeriesInput } from '../charts/trend.js';
import { ownReadingWords, ownSentencesOf, targetSentencesOf } from './own-reading.js';
import { markerShapeAt } from '../charts/markers.js';
import { formatDay, formatList, formatNumber, formatPeriod } from '../i18n/locale.js';
import type { ChartsTranslation } from '../i18n/translation.js';
import { legendLabelOf, plain } from './change-words.js';
import type { ProgressModel } from './progress-model.js';
import { chartSeriesOf, summaryOf, traitsUnder, type ChartSeries, type ValueScale } from './progress-view.js';

export type TrendChartLayout = 'panels' | 'overlay';

/** More weekly series than this on one set of axes tangle: they get a panel each. */
export const maxOverlaidWeekly = 3;

/** A dimension's name over the panels of the traits shown under it (`label` '' for the rest). */
export interface PanelGroup {
  readonly label: string;
  readonly keys: ReadonlyArray<string>;
}

export interface TrendSeriesChoice {
  /** Every series asked for, hidden ones included (the legend lists them all); in panel order. */
  readonly all: ReadonlyArray<ChartSeries>;
  /** The series drawn: `all` without the hidden ones. */
  readonly drawn: ReadonlyArray<ChartSeries>;
  readonly layout: TrendChartLayout;
  readonly groups: ReadonlyArray<PanelGroup>;
}

/**
 * The series a trend chart draws for `selection` (`dimensions`, `traits` or a list of ids): in
 * panels when `layout` says so or, left empty, for more than three weekly series; panels read top
 * to bottom in the framework's order, and the legend and the keyboard follow it.
 */
export function trendSeriesOf(
  model: ProgressModel,
  options: {
    readonly selection: string;
    readonly splitRaters: boolean;
    readonly layout: TrendChartLayout | '';
    readonly hidden: ReadonlySet<string>;
  },
): TrendSeriesChoice {
  const asked = chartSeriesOf(model, model.selection(options.selection), {
    splitRaters: options.splitRaters,
  });
  const weekly = asked.filter((s) => s.cadence === 'week').length;
  const layout = options.layout || (weekly > maxOverlaidWeekly ? 'panels' : 'overlay');
  const groups =
    layout === 'panels' ? panelGroupsOf(model, asked) : [{ label: '', keys: asked.map((s) => s.key) }];
  const all = groups.flatMap((g) => g.keys).flatMap((key) => asked.filter((s) => s.key === key));
  return { all, drawn: all.filter((s) => !options.hidden.has(s.key)), layout, groups };
}

/**
 * The panels' groups: each dimension's name over the traits it holds (`traitsUnder`, the rule the
 * guide's areas follow), in the framework's order; then whatever no dimension holds as a trait
 * (dimensions, items) under no name.
 */
export function panelGroupsOf(model: ProgressModel, series: ReadonlyArray<ChartSeries>): PanelGroup[] {
  const placed = new Set<string>();
  const groups: PanelGroup[] = [];
  for (const dimension of model.framework?.dimensions ?? []) {
    const keys = traitsUnder(dimension).flatMap((id) => series.filter((s) => s.id === id).map((s) => s.key));
    if (keys.length === 0) continue;
    keys.forEach((key) => placed.add(key));
    groups.push({ label: model.labelOf(dimension.id), keys });
  }
  const rest = series.filter((s) => !placed.has(s.key)).map((s) => s.key);
  return rest.length > 0 ? [...groups, { label: '', keys: rest }] : groups;
}

/** Whether a series is drawn as its rolling mean through the single ratings (a weekly one, unless `raw`). */
export function isRolledIn(s: ChartSeries, raw: boolean): boolean {
  return !raw && s.cadence === 'week';
}

/** What the geometry needs of a drawn series. */
export function trendSeriesInputOf(s: ChartSeries, raw: boolean): TrendSeriesInput {
  const isRolled = isRolledIn(s, raw);
  return {
    id: s.key,
    cadence: s.cadence,
    points: s.points,
    shape: markerShapeAt(s.shapeIndex),
    rolled: isRolled ? s.rolled : undefined,
    window: isRolled ? (s.rolled[0]?.window ?? 1) : 1,
  };
}

/** One point in words: what the callout shows and the announcement says. */
export interface PointReadout {
  readonly period: string;
  /** "Bedømmelse: 2" (the week's ratings) when the line is a rolling mean. */
  readonly ratings: string | undefined;
  /** The rolling mean over its window, or the point's own value. */
  readonly value: number;
  readonly window: number;
  /** "1 bedømmelse fra 1 bedømmer". */
  readonly count: string;
  /** A dimension's point that holds only part of its components. */
  readonly isPartial: boolean;
  /** The young person's own reading in the same period ("Din egen vurdering: 4 af 5"), when shown. */
  readonly own: string | undefined;
}

/**
 * The readout of point `index` of `s` (undefined when there is no such point). `ownAt` gives the
 * young person's own reading in a period (`ownPointAt`, core's self series), when the chart
 * shows it.
 */
export function pointReadoutOf(
  t: ChartsTranslation,
  locale: string,
  s: ChartSeries,
  index: number,
  raw: boolean,
  ownAt: (period: string) => { readonly value: number; readonly max: number } | undefined = () => undefined,
): PointReadout | undefined {
  const source = s.points[index];
  if (!source) return undefined;
  const rolled = isRolledIn(s, raw) ? s.rolled[index] : undefined;
  const values = source.values.length > 0 ? source.values : [source.value];
  const own = ownAt(source.period);
  return {
    period: formatPeriod(locale, source.period),
    ratings: rolled
      ? t.trend.ratingsOf(
          formatList(
            locale,
            values.map((v) => formatNumber(locale, v, 0)),
          ),
          values.length,
        )
      : undefined,
    value: rolled?.value ?? source.value,
    window: rolled?.window ?? 1,
    count: t.chart.ratings(source.count, source.raters),
    isPartial: source.coverage < 1 && s.kind === 'dimension',
    own: own ? ownReadingWords(t, locale, own) : undefined,
  };
}

/** The readout as the polite announcement says it. */
export function pointAnnouncementOf(
  t: ChartsTranslation,
  locale: string,
  s: ChartSeries,
  r: PointReadout,
  mark = plain,
): string {
  const value = formatNumber(locale, r.value);
  const name = legendLabelOf(t, s.label, s.rater, mark);
  const point = r.ratings
    ? t.trend.pointAnnouncement(name, r.period, r.ratings, t.trend.meanOver(value, r.window, s.cadence))
    : t.chart.pointAnnouncement(name, r.period, value, r.count);
  return r.own ? t.chart.withOwn(point, r.own) : point;
}

/**
 * The internships and conversations drawn on the time axis, in words: the drawing is hidden from
 * the accessibility tree, so without these a screen reader never hears them.
 */
export function annotationSentencesOf(
  t: ChartsTranslation,
  locale: string,
  model: ProgressModel,
  mark = plain,
): string[] {
  const year = Number((model.wholeDomain()?.[1] ?? '').slice(0, 4)) || undefined;
  const day = (date: string) => formatDay(locale, date, year);
  const placements = model.placements.map((p) =>
    p.end
      ? t.trend.placementSpan(mark(p.company), day(p.start), day(p.end))
      : t.trend.placementOpen(mark(p.company), day(p.start)),
  );
  const dates = model.conversations.map((c) => day(c.date));
  if (dates.length === 0) return placements;
  return [
    ...placements,
    dates.length === 1
      ? t.trend.conversationOne(dates[0] ?? '')
      : t.trend.conversations(formatList(locale, dates)),
  ];
}

/** The one line under the title: the scale's ends in numbers and words, then each cadence shown. */
export function trendCaptionOf(
  t: ChartsTranslation,
  locale: string,
  all: ReadonlyArray<ChartSeries>,
  scale: ValueScale,
  mark = plain,
): string {
  const n = (value: number) => formatNumber(locale, value, 0);
  const [low, high] = [mark(scale.labelOf(scale.min)), mark(scale.labelOf(scale.max))];
  // The marks and the line are explained by the key beside the legend, not here: the caption stays short.
  const cadences = [...new Set(all.map((s) => t.chart.cadence[s.cadence]))].join(' ');
  // The scale's words are the framework's, so the host's.
  return `${t.chart.scaleCaption(n(scale.min), low, n(scale.max), high)} ${cadences}`;
}

/**
 * The text summary: the focus area, each series now and its change since `since`, then the
 * internships and conversations drawn on the time axis.
 */
export function trendSummaryOf(
  t: ChartsTranslation,
  locale: string,
  model: ProgressModel,
  view: {
    readonly all: ReadonlyArray<ChartSeries>;
    readonly focus: string;
    readonly since: string;
    readonly showSelf?: boolean;
  },
  mark = plain,
): string[] {
  const focused = view.all.find((s) => s.id === view.focus);
  const drawn = { t, locale, model, all: view.all, mark };
  return [
    ...(focused ? [t.chart.focusSentence(mark(focused.label))] : []),
    ...targetSentencesOf(drawn),
    ...summaryOf(model, view.all, view.since, mark),
    ...(view.showSelf ? ownSentencesOf(drawn) : []),
    ...annotationSentencesOf(t, locale, model, mark),
  ];
}
