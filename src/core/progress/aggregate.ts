/**
 * `aggregate(data)`: ratings to series, by the rules of docs/design.md ("Aggregation").
 *
 * - A period's value is the mean of all non-null ratings dated in it, whoever gave them; how many
 *   ratings and how many raters stand behind it is kept beside it.
 * - A trait's value in a dimension's period is the mean of the trait's ratings dated in that period
 *   (so a weekly trait has a monthly value inside a monthly dimension).
 * - A dimension's value is the weighted mean of its components that have a value, if they cover
 *   at least `minCoverage` of the total weight; otherwise the period is a gap.
 * - Only periods with a value are points: gaps stay gaps, nothing is carried forward.
 */
import { localDateOf } from '../time/dates.js';
import { roundValue } from './round.js';

export { roundValue };
import {
  frameworkIndex,
  resolveFramework,
  scaleOf,
  seriesDefinitions,
  type SeriesDefinition,
} from '../framework/framework.js';
import { periodsOfDate, type Period, type PeriodsOfDate } from '../time/period.js';
import type { Assessment, Cadence, Framework, Instrument, ProgressData } from '../format/schema.js';

export interface SeriesPoint {
  /** The period key: `2026-W53`, `2026-03`, `2026-H1`. */
  readonly period: string;
  /** The period's first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** The period's last day, `YYYY-MM-DD` (included). */
  readonly end: string;
  readonly value: number;
  /** How many ratings stand behind the value (for a score: how many questionnaires). */
  readonly count: number;
  /** How many different raters gave them. */
  readonly raters: number;
  /** The share of the weight that had a value: always 1 for traits and items. */
  readonly coverage: number;
  /**
   * What was rated in the period, smallest first: each rating of a trait or an item (two raters in
   * a week, two values), each score of a questionnaire; a dimension's own value.
   */
  readonly values: ReadonlyArray<number>;
}

/**
 * `isThinPoint(point)`: the value misses part of its components, or rests on a single rating, so
 * it is shown with a "not enough data" note rather than read as firm.
 */
export function isThinPoint(point: Pick<SeriesPoint, 'coverage' | 'count'>): boolean {
  return point.coverage < 1 || point.count < 2;
}

export interface Series extends SeriesDefinition {
  /** Only periods with a value, oldest first. */
  readonly points: ReadonlyArray<SeriesPoint>;
}

export interface Aggregation {
  readonly traits: Readonly<Record<string, Series>>;
  readonly dimensions: Readonly<Record<string, Series>>;
  /** Every rated item, keyed `instrument.item`. */
  readonly items: Readonly<Record<string, Series>>;
}

export interface AggregateOptions {
  /** Only ratings by these rater roles (`['company']` for the company's view); default: all. */
  readonly roles?: ReadonlyArray<string> | undefined;
}

/**
 * The non-null ratings of one item (or the scores of one instrument), oldest first, as parallel
 * lists rather than an object per rating: a cohort has a million ratings, and this halves the
 * garbage. `raters` holds small numbers (see `raterNumbers`): comparing numbers is cheaper.
 */
interface Observations {
  readonly periods: PeriodsOfDate[];
  readonly values: number[];
  readonly raters: number[];
}

interface Bucket {
  readonly period: Period;
  sum: number;
  count: number;
  /** Distinct raters; a short list (a period has a handful of raters), cheaper than a Set. */
  readonly raters: number[];
  /** The ratings themselves, for the marks drawn behind a rolling mean. */
  readonly values: number[];
}

function addRater(raters: number[], rater: number) {
  if (!raters.includes(rater)) raters.push(rater);
}

const scoreRef = (instrumentId: string) => `score:${instrumentId}`;

const raterKeyOf = (assessment: Assessment) =>
  `${assessment.rater.role}|${assessment.rater.id ?? assessment.rater.name ?? ''}`;

/**
 * `questionnaireScore(framework, instrument, ratings)`: the instrument's score by its scoring rule
 * (reverse-scored items count as `min + max − x`; the mean of the answered rated items; none until
 * `minAnswered`, default all, are answered; "not observed" never counts), or undefined.
 */
