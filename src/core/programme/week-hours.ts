/**
 * Weekly hours (docs/design.md, "Programme records"): planned and attended hours per ISO week and activity, and how
 * many recent weeks reached the programme's minimum. A week with no entry has no plan: it is a
 * gap, never a week of zero hours.
 */
import { resolveFramework } from '../framework/framework.js';
import { programmeOf } from './programme.js';
import { nextPeriod, periodFromKey } from '../time/period.js';
import { roundValue } from '../progress/round.js';
import type { Activity, ProgressData } from '../format/schema.js';

/** The activities in the order they are stacked and listed. */
export const activities: ReadonlyArray<Activity> = ['internship', 'teaching', 'other'];

export interface HoursWeek {
  /** The ISO week, `2026-W45`, and its Monday and Sunday. */
  readonly key: string;
  readonly start: string;
  readonly end: string;
  /** False for a gap: no activity has an entry this week. */
  readonly hasPlan: boolean;
  /** Hours by activity, for the activities that have an entry this week. */
  readonly planned: Readonly<Partial<Record<Activity, number>>>;
  readonly attended: Readonly<Partial<Record<Activity, number>>>;
  /** Sums over the week's activities (0 for a gap: read `hasPlan` first). */
  readonly plannedTotal: number;
  readonly attendedTotal: number;
  /** Attended hours at or above the minimum; undefined for a gap. */
  readonly meetsMinimum: boolean | undefined;
  /** Attended hours below, exactly at or above the minimum; undefined for a gap. */
  readonly minimumStanding: MinimumStanding | undefined;
}

/** Where a week's attended hours stand against the minimum: exactly the minimum is `at`, not above. */
export type MinimumStanding = 'below' | 'at' | 'above';

/** `minimumStandingOf(15, 15)` is `at`; 14 is `below`, 16 (or 15.5) `above`. Hours as rounded. */
export function minimumStandingOf(attended: number, minimum: number): MinimumStanding {
  return attended < minimum ? 'below' : attended === minimum ? 'at' : 'above';
}

export interface HoursByWeek {
  /** Every ISO week from the first with an entry to the last, gaps included, in order. */
  readonly weeks: ReadonlyArray<HoursWeek>;
  /** The programme's minimum hours a week (`programme.minimumWeeklyHours`). */
  readonly minimum: number;
  /** The activities that have an entry in any week, in `activities` order. */
  readonly activities: ReadonlyArray<Activity>;
}

/** `weekHoursOf(data)`: the (parsed) data's hours by ISO week; no weeks when there are no hours. */
export function weekHoursOf(data: ProgressData): HoursByWeek {
  const minimum = programmeOf(resolveFramework(data.framework) ?? {}).minimumWeeklyHours;
  const byWeek = new Map<
    string,
    { planned: Partial<Record<Activity, number>>; attended: Partial<Record<Activity, number>> }
  >();
  const present = new Set<Activity>();
  for (const entry of data.hours ?? []) {
    const week = byWeek.get(entry.week) ?? { planned: {}, attended: {} };
    week.planned[entry.activity] = entry.planned;
    week.attended[entry.activity] = entry.attended;
    byWeek.set(entry.week, week);
    present.add(entry.activity);
  }
  const keys = [...byWeek.keys()].sort();
  const first = keys[0] === undefined ? undefined : periodFromKey(keys[0]);
  const last = keys.at(-1) === undefined ? undefined : periodFromKey(keys.at(-1) ?? '');
  const weeks: HoursWeek[] = [];
  for (let period = first; period && last && period.start <= last.start; period = nextPeriod(period)) {
    const entry = byWeek.get(period.key);
    const sum = (hours: Partial<Record<Activity, number>>) =>
      roundValue(activities.reduce((total, activity) => total + (hours[activity] ?? 0), 0));
    const attendedTotal = entry ? sum(entry.attended) : 0;
    const standing = entry ? minimumStandingOf(attendedTotal, minimum) : undefined;
    weeks.push({
      key: period.key,
      start: period.start,
      end: period.end,
      hasPlan: entry !== undefined,
      planned: entry?.planned ?? {},
      attended: entry?.attended ?? {},
      plannedTotal: entry ? sum(entry.planned) : 0,
      attendedTotal,
      meetsMinimum: standing === undefined ? undefined : standing !== 'below',
      minimumStanding: standing,
    });
  }
  return { weeks, minimum, activities: activities.filter((activity) => present.has(activity)) };
}

export interface MinimumRecord {
  /** The weeks looked at: the last `count` weeks (fewer when the history is shorter). */
  readonly count: number;
  /** Of those, the weeks with a plan (not gaps). */
  readonly withPlan: number;
  /** Of those, the weeks whose attended hours reached the minimum. */
  readonly atMinimum: number;
}

/** `minimumRecord(weeks, 12)`: how many of the last 12 weeks reached the minimum, gaps apart. */
export function minimumRecord(weeks: ReadonlyArray<HoursWeek>, count: number): MinimumRecord {
  const recent = weeks.slice(Math.max(0, weeks.length - count));
  return {
    count: recent.length,
    withPlan: recent.filter((week) => week.hasPlan).length,
    atMinimum: recent.filter((week) => week.meetsMinimum === true).length,
  };
}

/** The default number of weeks shown and counted: the last 12. */
export const recentWeeks = 12;
