/**
 * Calendar dates as `YYYY-MM-DD` strings. All arithmetic is on whole days in UTC, so a daylight
 * saving change can never move a date; time zones matter only when a date-time with an offset is
 * turned into the local date of the framework's time zone.
 */

const dateTime =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (monthLengths[month - 1] ?? 0);
}

function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const isDigitAt = (value: string, index: number) => {
  const code = value.charCodeAt(index);
  return code >= 48 && code <= 57;
};

/** The first and last day a `YYYY-MM-DD` can name (there is no year 0 in it, nor a year 10000). */
export const firstCalendarDate = '0001-01-01';
export const lastCalendarDate = '9999-12-31';

const isWrittenDate = (value: string) => {
  // Character by character rather than a regex: this runs for every assessment.
  if (value.length !== 10 || value[4] !== '-' || value[7] !== '-') return false;
  for (let index = 0; index < 10; index++) {
    if (index !== 4 && index !== 7 && !isDigitAt(value, index)) return false;
  }
  return isValidDay(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
};

/**
 * Orders dates (`YYYY-MM-DD`), date-times and period keys (`2026-W11`, `2026-03`) as they are
 * written: character by character, which is time order for them. Never `localeCompare`: a
 * language's collation is not time, and the first call loads collation data (milliseconds on a
 * cold page, several times that on a slow tablet).
 */
export function compareDateText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `isCalendarDate('2026-02-30')` → false: the shape alone is not enough; year 0000 is no year. */
export function isCalendarDate(value: string): boolean {
  return isWrittenDate(value) && value >= firstCalendarDate;
}

/** The day number (days since 1970-01-01) of a valid `YYYY-MM-DD`. */
export function dayNumberOf(date: string): number {
  return dayNumberOfParts(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** `dayNumberOfParts(2026, 12, 31)`: the day number of a date given as numbers (month 1–12). */
export function dayNumberOfParts(fullYear: number, month: number, day: number): number {
  // The days-from-civil algorithm: years start in March, so leap days come last.
  const year = fullYear - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * `dateOfDayNumber(0)` → `1970-01-01`. Plain arithmetic (the civil-from-days algorithm) rather than
 * `Date#toISOString`: aggregation calls this for every period, and this is several times faster.
 */
export function dateOfDayNumber(dayNumber: number): string {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The day number of 9999-12-31, where moving a date forward stops. */
const lastDayNumber = dayNumberOfParts(9999, 12, 31);

/**
 * A day number as a date, no later than 9999-12-31: moving a date past the calendar's last day
 * stops there. A date in year 10000 would be 11 characters long and sort as text before every
 * date of 2026, so "a step three months after 1 December 9999" would read as long past.
 */
const movedTo = (dayNumber: number) => dateOfDayNumber(Math.min(lastDayNumber, dayNumber));

/** `addDays('2026-12-31', 1)` → `2027-01-01`; no later than 9999-12-31. */
export function addDays(date: string, days: number): string {
  return movedTo(dayNumberOf(date) + days);
}

/**
 * `addMonths('2026-03-15', -1)` → `2026-02-15`. A day the target month lacks runs on into the next
 * month, as `Date.UTC` does (`addMonths('2026-03-31', -1)` → `2026-03-03`): "a month earlier" is
 * for moving along an axis, where a few days either way do not matter, but one rule must. No
 * later than 9999-12-31, as `addDays`.
 */
export function addMonths(date: string, months: number): string {
  const monthIndex = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const firstOfMonth = dayNumberOfParts(year, monthIndex - year * 12 + 1, 1);
  return movedTo(firstOfMonth + Number(date.slice(8, 10)) - 1);
}

/**
 * `addCalendarMonths('2026-01-31', 1)` → `2026-02-28`: the same day `months` later, or the month's
 * last day when it is shorter, as SQL's `date + interval '1 month'` does in PostgreSQL and DuckDB.
 * For agreed dates ("a month after the job starts"), where running on into March would be wrong.
 * No later than 9999-12-31, as `addDays`.
 */
export function addCalendarMonths(date: string, months: number): string {
  const monthIndex = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return movedTo(dayNumberOfParts(year, month, day));
}

/** Monday = 1 … Sunday = 7 (ISO). */
export function isoWeekdayOf(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumberOf(date) + 3) % 7) + 7) % 7) + 1;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      era: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** `isTimeZone('Europe/Copenhagen')` → true; unknown names → false. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** A local date, or why there is none: `impossible` (`2026-02-30`, `25:00`) or `outOfRange`. */
export type LocalDateProblem = 'impossible' | 'outOfRange';
export type LocalDateReading =
  | { readonly date: string; readonly problem?: undefined }
  | { readonly date?: undefined; readonly problem: LocalDateProblem };

const impossible: LocalDateReading = { problem: 'impossible' };
const outOfRange: LocalDateReading = { problem: 'outOfRange' };

/**
 * `readLocalDate(value, timeZone)`: like `localDateOf`, and says why there is no date. A date-time
 * near the ends of the calendar can have a local date outside it (`9999-12-31T23:30:00-05:00` is
 * already 10000-01-01 in Copenhagen): that is `outOfRange`, never a date of another shape.
 */
export function readLocalDate(value: string, timeZone: string): LocalDateReading {
  if (value.length === 10) {
    if (!isWrittenDate(value)) return impossible;
    return value >= firstCalendarDate ? { date: value } : outOfRange;
  }
  const match = dateTime.exec(value);
  if (!match) return impossible;
  const [, y, mo, d, h, mi, s, , oh, om] = match;
  if (!isValidDay(Number(y), Number(mo), Number(d))) return impossible;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return impossible;
  if (oh !== undefined && (Number(oh) > 23 || Number(om) > 59)) return impossible;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return impossible;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatterFor(timeZone).formatToParts(ms);
  } catch {
    return impossible;
  }
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  // Intl counts years in eras: the year 0 is "1 BC", which must not read as 0001.
  const yearOfEra = Number(part('year'));
  const year = part('era') === 'BC' ? 1 - yearOfEra : yearOfEra;
  if (!(year >= 1 && year <= 9999)) return outOfRange;
  return { date: `${String(year).padStart(4, '0')}-${part('month')}-${part('day')}` };
}

/**
 * `localDateOf(value, timeZone)`: a `YYYY-MM-DD` stays as it is (when it is a real date); a
 * date-time with an offset becomes the date it was in `timeZone` (`2026-03-01T23:30:00Z` is
 * `2026-03-02` in Copenhagen). Undefined for anything impossible (`2026-02-30`, `25:00`) and for
 * local dates outside 0001-01-01 … 9999-12-31.
 */
export function localDateOf(value: string, timeZone: string): string | undefined {
  return readLocalDate(value, timeZone).date;
}