export function questionnaireScore(
  framework: Framework,
  instrument: Instrument,
  ratings: Readonly<Record<string, number | null | undefined>>,
): number | undefined {
  const scoring = instrument.scoring;
  const scale = scaleOf(framework, instrument);
  if (!scoring || !scale) return undefined;
  const rated = instrument.items.filter((item) => item.kind === 'rating');
  let sum = 0;
  let answered = 0;
  for (const item of rated) {
    const value = ratings[item.id];
    if (typeof value !== 'number') continue;
    sum += scoring.reverse.includes(item.id) ? scale.min + scale.max - value : value;
    answered += 1;
  }
  const needed = scoring.minAnswered ?? rated.length;
  return answered >= needed && answered > 0 ? sum / answered : undefined;
}

const byDateThenId = (
  a: { date: string; assessment: Assessment },
  b: { date: string; assessment: Assessment },
) =>
  a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : a.assessment.id < b.assessment.id
        ? -1
        : a.assessment.id > b.assessment.id
          ? 1
          : 0;

/** Every observation, grouped by `instrument.item` (and `score:instrument`), oldest first. */
function observationsOf(data: ProgressData, framework: Framework, options: AggregateOptions) {
  // Per instrument, its rated items with their series ids, worked out once rather than per rating.
  const rated = new Map(
    framework.instruments.map((instrument) => [
      instrument.id,
      {
        instrument,
        items: instrument.items
          .filter((item) => item.kind === 'rating')
          .map((item) => ({ id: item.id, ref: `${instrument.id}.${item.id}` })),
        scoreRef: instrument.scoring ? scoreRef(instrument.id) : undefined,
      },
    ]),
  );
  const dated: Array<{ date: string; assessment: Assessment }> = [];
  for (const assessment of data.assessments) {
    if (options.roles && !options.roles.includes(assessment.rater.role)) continue;
    const date = localDateOf(assessment.date, framework.timeZone);
    if (date !== undefined) dated.push({ date, assessment });
  }
  // A fixed order (date, then id) makes every sum the same whatever order the host sent.
  dated.sort(byDateThenId);

  const raterNumbers = new Map<string, number>();
  const byRef = new Map<string, Observations>();
  const add = (ref: string, periods: PeriodsOfDate, value: number, rater: number) => {
    let list = byRef.get(ref);
    if (!list) {
      list = { periods: [], values: [], raters: [] };
      byRef.set(ref, list);
    }
    list.periods.push(periods);
    list.values.push(value);
    list.raters.push(rater);
  };
  for (const { date, assessment } of dated) {
    const entry = rated.get(assessment.instrument);
    if (!entry) continue;
    const raterKey = raterKeyOf(assessment);
    let rater = raterNumbers.get(raterKey);
    if (rater === undefined) {
      rater = raterNumbers.size;
      raterNumbers.set(raterKey, rater);
    }
    const periods = periodsOfDate(date);
    for (const item of entry.items) {
      const value = assessment.ratings[item.id];
      if (typeof value === 'number' && Number.isFinite(value)) add(item.ref, periods, value, rater);
    }
    if (entry.scoreRef !== undefined) {
      const score = questionnaireScore(framework, entry.instrument, assessment.ratings);
      if (score !== undefined) add(entry.scoreRef, periods, score, rater);
    }
  }
  return byRef;
}

function bucketsOf(lists: ReadonlyArray<Observations | undefined>, cadence: Cadence): Map<string, Bucket> {
  const buckets = new Map<string, Bucket>();
  for (const list of lists) {
    if (!list) continue;
    for (let index = 0; index < list.values.length; index++) {
      const period = (list.periods[index] as PeriodsOfDate)[cadence];
      let bucket = buckets.get(period.key);
      if (!bucket) {
        bucket = { period, sum: 0, count: 0, raters: [], values: [] };
        buckets.set(period.key, bucket);
      }
      bucket.sum += list.values[index] as number;
      bucket.count += 1;
      bucket.values.push(list.values[index] as number);
      addRater(bucket.raters, list.raters[index] as number);
    }
  }
  return buckets;
}

