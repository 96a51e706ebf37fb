import { csvOf, type Audience, type CsvCell, type CsvFormat } from '../core/index.js';
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
 * `chartTableCSV(table, { audience, participantId, target })`: the chart's own table as CSV text
 * (`csvOf`: RFC 4180, CRLF lines, no BOM), and `spor-export` fired on `target` with what is in it.
 */
export function chartTableCSV(
  table: ChartTable,
  options: { readonly audience: Audience; readonly participantId: string; readonly target: EventTarget },
): string {
  const text = csvOf(table.rows, table.format);
  const detail: SporExportDetail = {
    format: 'csv',
    series: [...table.series],
    audience: options.audience,
    includesSelfReport: table.includesSelfReport,
    participantId: options.participantId,
  };
  options.target.dispatchEvent(new CustomEvent('spor-export', { bubbles: true, composed: true, detail }));
  return text;
}
