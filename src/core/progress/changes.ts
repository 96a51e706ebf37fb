/**
 * `changesSince(aggregation, { from, to, steadyThreshold })`: what changed since the last
 * conversation, by the one rule of docs/design.md ("One story of change"):
 *
 * - every side is the series' rolling mean (see `rolling.ts`) over the series' window;
 * - **then**: the rolling mean at the latest point whose period ends on or before `from` (the
 *   previous conversation's date);
 * - **now**: the rolling mean at the latest point, or the latest that starts on or before `to`,
 *   provided that point is newer than then's point;
 * - `delta = now − then`; `|delta| < steadyThreshold` is "steady".
 * - No then: "new". No newer point: "none". No points at all: "none".
 *
 * Each side keeps its window: the first and last period that hold a point, and how many points and
 * ratings stand behind it, so words can say "the last 4 weeks (4 reports)".
 */
import { roundValue, type Aggregation, type Series } from './aggregate.js';
import { roundAsWritten } from './round.js';
import { latestIndexOf, rollingPointAt, type RollingPoint } from './rolling.js';
import type { SeriesKind } from '../framework/framework.js';

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
  /** What stands behind `before`: its window's first and last period with a point, and counts. */
  readonly beforeWindow: ChangeWindow | null;
  /** What stands behind `after`. */
  readonly afterWindow: ChangeWindow | null;
}

/** The periods and counts behind one side of a change. */
export interface ChangeWindow {
  /** The first period in the window that holds a point, e.g. `2026-W38`. */
  readonly first: string;
  /** The anchor's own period, the window's last. */
  readonly last: string;
  /** How many periods in the window hold a value. */
  readonly points: number;
  /** How many ratings stand behind them. */
  readonly ratings: number;
  /** The window's length in periods (the series' `changeWindow`). */
  readonly size: number;
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

/** `changeOf(series, options)`: the change of one series. */
export function changeOf(series: Series, options: ChangesOptions): Change {
  const from = options.from.slice(0, 10);
  const to = options.to?.slice(0, 10);
  // Only the two anchors are read: a rolling mean at each, never the whole line.
  const before = rollingPointAt(
    series,
    latestIndexOf(series.points, (point) => point.end <= from),
  );
  const afterCandidate = rollingPointAt(
    series,
    latestIndexOf(series.points, (point) => to === undefined || point.start <= to),
  );
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
  before: RollingPoint | undefined,
  after: RollingPoint | undefined,
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
    beforeWindow: before ? windowOf(before) : null,
    afterWindow: after ? windowOf(after) : null,
  };
}

/** `windowOf(rollingPoint)`: the periods and counts behind a rolling mean, as a change names them. */
export function windowOf(point: RollingPoint): ChangeWindow {
  return {
    first: point.first,
    last: point.period,
    points: point.points,
    ratings: point.ratings,
    size: point.window,
  };
}

/** One change per series: traits, then dimensions, then items, each in the framework's order. */
export function changesSince(aggregation: Aggregation, options: ChangesOptions): Change[] {
  return [aggregation.traits, aggregation.dimensions, aggregation.items].flatMap((record) =>
    Object.values(record).map((series) => changeOf(series, options)),
  );
}

/**
 * `shownDeltaOf(change, digits?)`: the change a person can check against the two values shown
 * beside it: "fra 3,4 til 3,6" is a change of 0,2, even where the exact means (3.35 and 3.6) differ
 * by 0.25. Each side is rounded as it is written (`roundAsWritten`), then one is taken from the
 * other. The direction (rose, steady, dipped) and the order of changes stay on the exact `delta`.
 */
export function shownDeltaOf(change: Pick<Change, 'before' | 'after'>, digits = 1): number | null {
  if (change.before === null || change.after === null) return null;
  return roundValue(roundAsWritten(change.after, digits) - roundAsWritten(change.before, digits));
}

/**
 * How large a change reads: "a little" higher or lower, or plainly higher or lower. Whether a
 * change is steady at all stays `changeOf`'s rule (the steady threshold); this says only how far
 * a rise or a fall went.
 */
export type ChangeSize = 'little' | 'large';

/**
 * `changeSizeOf(change, scale?)`: `'little'` where the change a person reads (`shownDeltaOf`, the
 * two values as written) is less than 0.5 on a 1–5 scale, `'large'` from 0.5. On other scales the
 * bound is scaled to the range as the steady threshold is: 0.5 per 4 points (1.25 on 0–10). A
 * change without two values reads as little.
 */
export function changeSizeOf(
  change: Pick<Change, 'before' | 'after'>,
  scale: { readonly min: number; readonly max: number } = { min: 1, max: 5 },
): ChangeSize {
  const shown = shownDeltaOf(change);
  if (shown === null) return 'little';
  return Math.abs(shown) < largeChangeOf(scale) ? 'little' : 'large';
}

/** The bound of a large change on a scale: 0.5 per 4 points of range. */
export function largeChangeOf(scale: { readonly min: number; readonly max: number }): number {
  return (0.5 * (scale.max - scale.min)) / 4;
}