const ascending = (a: number, b: number) => a - b;
const byStart = (a: SeriesPoint, b: SeriesPoint) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);

function pointsOf(buckets: Map<string, Bucket>): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const bucket of buckets.values()) {
    const value = roundValue(bucket.sum / bucket.count);
    // Only data that skipped validation can get here (ratings near ±1e308 overflow their sum).
    if (!Number.isFinite(value)) continue;
    points.push({
      period: bucket.period.key,
      start: bucket.period.start,
      end: bucket.period.end,
      value,
      count: bucket.count,
      raters: bucket.raters.length,
      coverage: 1,
      // Sorted, so the order the host listed its assessments in never shows (one value, most
      // weeks: nothing to sort, and a cold draw calls the comparator for nothing).
      values: bucket.values.length > 1 ? bucket.values.sort(ascending) : bucket.values,
    });
  }
  return points.sort(byStart);
}

/** Buckets by a list of refs and a cadence, each made once: dimensions reuse the traits' buckets. */
function bucketMemo(byRef: Map<string, Observations>) {
  const memo = new Map<string, Map<string, Bucket>>();
  return (refs: ReadonlyArray<string>, cadence: Cadence): Map<string, Bucket> => {
    const key = `${cadence}|${refs.join(',')}`;
    let buckets = memo.get(key);
    if (!buckets) {
      buckets = bucketsOf(
        refs.map((ref) => byRef.get(ref)),
        cadence,
      );
      memo.set(key, buckets);
    }
    return buckets;
  };
}

/** A weight that can take part in a mean: positive and finite (validation also bounds it). */
const isUsableWeight = (weight: number) => Number.isFinite(weight) && weight > 0;

function dimensionPoints(
  dimension: Framework['dimensions'][number],
  framework: Framework,
  bucketsFor: ReturnType<typeof bucketMemo>,
): SeriesPoint[] {
  const refsOf = (
    component: Framework['dimensions'][number]['components'][number],
  ): ReadonlyArray<string> => {
    if (component.kind === 'item') return [component.ref];
    if (component.kind === 'score') return [scoreRef(component.ref)];
    return frameworkIndex(framework).traits.get(component.ref)?.items ?? [];
  };
  // Weights are relative: divided by the largest they lie in (0, 1], so a weighted sum of values
  // can never overflow, whatever weights a framework that skipped validation brings.
  const largest = dimension.components.reduce(
    (max, component) => (isUsableWeight(component.weight) ? Math.max(max, component.weight) : max),
    0,
  );
  const components = dimension.components.map((component) => ({
    weight: isUsableWeight(component.weight) ? component.weight / largest : 0,
    buckets: bucketsFor(refsOf(component), dimension.cadence),
  }));
  const totalWeight = components.reduce((sum, component) => sum + component.weight, 0);
  const periods = new Map<string, Period>();
  for (const component of components) {
    for (const bucket of component.buckets.values()) periods.set(bucket.period.key, bucket.period);
  }

  const points: SeriesPoint[] = [];
  for (const period of periods.values()) {
    let weighted = 0;
    let weight = 0;
    let count = 0;
    const raters: number[] = [];
    for (const component of components) {
      const bucket = component.buckets.get(period.key);
      if (!bucket) continue;
      weighted += component.weight * (bucket.sum / bucket.count);
      weight += component.weight;
      count += bucket.count;
      for (const rater of bucket.raters) addRater(raters, rater);
    }
    const coverage = roundValue(weight / totalWeight);
    if (!(coverage >= dimension.minCoverage) || weight === 0) continue; // a gap: too little was rated
    const value = roundValue(weighted / weight);
    if (!Number.isFinite(value)) continue; // never a value no one can read (values off every scale)
    points.push({
      period: period.key,
      start: period.start,
      end: period.end,
      value,
      count,
      raters: raters.length,
      coverage,
      values: [value],
    });
  }
  return points.sort(byStart);
}

