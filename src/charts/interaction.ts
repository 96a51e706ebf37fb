/**
 * Geometry for interaction: which drawn point a pointer or a key lands on. Pure functions over the
 * positions a layout computed, so the same rules serve mouse, touch and keyboard, and can be
 * tested with numbers worked out by hand.
 */

/** A point as drawn, in the drawing's own units. */
export interface PlacedPoint {
  readonly x: number;
  readonly y: number;
}

/** A drawn point that stands for a period of time. */
export interface PlacedPeriod extends PlacedPoint {
  /** First day of the period, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day of the period, `YYYY-MM-DD`. */
  readonly end: string;
}

/** Where a cursor is: a series, and a point in it (indexes into the drawn series and points). */
export interface PointRef {
  readonly series: number;
  readonly point: number;
}

export interface PlacedSeries<P extends PlacedPoint = PlacedPoint> {
  readonly points: ReadonlyArray<P>;
}

export type Direction = 1 | -1;

/** The first point of the first series that has points: where a keyboard walk starts. */
export function firstPoint(series: ReadonlyArray<PlacedSeries>): PointRef | undefined {
  const index = series.findIndex((s) => s.points.length > 0);
  return index < 0 ? undefined : { series: index, point: 0 };
}

/**
 * `nearestPoint(series, at, radius)`: the point closest to `at`, if it lies less than `radius`
 * away (a finger needs more room than a mouse, so the caller chooses). On a tie the earlier point
 * wins.
 */
export function nearestPoint(
  series: ReadonlyArray<PlacedSeries>,
  at: PlacedPoint,
  radius: number,
): PointRef | undefined {
  let best: PointRef | undefined;
  let bestDistance = radius;
  series.forEach((s, i) =>
    s.points.forEach((p, j) => {
      const distance = Math.hypot(p.x - at.x, p.y - at.y);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = { series: i, point: j };
      }
    }),
  );
  return best;
}

/** The next (or previous) point in time within the same series; it stops at the ends. */
export function stepInSeries(
  series: ReadonlyArray<PlacedSeries>,
  from: PointRef,
  direction: Direction,
): PointRef {
  const count = series[from.series]?.points.length ?? 0;
  return { ...from, point: Math.max(0, Math.min(count - 1, from.point + direction)) };
}

/** The first (`-1`) or last (`1`) point of the same series. */
export function endOfSeries(
  series: ReadonlyArray<PlacedSeries>,
  from: PointRef,
  direction: Direction,
): PointRef {
  const count = series[from.series]?.points.length ?? 0;
  return { ...from, point: direction === 1 ? Math.max(0, count - 1) : 0 };
}

/**
 * The point about a month later (or earlier) in the same series: the period that holds the date
 * a calendar month away, or the nearest one beyond it, or the series' end when there is none.
 */
export function pointAMonthAway(
  series: ReadonlyArray<PlacedSeries<PlacedPeriod>>,
  from: PointRef,
  direction: Direction,
): PointRef {
  const points = series[from.series]?.points ?? [];
  const origin = points[from.point];
  if (!origin) return from;
  const target = shiftMonth(origin.start, direction);
  const index =
    direction === 1
      ? points.findIndex((p) => p.end >= target)
      : findLastIndex(points, (p) => p.start <= target);
  const fallback = direction === 1 ? points.length - 1 : 0;
  return { ...from, point: index < 0 ? fallback : index };
}

/**
 * The point nearest in time (along x) in the next (or previous) series that has points; series
 * without points are skipped, and past the last series the cursor stays where it is. On a tie the
 * earlier point wins.
 */
export function nearestInNextSeries(
  series: ReadonlyArray<PlacedSeries>,
  from: PointRef,
  direction: Direction,
): PointRef {
  const origin = series[from.series]?.points[from.point];
  for (let i = from.series + direction; i >= 0 && i < series.length; i += direction) {
    const points = series[i]?.points ?? [];
    if (points.length === 0) continue;
    if (!origin) return { series: i, point: 0 };
    let best = 0;
    points.forEach((p, j) => {
      if (Math.abs(p.x - origin.x) < Math.abs((points[best]?.x ?? Infinity) - origin.x)) best = j;
    });
    return { series: i, point: best };
  }
  return from;
}

