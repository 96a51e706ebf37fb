/**
 * The young person's own reading of their traits, as series of its own (docs/design.md, "The young
 * person's own side"). It is never mixed into a trait's or a dimension's series, which stay the
 * companies' and counsellors' measure; it is drawn beside them. A self series is a series like any
 * other: its points are the means of the week's ratings, its rolling mean and change follow the one
 * rule (`rollingMean`, `changeOf`), with the window of its cadence.
 */
import {
  changeWindowOf,
  resolveFramework,
  scaleOf,
  selfReadingsOf,
  selfRole,
} from '../framework/framework.js';
import type { ProgressData } from '../format/schema.js';
import { forAudience, maySeeOwnReading, type Viewer } from '../people/audience.js';
import { itemSeriesOf, type Series } from './aggregate.js';

/**
 * `selfSeriesOf(data)` → per trait the young person reads themselves (`selfReadingsOf`), keyed by
 * the trait's id: a `trait` series with the trait's label and the self-rating instrument's
 * cadence, scale and window, its points from the young person's own ratings only. A trait without
 * a self reading in the framework has no entry; one they never rated has an entry without points.
 * Only ratings by the `self` role count (the instrument admits no other; data that skipped
 * validation cannot slip another rater's in).
 */
export function selfSeriesOf(data: ProgressData): Readonly<Record<string, Series>> {
  const framework = resolveFramework(data.framework);
  const result: Record<string, Series> = {};
  if (!framework) return result;
  const reads = selfReadingsOf(framework).map(({ trait, instrument, ref }) => {
    const scale = scaleOf(framework, instrument);
    return {
      ref,
      definition: {
        id: trait.id,
        kind: 'trait' as const,
        cadence: instrument.cadence,
        label: trait.label,
        scale: scale ? { min: scale.min, max: scale.max } : { min: 1, max: 5 },
        window: changeWindowOf(framework, instrument.cadence),
      },
    };
  });
  for (const series of itemSeriesOf(data, framework, reads, { roles: [selfRole] }))
    result[series.id] = series;
  return result;
}

/**
 * `selfSeriesFor(data, viewer)`: the self series this viewer may see, by the audience policy
 * (`maySeeOwnReading`): none at all for a company or an unknown audience (fail closed), else
 * `selfSeriesOf` of the data that viewer sees.
 */
export function selfSeriesFor(data: ProgressData, viewer: Viewer): Readonly<Record<string, Series>> {
  return maySeeOwnReading(viewer) ? selfSeriesOf(forAudience(data, viewer)) : {};
}
