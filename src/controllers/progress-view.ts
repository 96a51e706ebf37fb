/**
 * The words and shapes the elements show, made from core's results for one locale: chart lines
 * with their legend labels, the value scale with its words, titles, summary sentences and the
 * dimension cards. No rule is decided here; what changed and what may be shown come from core.
 */
import {
  bandOf,
  chartScaleOf,
  isThinPoint,
  latestIndexOf,
  rollingMean,
  rollingNow,
  type Change,
  type RollingPoint,
  type Framework,
  type ScoreBand,
  type Series,
  type SeriesPoint,
} from '../core/index.js';
import { formatNumber } from '../i18n/locale.js';
import { changeSentenceIn, comparedOf, legendLabelOf, plain } from './change-words.js';
import type { ProgressModel, RaterView } from './progress-model.js';

/** One line of a chart: a series of the aggregation, with how it is drawn. */
export interface ChartSeries {
  /** Unique per drawn line: the series id, plus `@role` when raters are split. */
  readonly key: string;
  /** The series id in the framework (`initiative`, `work-readiness`, `weekly-company.punctuality`). */
  readonly id: string;
  readonly kind: Series['kind'];
  readonly cadence: Series['cadence'];
  readonly label: string;
  /** The label with the rater when raters are split ("Beslutsomhed (virksomhed)"). */
  readonly legendLabel: string;
  readonly rater?: RaterView | undefined;
  readonly points: ReadonlyArray<SeriesPoint>;
  /** The rolling mean at every point (same order): the line a person reads, and the numbers said. */
  readonly rolled: ReadonlyArray<RollingPoint>;
  /** Colour (0–5) and marker shape, fixed per series id so they never swap when one is hidden. */
  readonly colorIndex: number;
  readonly shapeIndex: number;
}

/** What a dimension card shows. */
export interface DimensionCard {
  readonly id: string;
  readonly label: string;
  readonly cadence: Series['cadence'];
  readonly points: ReadonlyArray<SeriesPoint>;
  /** The rolling mean at every point: the card's sparkline. */
  readonly rolled: ReadonlyArray<RollingPoint>;
  /** The rolling mean at the latest point: the card's value, the same "now" as every element. */
  readonly now: RollingPoint | undefined;
  readonly scaleMin: number;
  readonly scaleMax: number;
  readonly change: Change | undefined;
  /** Which two values the change compares, in words ("Sammenligner de 4 uger før … med de sidste 4 uger."). */
  readonly compared: string | undefined;
  readonly band: { readonly id: ScoreBand['id']; readonly label: string } | undefined;
  readonly isThin: boolean;
}

export interface ValueScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** The scale's word for a value ("Altid"), or the number. */
  labelOf(value: number): string;
}

/**
 * `chartSeriesOf(model, ids, { splitRaters })`: the lines to draw for these series (those that exist
 * and this audience may see); with `splitRaters`, one per rater role that rated it.
 */
export function chartSeriesOf(
  model: ProgressModel,
  ids: ReadonlyArray<string>,
  { splitRaters = false }: { readonly splitRaters?: boolean } = {},
): ChartSeries[] {
  return model.idsFor(ids).flatMap((id) => {
    const series = model.seriesById(id);
    if (!series) return [];
    const style = model.styleOf(id);
    const label = model.text(series.label);
    const base = {
      id,
      kind: series.kind,
      cadence: series.cadence,
      label,
      colorIndex: style % 6,
      shapeIndex: style,
    };
    const whole = [
      { ...base, key: id, legendLabel: label, points: series.points, rolled: rollingMean(series) },
    ];
    if (!splitRaters) return whole;
    const split = model.raterAggregations().flatMap(([role, aggregation]) => {
      const points = model.seriesById(id, aggregation)?.points ?? [];
      if (points.length === 0) return [];
      const legendLabel = legendLabelOf(model.t, label, role);
      const rolled = rollingMean({ cadence: series.cadence, window: series.window, points });
      return [{ ...base, key: `${id}@${role}`, rater: role, legendLabel, points, rolled }];
    });
    return split.length > 1 ? split : whole;
  });
}

/** The scale these series are drawn on, with at most about six steps on its axis. */
export function valueScaleOf(model: ProgressModel, ids: ReadonlyArray<string>): ValueScale {
  const scale = model.framework ? chartScaleOf(model.framework, ids) : undefined;
  const min = scale?.min ?? 1;
  const max = scale?.max ?? 5;
  const span = max - min;
  const step = scale?.step ?? 1;
  return {
    min,
    max,
    step: span > 6 ? Math.ceil(span / 5) : step >= 1 ? step : 1,
    labelOf: (value) => {
      const label = scale?.labels.find((l) => l.value === value)?.label;
      return label ? model.text(label) : formatNumber(model.locale, value, 0);
    },
  };
}

