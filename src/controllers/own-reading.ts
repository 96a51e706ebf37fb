/**
 * The young person's own reading, as the charts draw it beside the company's: core's self series
 * for the model's audience (`selfSeriesFor`: none for a company or an unknown audience) and its
 * rolling mean "now" (`rollingNow`), the same rule every series follows.
 */
import { rollingNow, selfSeriesFor, type Series } from '../core/index.js';
import type { ProgressModel } from './progress-model.js';

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