const seriesFrom = (definition: SeriesDefinition, points: SeriesPoint[]): Series => ({
  id: definition.id,
  kind: definition.kind,
  cadence: definition.cadence,
  label: definition.label,
  scale: definition.scale,
  window: definition.window,
  points,
});

/** A framework's series definitions, worked out once per framework object. */
const definitionsCache = new WeakMap<Framework, ReadonlyArray<SeriesDefinition>>();

function definitionsOf(framework: Framework): ReadonlyArray<SeriesDefinition> {
  let definitions = definitionsCache.get(framework);
  if (!definitions) {
    definitions = seriesDefinitions(framework);
    definitionsCache.set(framework, definitions);
  }
  return definitions;
}

/**
 * `aggregate(data, { roles })` → `{ traits, dimensions, items }`, each a map from series id to
 * `{ id, kind, cadence, label, scale, points }`. Pass data from `parseProgressData`: data that
 * did not pass it is aggregated as far as it makes sense, never with an error.
 */
export function aggregate(data: ProgressData, options: AggregateOptions = {}): Aggregation {
  const framework = resolveFramework(data.framework);
  const traits: Record<string, Series> = {};
  const dimensions: Record<string, Series> = {};
  const items: Record<string, Series> = {};
  if (!framework) return { traits, dimensions, items };

  const bucketsFor = bucketMemo(observationsOf(data, framework, options));
  // A trait rated by one item has that item's points: the same buckets, made into points once
  // (read-only, so the two series may share them).
  const madePoints = new Map<Map<string, Bucket>, SeriesPoint[]>();
  const pointsFor = (refs: ReadonlyArray<string>, cadence: Cadence) => {
    const buckets = bucketsFor(refs, cadence);
    let points = madePoints.get(buckets);
    if (!points) madePoints.set(buckets, (points = pointsOf(buckets)));
    return points;
  };
  const index = frameworkIndex(framework);
  for (const definition of definitionsOf(framework)) {
    if (definition.kind === 'trait') {
      const trait = index.traits.get(definition.id);
      traits[definition.id] = seriesFrom(definition, pointsFor(trait?.items ?? [], definition.cadence));
    } else if (definition.kind === 'dimension') {
      const dimension = index.dimensions.get(definition.id);
      const points = dimension ? dimensionPoints(dimension, framework, bucketsFor) : [];
      dimensions[definition.id] = seriesFrom(definition, points);
    } else {
      items[definition.id] = seriesFrom(definition, pointsFor([definition.id], definition.cadence));
    }
  }
  return { traits, dimensions, items };
}

/**
 * `itemSeriesOf(data, framework, reads, { roles })`: for each `{ definition, ref }`, a series with the
 * definition's id, label, cadence, scale and window, made of the ratings of the one item `ref`
 * alone, by the same buckets and means as `aggregate`. For series the framework keeps apart from
 * its own (the young person's readings, `selfSeriesOf`).
 */
export function itemSeriesOf(
  data: ProgressData,
  framework: Framework,
  reads: ReadonlyArray<{ readonly definition: SeriesDefinition; readonly ref: string }>,
  options: AggregateOptions = {},
): Series[] {
  if (reads.length === 0) return [];
  const bucketsFor = bucketMemo(observationsOf(data, framework, options));
  return reads.map(({ definition, ref }) =>
    seriesFrom(definition, pointsOf(bucketsFor([ref], definition.cadence))),
  );
}

/** `seriesOf(aggregation, id)`: a trait, dimension or item series by its id. */
export function seriesOf(aggregation: Aggregation, id: string): Series | undefined {
  const own = (record: Readonly<Record<string, Series>>) =>
    Object.hasOwn(record, id) ? record[id] : undefined;
  return own(aggregation.traits) ?? own(aggregation.dimensions) ?? own(aggregation.items);
}
