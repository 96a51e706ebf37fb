/**
 * `changesSince(aggregation, { from, to, steadyThreshold })`: what changed since the last
 * conversation, by the rule of DESIGN.md.
 *
 * - `before`: the series' latest point whose period ends on or before `from` (the last complete
 *   period before the conversation);
 * - `after`: its latest point, or the latest that starts on or before `to` when `to` is given;
 * - `delta = after − before`; `|delta| < steadyThreshold` is "steady".
 * - No `before`: "new". No point after `before`: "none". No points at all: "none".
 */
import { roundValue, type Aggregation, type Series, type SeriesPoint } from './aggregate.js';
import type { SeriesKind } from './framework.js';

export type ChangeDirection = 'rose' | 'steady' | 'dipped' | 'new' | 'none';

export interface Change {
  readonly id: string;
  readonly kind: SeriesKind;
  readonly before: number | null;
  readonly after: number | null;
  readonly delta: number | null;
  readonly direction: ChangeDirection;
  /** The period key of `before`, e.g. `2026-W41`. */
  readonly beforePeriod: string | null;
  readonly afterPeriod: string | null;
}

export interface ChangesOptions {
  /** The previous conversation's date, `YYYY-MM-DD`. */
  readonly from: string;
  /** Look no further than this date, `YYYY-MM-DD`; default: the latest point. */
  readonly to?: string | undefined;
  /**
   * Changes smaller than this are "steady". Default: 0.25 on a 1–5 scale, scaled to the series'
   * range on other scales (0.625 on 0–10).
   */
  readonly steadyThreshold?: number | undefined;
}

/** The default steady threshold for a scale: 0.25 per 4 points of range. */
export function defaultSteadyThreshold(scale: { readonly min: number; readonly max: number }): number {
  return (0.25 * (scale.max - scale.min)) / 4;
}

function latest(points: ReadonlyArray<SeriesPoint>, accept: (point: SeriesPoint) => boolean) {
  for (let index = points.length - 1; index >= 0; index--) {
    const point = points[index];
    if (point && accept(point)) return point;
  }
  return undefined;
}

/** `changeOf(series, options)`: the change of one series. */
export function changeOf(series: Series, options: ChangesOptions): Change {
  const from = options.from.slice(0, 10);
  const to = options.to?.slice(0, 10);
  const before = latest(series.points, (point) => point.end <= from);
  const afterCandidate = latest(series.points, (point) => to === undefined || point.start <= to);
  // "After" must be a newer period than "before"; otherwise nothing new has been rated.
  const after =
    afterCandidate && (!before || afterCandidate.start > before.start) ? afterCandidate : undefined;
  if (!before || !after) {
    return change(series, before, after, null, before || !after ? 'none' : 'new');
  }
  const delta = roundValue(after.value - before.value);
  // Only values off every scale (data that skipped validation) could overflow; say nothing then.
  if (!Number.isFinite(delta)) return change(series, before, after, null, 'none');
  const threshold = options.steadyThreshold ?? defaultSteadyThreshold(series.scale);
  return change(
    series,
    before,
    after,
    delta,
    Math.abs(delta) < threshold ? 'steady' : delta > 0 ? 'rose' : 'dipped',
  );
}

// One object shape for every change (spreading into literals is several times slower in V8).
function change(
  series: Series,
  before: SeriesPoint | undefined,
  after: SeriesPoint | undefined,
  delta: number | null,
  direction: ChangeDirection,
): Change {
  return {
    id: series.id,
    kind: series.kind,
    before: before?.value ?? null,
    after: after?.value ?? null,
    delta,
    direction,
    beforePeriod: before?.period ?? null,
    afterPeriod: after?.period ?? null,
  };
}

/** One change per series: traits, then dimensions, then items, each in the framework's order. */
export function changesSince(aggregation: Aggregation, options: ChangesOptions): Change[] {
  return [aggregation.traits, aggregation.dimensions, aggregation.items].flatMap((record) =>
    Object.values(record).map((series) => changeOf(series, options)),
  );
}
