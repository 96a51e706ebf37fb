/**
 * The geometry of weekly hours: per ISO week a planned bar and an attended bar, each stacked by
 * activity, on a shared hours axis from 0, with the minimum as a line. Plain numbers in px.
 */
import type { Activity, HoursWeek } from '../core/index.js';
import { linearScale } from './linear.js';
import { round } from './time.js';

export interface HoursSegment {
  readonly activity: Activity;
  readonly y: number;
  readonly height: number;
}

export interface HoursColumn {
  readonly week: HoursWeek;
  /** The week's slot: its left edge, its width and its centre. */
  readonly x: number;
  readonly width: number;
  readonly center: number;
  /** The planned bar (left) and the attended bar (right), as segments from the bottom up. */
  readonly barWidth: number;
  readonly planned: ReadonlyArray<HoursSegment>;
  readonly attended: ReadonlyArray<HoursSegment>;
  /** Whether the week's label is drawn (labels are thinned to keep apart). */
  readonly isLabelled: boolean;
}

export interface HoursLayout {
  readonly columns: ReadonlyArray<HoursColumn>;
  readonly ticks: ReadonlyArray<{ readonly y: number; readonly value: number }>;
  readonly minimumY: number;
  /** The plot area. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface HoursLayoutOptions {
  readonly width: number;
  readonly height: number;
  readonly activities: ReadonlyArray<Activity>;
  readonly minimum: number;
  /** Room for the axis labels: left for hours, bottom for weeks. */
  readonly margin?: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  /** The least px between week labels (default 44 for 12 px labels, as much more as they are larger). */
  readonly labelSpacing?: number;
  /**
   * The labels' font size, px (default 12: 0.75rem at a 16 px root). The default margins and the
   * room between week labels grow with it, so labels at 200 % text keep apart (WCAG 1.4.4).
   */
  readonly labelSize?: number;
}

/** How much larger than 12 px the labels are (at least 1): 2 at 200 % text. */
export function hoursLabelScale(labelSize = 12): number {
  return Math.max(1, labelSize / 12);
}

/** Hours ticks: every 10 hours, or 20 beyond 60, from 0 to at least the largest value. */
function tickStep(max: number): number {
  return max > 60 ? 20 : 10;
}

/** `hoursLayout(weeks, options)`: columns, bars, ticks and the minimum line's y. */
export function hoursLayout(weeks: ReadonlyArray<HoursWeek>, options: HoursLayoutOptions): HoursLayout {
  const k = hoursLabelScale(options.labelSize);
  const margin = options.margin ?? { top: 8 * k, right: 8 * k, bottom: 28 * k, left: 36 * k };
  const left = margin.left;
  const right = options.width - margin.right;
  const top = margin.top;
  const bottom = options.height - margin.bottom;
  // A fold, not a spread: spreading every week into one call overflows the stack on a long history.
  const largest = weeks.reduce((most, w) => Math.max(most, w.plannedTotal, w.attendedTotal), options.minimum);
  const step = tickStep(largest);
  const max = Math.max(step, Math.ceil(largest / step) * step);
  const y = linearScale([0, max], [bottom, top]);
  const slot = weeks.length > 0 ? (right - left) / weeks.length : 0;
  const barWidth = Math.min(24, slot * 0.36);
  const every = Math.max(1, Math.ceil((options.labelSpacing ?? 44 * k) / Math.max(slot, 1)));
  const stack = (hours: HoursWeek['planned']): HoursSegment[] => {
    let base = 0;
    return options.activities.flatMap((activity) => {
      const value = hours[activity];
      if (value === undefined || value <= 0) return [];
      const from = y(base);
      base += value;
      const to = y(base);
      return [{ activity, y: round(to), height: round(from - to) }];
    });
  };
  const columns = weeks.map((week, index) => {
    const x = left + index * slot;
    return {
      week,
      x: round(x),
      width: round(slot),
      center: round(x + slot / 2),
      barWidth: round(barWidth),
      planned: stack(week.planned),
      attended: stack(week.attended),
      // Counted from the latest week, so the newest week always has its label.
      isLabelled: (weeks.length - 1 - index) % every === 0,
    };
  });
  const ticks = [];
  for (let value = 0; value <= max; value += step) ticks.push({ y: round(y(value)), value });
  return { columns, ticks, minimumY: round(y(options.minimum)), left, right, top, bottom };
}
