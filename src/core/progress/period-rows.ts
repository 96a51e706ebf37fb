/**
 * The numbers behind a chart as rows: one per period that holds a value in any column, oldest
 * first, each column's value as core's aggregation has it (never recomputed, never rounded again);
 * and those rows as CSV text. The data table and the CSV export both read these rows, so a
 * spreadsheet and the page never disagree.
 */
import { compareDateText } from '../time/dates.js';
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
    .sort((a, b) => compareDateText(a.start, b.start) || compareDateText(a.period, b.period));
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
 * grouping, so reading the file back gives the same numbers.
 *
 * A cell is quoted when it holds either separator (`,` or `;`, whichever the file uses, so a
 * spreadsheet that guesses the other one still reads the cell whole), a tab, a quote or a line
 * break. Host text never runs as a formula: wherever a spreadsheet could start a cell in it (its
 * beginning, and after a `,`, `;`, tab or line break inside it, where a program that splits on the
 * other separator or reads line by line starts one), a formula's first character gets a `'` before
 * it, after whatever a spreadsheet skips there. A number is the kit's own and never guarded.
 */
export function csvOf(rows: ReadonlyArray<ReadonlyArray<CsvCell>>, format: CsvFormat): string {
  return rows.map((row) => row.map((cell) => csvCellOf(cell, format)).join(format.separator)).join('\r\n');
}

/** What makes a cell need quotes, whichever separator the file was written with. */
const needsQuotes = /[,;\t"\r\n]/;

/**
 * Where a `'` goes: before `=`, `+`, `-` or `@`, their full-width forms (＝ ＋ － ＠), small forms
 * (﹦ ﹢ ﹣ ﹫) or U+2212 MINUS SIGN, which spreadsheets may fold to them, when only what a spreadsheet
 * skips (`\s`: every Unicode space and line break; `\p{Cc}`: controls; `\p{Cf}`: zero-width and bidi
 * marks; a quote) stands between it and the start of a cell.
 */
const formulaStarts =
  /(?<=(?:^|[,;\t\r\n])[\s\p{Cc}\p{Cf}"]*)(?=[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212])/gu;

function csvCellOf(cell: CsvCell, format: CsvFormat): string {
  if (cell === null) return '';
  let text: string;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    const digits = Number.isInteger(cell) ? String(cell) : cell.toFixed(9).replace(/\.?0+$/, '');
    text = format.decimalMark === '.' ? digits : digits.replace('.', format.decimalMark);
  } else {
    text = cell.replace(formulaStarts, "'");
  }
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
