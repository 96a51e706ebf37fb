import {
  audienceOf,
  csvOf,
  isSelfReportedSeries,
  participantIdOf,
  periodRowsOf,
  type Audience,
} from '../core/index.js';
import { progressResultOf } from '../controllers/progress-data-controller.js';
import { type ProgressModel } from '../controllers/progress-model.js';
import type { SporExportDetail } from '../events/index.js';
import { formatPeriod } from '../i18n/locale.js';
import { chartSeriesOf } from '../controllers/progress-view.js';

export interface ToCSVOptions {
  /** What goes in, as the charts take it: `dimensions` (default), `traits`, or a list of series ids. */
  readonly series?: string | ReadonlyArray<string>;
  /** The language of the headers and the periods, and the spreadsheet's format: `da` (default) writes `;` and `,`, `en` writes `,` and `.`. */
  readonly locale?: string;
  /** Who it is for (default `conversation`): what this audience may not see is left out before anything else. */
  readonly audience?: Audience;
  /** In a conversation: the young person agreed this time to show resilience (default false). */
  readonly resilienceConsent?: boolean;
  /** Where `spor-export` is fired (default: `document`). */
  readonly target?: EventTarget;
}

/**
 * `toCSV(data, options)`: the numbers behind a chart as CSV text (RFC 4180, CRLF lines, no BOM):
 * one row per period with a value, oldest first; the period in words, its first and last day, then
 * one column per series, headed by its label in the chosen language. The values are core's
 * aggregation as the charts draw them (every digit kept), for what the audience may see. Fires
 * `spor-export`. Throws an `Error` with the data's issues, in the chosen language, when `data`
 * is not valid `ProgressData`.
 */
export function toCSV(data: unknown, options: ToCSVOptions = {}): string {
  const locale = options.locale ?? 'da';
  const { audience } = audienceOf(options.audience);
  const result = progressResultOf(data, locale, audience, options.resilienceConsent === true);
  if (result.status === 'invalid') {
    throw new Error(
      result.issues.map((issue) => [issue.path.join('.'), issue.message].join(': ')).join('\n'),
    );
  }
  const model = result.model;
  const word =
    typeof options.series === 'string' ? options.series : (options.series ?? ['dimensions']).join(',');
  const columns = chartSeriesOf(model, model.selection(word || 'dimensions'));
  const t = model.t;
  const rows = [
    [t.table.period, t.export.from, t.export.to, ...columns.map((c) => c.label)],
    ...periodRowsOf(columns).map((row) => [
      formatPeriod(locale, row.period),
      row.start,
      row.end,
      ...row.values,
    ]),
  ];
  const text = csvOf(rows, t.export.csvFormat);
  fireExport(options.target ?? globalThis.document, model, data, {
    format: 'csv',
    series: columns.map((c) => c.id),
    audience,
  });
  return text;
}

/** Fires `spor-export` on `target` with what was exported from this model. */
export function fireExport(
  target: EventTarget | undefined,
  model: ProgressModel,
  data: unknown,
  what: Pick<SporExportDetail, 'format' | 'series' | 'audience'>,
): void {
  const framework = model.framework;
  const detail: SporExportDetail = {
    ...what,
    includesSelfReport:
      model.showsSelfReport && !!framework && what.series.some((s) => isSelfReportedSeries(framework, s)),
    participantId: participantIdOf(data),
  };
  target?.dispatchEvent(new CustomEvent('spor-export', { bubbles: true, composed: true, detail }));
}
