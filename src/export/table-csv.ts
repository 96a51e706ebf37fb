import { audienceOf, csvOf, participantIdOf, type CsvCell, type CsvFormat } from '../core/index.js';
import type { SporExportDetail } from '../events/index.js';

/**
 * What a chart whose numbers are not ratings (the week hours) shows, as a table to export: the
 * chart gives its own rows, so its CSV holds what it shows and never the ratings' dimensions.
 */
export interface ChartTable {
  /** The header row, then one row per row shown, in the chart's order. */
  readonly rows: ReadonlyArray<ReadonlyArray<CsvCell>>;
  /** What is in it, for `spor-export` (the week hours: the activities). */
  readonly series: ReadonlyArray<string>;
  /** The spreadsheet format of the chart's language. */
  readonly format: CsvFormat;
  /** True when self-reported, health-like data is among the rows. */
  readonly includesSelfReport: boolean;
}

/**
 * `chartTableCSV(table, { audience, data, target })`: the chart's own table as CSV text (`csvOf`:
 * RFC 4180, CRLF lines, no BOM), and `spor-export` fired on `target` with what is in it.
 */
export function chartTableCSV(
  table: ChartTable,
  options: { readonly audience: unknown; readonly data: unknown; readonly target: EventTarget },
): string {
  const text = csvOf(table.rows, table.format);
  announceContent(options.target, 'csv', table, options);
  return text;
}

/**
 * Fires `spor-export` on `target` for a file of a chart's own content (its table's series, not the
 * ratings'), made for `audience` (core reads it: an unknown one is `company`) from `data`.
 */
export function announceContent(
  target: EventTarget,
  format: SporExportDetail['format'],
  content: Pick<ChartTable, 'series' | 'includesSelfReport'>,
  options: { readonly audience: unknown; readonly data: unknown },
): void {
  const detail: SporExportDetail = {
    format,
    series: [...content.series],
    audience: audienceOf(options.audience).audience,
    includesSelfReport: content.includesSelfReport,
    participantId: participantIdOf(options.data),
  };
  target.dispatchEvent(new CustomEvent('spor-export', { bubbles: true, composed: true, detail }));
}
