/**
 * How Danish and English write numbers and dates, as tables: the decimal and group marks and the
 * month names that `Intl` would give for `da-DK` and `en-GB`. A portal page draws its first chart
 * with code that has never run, and making the first `Intl.NumberFormat` costs more than the whole
 * chart (about 25 ms on a tablet); these tables cost nothing. `tests/i18n/conventions.test.ts`
 * proves they write exactly what `Intl` writes, so the two can never drift apart. Other languages
 * use `Intl` (see `index.ts`).
 */
export interface Conventions {
  readonly decimal: string;
  readonly group: string;
  /** The smallest number of digits before the decimal mark that gets a group mark (CLDR's minimumGroupingDigits + 3). */
  readonly groupFrom: number;
  readonly months: readonly string[];
  readonly monthsShort: readonly string[];
  /** `12. oktober` / `12 October`. */
  day(day: number, month: string): string;
  /** The word before a list's last item: "a, b og c" / "a, b and c". */
  readonly and: string;
}

export const conventions: Readonly<Record<'da' | 'en', Conventions>> = {
  da: {
    decimal: ',',
    group: '.',
    groupFrom: 4,
    months: [
      'januar',
      'februar',
      'marts',
      'april',
      'maj',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'december',
    ],
    monthsShort: [
      'jan.',
      'feb.',
      'mar.',
      'apr.',
      'maj',
      'jun.',
      'jul.',
      'aug.',
      'sep.',
      'okt.',
      'nov.',
      'dec.',
    ],
    day: (day, month) => `${day}. ${month}`,
    and: 'og',
  },
  en: {
    decimal: '.',
    group: ',',
    groupFrom: 4,
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    day: (day, month) => `${day} ${month}`,
    and: 'and',
  },
};

/**
 * `value` with exactly `fractionDigits` decimals, as `Intl.NumberFormat` writes it: the number's
 * shortest decimal form (what `String(value)` gives) rounded half away from zero, so 0.35 → "0,4" and
 * 1.005 → "1,01" where `toFixed` would say "0.3" and "1.00"; group marks; a minus on negative numbers
 * and on -0. Undefined where only `Intl` will do (not finite, below 1e-6 or from 1e21, more than 6 decimals).
 */
export function writeNumber(c: Conventions, value: number, fractionDigits: number): string | undefined {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21 || fractionDigits > 6 || fractionDigits < 0) {
    return undefined;
  }
  const negative = value < 0 || Object.is(value, -0);
  const shortest = String(Math.abs(value));
  // Below 1e-6 String() writes an exponent (5e-7 is "0,000001" at 6 decimals): Intl writes those.
  if (shortest.includes('e')) return undefined;
  const [whole = '0', fraction = ''] = shortest.split('.');
  let digits = whole + fraction.slice(0, fractionDigits).padEnd(fractionDigits, '0');
  if ((fraction[fractionDigits] ?? '0') >= '5') digits = incremented(digits);
  const wholeDigits = digits.slice(0, digits.length - fractionDigits);
  const decimals = digits.slice(digits.length - fractionDigits);
  return `${negative ? '-' : ''}${grouped(c, wholeDigits)}${decimals ? c.decimal + decimals : ''}`;
}

/** A string of decimal digits plus one: "0999" → "1000", "99" → "100". */
function incremented(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === '9') {
      chars[i] = '0';
    } else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
  }
  return `1${chars.join('')}`;
}

function grouped(c: Conventions, whole: string): string {
  if (whole.length < c.groupFrom) return whole;
  let out = '';
  for (let end = whole.length; end > 0; end -= 3) {
    const part = whole.slice(Math.max(0, end - 3), end);
    out = out ? `${part}${c.group}${out}` : part;
  }
  return out;
}

/** A list as `Intl.ListFormat` writes it in Danish and English: "a, b og c" (no comma before the last). */
export function writeList(c: Conventions, items: ReadonlyArray<string>): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${c.and} ${items.at(-1) ?? ''}`;
}