/** "Simons egenskaber over tid" for the framework's traits, "Simons udvikling" for anything else. */
export function titleOf(model: ProgressModel, ids: ReadonlyArray<string>, mark = plain): string {
  const name = mark(model.participantName);
  const traits = model.framework?.traits ?? [];
  const isTraits =
    traits.length > 0 && ids.length === traits.length && traits.every((t, i) => t.id === ids[i]);
  if (isTraits) return model.t.chart.titleTraits(name);
  const isDimensions = ids.length > 0 && ids.every((id) => model.seriesById(id)?.kind === 'dimension');
  return isDimensions ? model.t.chart.titleDimensions(name) : model.t.chart.titleSeries(name);
}

/**
 * One card per dimension the audience may see: its series, scale, change and band, as of `to`
 * (`YYYY-MM-DD`, default the latest point): "now" is the latest point that starts by then, as the
 * star reads it (core's `rollingNow`), so a page about one conversation tells one story.
 */
export function dimensionCardsOf(model: ProgressModel, since: string, to = ''): DimensionCard[] {
  const { framework, aggregation } = model;
  if (!framework || !aggregation) return [];
  const changes = model.changesSince(since, to);
  return model.selection('dimensions').flatMap((id) => {
    const whole = aggregation.dimensions[id];
    const dimension = framework.dimensions.find((d) => d.id === id);
    if (!whole || !dimension) return [];
    const scale = valueScaleOf(model, [id]);
    // A rolling mean looks back only: the line up to `to` is the start of the whole line.
    const shown = to ? latestIndexOf(whole.points, (point) => point.start <= to) + 1 : whole.points.length;
    const series = shown === whole.points.length ? whole : { ...whole, points: whole.points.slice(0, shown) };
    const latest = series.points.at(-1);
    const rolled = rollingMean(series);
    const change = changes.find((c) => c.id === id);
    const scored = dimension.components.find((c) => c.kind === 'score');
    const band = scored && latest ? bandOf(framework, scored.ref, latest.value) : undefined;
    return [
      {
        id,
        label: model.text(series.label),
        cadence: series.cadence,
        points: series.points,
        rolled,
        now: rollingNow(series),
        scaleMin: scale.min,
        scaleMax: scale.max,
        change,
        compared: comparedOf(model, series.cadence, change, since),
        band: band ? { id: band.id, label: model.text(band.label) } : undefined,
        isThin: latest !== undefined && isThinPoint(latest),
      },
    ];
  });
}

/**
 * The traits a dimension holds: its trait components, in the framework's order. The guide's areas
 * and the trend chart's panels group traits under a dimension by this one rule.
 */
export function traitsUnder(dimension: Framework['dimensions'][number]): string[] {
  return dimension.components.filter((c) => c.kind === 'trait').map((c) => c.ref);
}

/** A dimension and the areas under it (its traits and items) that a conversation talks about. */
export interface AreaGroup {
  readonly id: string;
  readonly label: string;
  readonly areas: ReadonlyArray<{ readonly id: string; readonly label: string }>;
}

/**
 * The dimensions this viewer may see (and `isShown` allows), each with the traits and items under
 * it: the areas the guide offers and the printed summary words. An item named like a trait
 * ("Persistence", rated monthly) is left out: it would read as the same area twice.
 */
export function areaGroupsOf(
  model: ProgressModel,
  isShown: (id: string) => boolean = (id) => model.idsFor([id]).length > 0,
): AreaGroup[] {
  const framework = model.framework;
  if (!framework) return [];
  const traitLabels = new Set(framework.traits.map((trait) => model.labelOf(trait.id)));
  return model
    .selection('dimensions')
    .filter(isShown)
    .flatMap((id) => {
      const dimension = framework.dimensions.find((d) => d.id === id);
      if (!dimension) return [];
      const traits = new Set(traitsUnder(dimension));
      const areas = dimension.components
        .filter((c) => c.kind !== 'score' && model.seriesById(c.ref) !== undefined && isShown(c.ref))
        .filter((c) => traits.has(c.ref) || !traitLabels.has(model.labelOf(c.ref)))
        .map((c) => ({ id: c.ref, label: model.labelOf(c.ref) }));
      return [{ id, label: model.labelOf(id), areas }];
    });
}

/** Per series: the value now and the change since `since`, in words. */
export function summaryOf(
  model: ProgressModel,
  series: ReadonlyArray<ChartSeries>,
  since: string,
  mark = plain,
): string[] {
  if (!model.aggregation) return [];
  const changes = model.changesSince(since);
  return series
    .filter((s) => !s.rater)
    .map((s) =>
      changeSentenceIn(
        model,
        mark(s.label),
        since ? changes.find((c) => c.id === s.id) : undefined,
        since,
        s.id,
      ),
    );
}
