/**
 * The words and shapes the elements show, made from core's results for one locale: chart lines
 * with their legend labels, the value scale with its words, titles, summary sentences and the
 * dimension cards. No rule is decided here; what changed and what may be shown come from core.
 */
import {
  bandOf,
  chartScaleOf,
  changesSince,
  isThinPoint,
  type Aggregation,
  type Change,
  type Framework,
  type ScoreBand,
  type Series,
  type SeriesPoint,
} from '../core/index.js';
import { formatDay, formatNumber, formatPeriod } from '../i18n/index.js';
import type { ProgressModel } from './progress-model.js';

export type RaterView = 'company' | 'counsellor';

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
  readonly scaleMin: number;
  readonly scaleMax: number;
  readonly change: Change | undefined;
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

/** Colour and shape follow the framework's order (dimensions, traits, items), fixed per id. */
export function styleOrderOf(
  framework: Framework | undefined,
  aggregation: Aggregation | undefined,
): Map<string, number> {
  const order = new Map<string, number>();
  if (!framework) return order;
  framework.dimensions.forEach((d, i) => order.set(d.id, i));
  framework.traits.forEach((t, i) => order.set(t.id, i));
  Object.keys(aggregation?.items ?? {}).forEach((id, i) => order.set(id, i));
  return order;
}

/** The lines for these (visible, existing) ids; split per rater role when more than one rated. */
export function chartSeriesOf(
  model: ProgressModel,
  ids: ReadonlyArray<string>,
  splitRaters: boolean,
): ChartSeries[] {
  return ids.flatMap((id) => {
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
    const whole = [{ ...base, key: id, legendLabel: label, points: series.points }];
    if (!splitRaters) return whole;
    const split = model.raterAggregations().flatMap(([role, aggregation]) => {
      const points = model.seriesById(id, aggregation)?.points ?? [];
      if (points.length === 0) return [];
      const legendLabel = `${label} (${model.t.chart.raters[role]})`;
      return [{ ...base, key: `${id}@${role}`, rater: role, legendLabel, points }];
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
export function titleOf(model: ProgressModel, ids: ReadonlyArray<string>): string {
  const name = model.participantName;
  const traits = model.framework?.traits ?? [];
  const isTraits =
    traits.length > 0 && ids.length === traits.length && traits.every((t, i) => t.id === ids[i]);
  if (isTraits) return model.t.chart.titleTraits(name);
  const isDimensions = ids.length > 0 && ids.every((id) => model.seriesById(id)?.kind === 'dimension');
  return isDimensions ? model.t.chart.titleDimensions(name) : model.t.chart.titleSeries(name);
}

/** Per series: the latest value and the change since `since`, in words. */
export function summaryOf(model: ProgressModel, series: ReadonlyArray<ChartSeries>, since: string): string[] {
  if (!model.aggregation) return [];
  const { locale, t } = model;
  const changes = model.changesSince(since);
  const year = Number((model.wholeDomain()?.[1] ?? '').slice(0, 4)) || undefined;
  const sinceText = since ? formatDay(locale, since, year) : '';
  const n = (value: number) => formatNumber(locale, value);
  return series
    .filter((s) => !s.rater)
    .map((s) => {
      const change = changes.find((c) => c.id === s.id);
      const latest = s.points.at(-1);
      if (!latest) return t.summary.noData(s.label);
      if (!change || !since)
        return t.summary.latest(s.label, n(latest.value), formatPeriod(locale, latest.period));
      switch (change.direction) {
        case 'rose':
        case 'steady':
        case 'dipped':
          return t.summary[change.direction](s.label, n(change.before ?? 0), n(change.after ?? 0), sinceText);
        case 'new':
          return t.summary.new(s.label, n(change.after ?? latest.value));
        case 'none':
          return t.summary.none(s.label, n(change.before ?? latest.value), sinceText);
      }
    });
}

/** One card per dimension the audience may see: its series, scale, change and band. */
export function dimensionCardsOf(model: ProgressModel, since: string): DimensionCard[] {
  const { framework, aggregation } = model;
  if (!framework || !aggregation) return [];
  const changes = since ? changesSince(aggregation, { from: since }) : [];
  return model.selection('dimensions').flatMap((id) => {
    const series = aggregation.dimensions[id];
    const dimension = framework.dimensions.find((d) => d.id === id);
    if (!series || !dimension) return [];
    const scale = valueScaleOf(model, [id]);
    const latest = series.points.at(-1);
    const scored = dimension.components.find((c) => c.kind === 'score');
    const band = scored && latest ? bandOf(framework, scored.ref, latest.value) : undefined;
    return [
      {
        id,
        label: model.text(series.label),
        cadence: series.cadence,
        points: series.points,
        scaleMin: scale.min,
        scaleMax: scale.max,
        change: changes.find((c) => c.id === id),
        band: band ? { id: band.id, label: model.text(band.label) } : undefined,
        isThin: latest !== undefined && isThinPoint(latest),
      },
    ];
  });
}
