/**
 * Periods: ISO weeks (`2026-W09`, week 53 exists), calendar months (`2026-03`) and half-years
 * (`2026-H1`). A period runs from `start` to `end`, both `YYYY-MM-DD` and both included.
 */
import { DateCache } from './date-cache.js';
import {
  addDays,
  dateOfDayNumber,
  dayNumberOf,
  dayNumberOfParts,
  daysInMonth,
  firstCalendarDate,
  lastCalendarDate,
} from './dates.js';
import type { Cadence } from '../format/schema.js';

export interface Period {
  readonly key: string;
  readonly cadence: Cadence;
  /** The first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** The last day, `YYYY-MM-DD` (included). */
  readonly end: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function lastDayOfMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(daysInMonth(year, month))}`;
}

function isoWeekOf(date: string): Period {
  // Counted in day numbers, read once from the date: this runs for every new date a draw meets.
  const day = dayNumberOf(date);
  const monday = day - ((((day + 3) % 7) + 7) % 7); // 1970-01-01 was a Thursday
  // The ISO week belongs to the year its Thursday is in.
  const thursday = monday + 3;
  const year = Number(dateOfDayNumber(thursday).slice(0, 4));
  const week = Math.floor((thursday - dayNumberOfParts(year, 1, 1)) / 7) + 1;
  return {
    key: `${pad(year, 4)}-W${pad(week)}`,
    cadence: 'week',
    start: dateOfDayNumber(monday),
    end: dateOfDayNumber(monday + 6),
  };
}

function monthOf(date: string): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return {
    key: date.slice(0, 7),
    cadence: 'month',
    start: `${date.slice(0, 7)}-01`,
    end: lastDayOfMonth(year, month),
  };
}

function halfYearOf(date: string): Period {
  const year = date.slice(0, 4);
  const isFirst = Number(date.slice(5, 7)) <= 6;
  return {
    key: `${year}-H${isFirst ? 1 : 2}`,
    cadence: 'half-year',
    start: isFirst ? `${year}-01-01` : `${year}-07-01`,
    end: isFirst ? `${year}-06-30` : `${year}-12-31`,
  };
}

/** `periodOf('2027-01-01', 'week')` → `{ key: '2026-W53', start: '2026-12-28', end: '2027-01-03' }`. */
export function periodOf(date: string, cadence: Cadence): Period {
  switch (cadence) {
    case 'week':
      return isoWeekOf(date);
    case 'month':
      return monthOf(date);
    case 'half-year':
      return halfYearOf(date);
  }
}

/** The three periods a date falls in. */
export type PeriodsOfDate = Readonly<Record<Cadence, Period>>;

const periodsCache = new DateCache<PeriodsOfDate>();

/**
 * `periodsOfDate(date)`: the week, month and half-year of a date, remembered: a cohort has many
 * ratings on few distinct dates. The memory is bounded (a few thousand dates cover ten years).
 */
export function periodsOfDate(date: string): PeriodsOfDate {
  return (
    periodsCache.get(date) ??
    periodsCache.set(date, { week: isoWeekOf(date), month: monthOf(date), 'half-year': halfYearOf(date) })
  );
}

/** `periodKey('2026-03-01', 'month')` → `2026-03`. The date is a local `YYYY-MM-DD`. */
export function periodKey(date: string, cadence: Cadence): string {
  return periodOf(date, cadence).key;
}

const weekKey = /^(\d{4})-W(\d{2})$/;
const monthKey = /^(\d{4})-(\d{2})$/;
const halfYearKey = /^(\d{4})-H([12])$/;

/** `periodFromKey('2026-W53')`: the period a key names; undefined for a key that names none. */
export function periodFromKey(key: string): Period | undefined {
  const week = weekKey.exec(key);
  if (week) {
    const year = Number(week[1]);
    // 4 January is always in week 1.
    const weekOne = isoWeekOf(`${pad(year, 4)}-01-04`);
    const period = isoWeekOf(addDays(weekOne.start, (Number(week[2]) - 1) * 7));
    return period.key === key ? period : undefined;
  }
  const month = monthKey.exec(key);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? monthOf(`${key}-01`) : undefined;
  }
  const half = halfYearKey.exec(key);
  if (half) return halfYearOf(`${half[1]}-${half[2] === '1' ? '01' : '07'}-01`);
  return undefined;
}

/**
 * `isPeriodInCalendar(period)`: whether every day of the period is a date the format can name,
 * 0001-01-01 … 9999-12-31. 9999-W52 is not: it ends on 10000-01-02.
 */
export function isPeriodInCalendar(period: Period): boolean {
  return period.start >= firstCalendarDate && period.end.length === 10 && period.end <= lastCalendarDate;
}

/**
 * `nextPeriod(period)`: the period after it, of the same cadence; undefined once the period holds
 * the calendar's last day (9999-12-31). Every walk forward goes through here: a date in year 10000
 * is 11 characters long and sorts as text before `9999`, so a walk that compared it as a string
 * would never end.
 */
export function nextPeriod(period: Period): Period | undefined {
  if (period.end.length !== 10 || period.end >= lastCalendarDate) return undefined;
  return periodOf(addDays(period.end, 1), period.cadence);
}

/** Every period from the one holding `from` to the one holding `to`, in order (for axes and gaps). */
export function periodsBetween(from: string, to: string, cadence: Cadence): Period[] {
  const periods: Period[] = [];
  if (to < from) return periods;
  for (let period: Period | undefined = periodOf(from, cadence); period && period.start <= to;) {
    periods.push(period);
    period = nextPeriod(period);
  }
  return periods;
}