/**
 * `cursorAfterKey(series, cursor, key)`: where a key moves the cursor of a time chart. Left and
 * right step in time (with no cursor yet, the first press shows the first point), Home and End go
 * to the series' ends, PageUp and PageDown a month, up and down to the nearest point of the
 * previous or next series. Undefined for any other key, or when nothing is drawn.
 */
export function cursorAfterKey(
  series: ReadonlyArray<PlacedSeries<PlacedPeriod>>,
  cursor: PointRef | undefined,
  key: string,
): PointRef | undefined {
  const start = firstPoint(series);
  if (!start) return undefined;
  const from = cursor ?? start;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft':
      return cursor ? stepInSeries(series, from, key === 'ArrowRight' ? 1 : -1) : from;
    case 'Home':
    case 'End':
      return endOfSeries(series, from, key === 'End' ? 1 : -1);
    case 'PageUp':
    case 'PageDown':
      return pointAMonthAway(series, from, key === 'PageDown' ? 1 : -1);
    case 'ArrowUp':
    case 'ArrowDown':
      return nearestInNextSeries(series, from, key === 'ArrowDown' ? 1 : -1);
    default:
      return undefined;
  }
}

/**
 * `calloutPlacement(at, box, within, dir)`: where a callout of size `box` stands beside the point
 * `at` inside `within` (all in px from its top left): 14 px away, on the side a reader comes from
 * (after the point left to right, before it right to left) and above it, on the other side where
 * there is no room, and clamped inside.
 */
export function calloutPlacement(
  at: PlacedPoint,
  box: { readonly width: number; readonly height: number },
  within: { readonly width: number; readonly height: number },
  dir: 'ltr' | 'rtl',
): { readonly left: number; readonly top: number } {
  const gap = 14;
  const after = at.x + gap;
  const before = at.x - gap - box.width;
  const left =
    dir === 'rtl' ? (before < 0 ? after : before) : after + box.width > within.width ? before : after;
  const top = at.y - box.height - gap < 0 ? at.y + gap : at.y - box.height - gap;
  return {
    left: Math.max(0, Math.min(left, within.width - box.width)),
    top: Math.max(0, Math.min(top, within.height - box.height)),
  };
}

/**
 * `ringCursorAfterKey(current, count, key)`: where a key moves the cursor among `count` axes (the
 * star's): right and down forward, left and up back, around the ring; Home and End to the first
 * and last. Undefined for any other key, or when there are no axes.
 */
export function ringCursorAfterKey(
  current: number | undefined,
  count: number,
  key: string,
): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return stepAround(current, count, 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return stepAround(current, count, -1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * A step around a ring of `count` items (the star's axes), wrapping at the ends. With no current
 * item, forward starts at the first and backward at the last.
 */
export function stepAround(current: number | undefined, count: number, direction: Direction): number {
  if (current === undefined) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/**
 * The spoke of a radar with `count` spokes (the first at 12 o'clock, clockwise) nearest to the
 * offset `dx, dy` from its centre (screen coordinates: y grows downwards).
 */
export function nearestSpoke(dx: number, dy: number, count: number): number {
  const angle = (Math.atan2(dx, -dy) + 2 * Math.PI) % (2 * Math.PI);
  return Math.round(angle / ((2 * Math.PI) / count)) % count;
}

/** The panel of `count` equal panels side by side under `x` across `width`, clamped to the ends. */
export function panelAt(x: number, width: number, count: number): number {
  const index = width > 0 ? Math.floor((x / width) * count) : 0;
  return Math.max(0, Math.min(count - 1, index));
}

/** The same day a calendar month later or earlier; past a short month's end it runs on (31 Jan → 3 Mar). */
function shiftMonth(isoDate: string, direction: Direction): string {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + direction, d)).toISOString().slice(0, 10);
}

function findLastIndex<T>(items: ReadonlyArray<T>, test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
