/**
 * The numbers behind a chart as rows: one per period that holds a value in any column, oldest
 * first, each column's value as core's aggregation has it (never recomputed, never rounded again);
 * and those rows as CSV text. The data table and the CSV export both read these rows, so a
 * spreadsheet and the page never disagree.
 */
import type { SeriesPoint } from './aggregate.js';

/** One period and the value of every column in it (`null`: no value, a gap). */
export interface PeriodRow {
  /** The period key: `2026-W09`, `2026-03`, `2026-H1`. */
  readonly period: string;
  /** The period's first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** The period's last day, `YYYY-MM-DD` (included). */
  readonly end: string;
  readonly values: ReadonlyArray<number | null>;
}

type Column = { readonly points: ReadonlyArray<Pick<SeriesPoint, 'period' | 'start' | 'end' | 'value'>> };

/**
 * `periodRowsOf(columns)`: one row per period with a value in any column, ordered by the period's
 * first day (a week before the month that starts on the same day, by key). Periods of different
 * cadences (a week, a month, a half-year) are rows of their own: a monthly value is never copied
 * into the weeks of its month.
 */
export function periodRowsOf(columns: ReadonlyArray<Column>): PeriodRow[] {
  const byPeriod = new Map<string, { start: string; end: string; values: Array<number | null> }>();
  columns.forEach((column, index) => {
    for (const point of column.points) {
      let row = byPeriod.get(point.period);
      if (!row) {
        row = { start: point.start, end: point.end, values: columns.map(() => null) };
        byPeriod.set(point.period, row);
      }
      row.values[index] = point.value;
    }
  });
  return [...byPeriod.entries()]
    .map(([period, row]) => ({ period, ...row }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.period.localeCompare(b.period));
}

/** How a spreadsheet program in a language reads CSV: Danish `;` and `,`; English `,` and `.`. */
export interface CsvFormat {
  readonly separator: ';' | ',' | '\t';
  readonly decimalMark: ',' | '.';
}

/** A cell: text (host text included), a number, or `null` for an empty cell. */
export type CsvCell = string | number | null;

/**
 * `csvOf(rows, format)`: RFC 4180 text, lines ended by CRLF. Numbers keep every digit core gave
 * them (the aggregation's values are rounded to 9 decimals), with the format's decimal mark and no
 * grouping, so reading the file back gives the same numbers. A text cell is quoted when it holds
 * the separator, a quote or a line break; one that starts like a formula (`=`, `+`, `-`, `@`, a tab
 * or a carriage return) is prefixed with `'`, so a name never runs as a formula in a spreadsheet.
 */
export function csvOf(rows: ReadonlyArray<ReadonlyArray<CsvCell>>, format: CsvFormat): string {
  return rows.map((row) => row.map((cell) => csvCellOf(cell, format)).join(format.separator)).join('\r\n');
}

function csvCellOf(cell: CsvCell, format: CsvFormat): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    const text = Number.isInteger(cell) ? String(cell) : cell.toFixed(9).replace(/\.?0+$/, '');
    return format.decimalMark === '.' ? text : text.replace('.', format.decimalMark);
  }
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  const mustQuote = safe.includes(format.separator) || /["\r\n]/.test(safe);
  return mustQuote ? `"${safe.replaceAll('"', '""')}"` : safe;
}
