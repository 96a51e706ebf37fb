import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ChartSeries, ProgressModel } from '../../controllers/progress-data-controller.js';
import { formatNumber, formatPeriod } from '../../i18n/index.js';
import { bdi, isolateIn } from '../../internal/bidi.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { tokens } from '../../themes/tokens.js';
import { SporDataElement } from '../shared/spor-data-element.js';
import { styles } from './spor-data-table.styles.js';

interface Row {
  readonly period: string;
  readonly start: string;
  readonly values: ReadonlyArray<number | undefined>;
}

/**
 * The numbers behind the charts as an accessible table: one row per period, one column per
 * series, an empty cell for a period with no value. Numbers and periods are in the chosen language.
 *
 * @tagname spor-data-table
 * @summary The chart's numbers as a table.
 *
 * @fires spor-invalid-data - When `data` cannot be shown; `detail.issues` lists what is wrong.
 *
 * @csspart base - The scrolling box around the table.
 * @csspart table - The table.
 * @csspart error - The error state shown instead of the table.
 *
 * @cssprop [--spor-data-table-max-height=28rem] - The table scrolls beyond this height.
 * @cssprop [--spor-data-table-stripe=#f4f5f7] - The background of every other row.
 */
export class SporDataTable extends SporDataElement {
  static override styles = [tokens, sharedStyles, styles];
  static override shadowRootOptions = { ...SporDataElement.shadowRootOptions, delegatesFocus: true };

  /** What is shown: `dimensions` (default), `traits`, or a comma-separated list of series ids. */
  @property() series = 'dimensions';

  protected override renderModel(model: ProgressModel) {
    const t = this.i18n.t;
    const selection = model.selection(this.series);
    const columns = model.seriesFor(selection);
    const rows = rowsOf(columns);
    const locale = this.i18n.locale;
    if (rows.length === 0) return this.renderEmpty();
    const caption = isolateIn(model.titleFor(selection), [model.participantName]);
    return html`<div part="base" class="scroller" tabindex="0" role="region" aria-labelledby="caption">
      <table part="table">
        <caption id="caption">${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.table.period}</th>
            ${columns.map((c) => html`<th scope="col">${bdi(c.label)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <th scope="row">${formatPeriod(locale, row.period)}</th>
              ${row.values.map((value) =>
                value === undefined
                  ? html`<td class="gap"><span class="visually-hidden">${t.table.noValue}</span></td>`
                  : html`<td>${formatNumber(locale, value)}</td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>${nothing}`;
  }
}

/** One row per period that has a value in any column, oldest first. */
function rowsOf(columns: ReadonlyArray<ChartSeries>): Row[] {
  const byPeriod = new Map<string, { start: string; values: Array<number | undefined> }>();
  columns.forEach((column, c) => {
    for (const point of column.points) {
      let row = byPeriod.get(point.period);
      if (!row) {
        row = { start: point.start, values: columns.map(() => undefined) };
        byPeriod.set(point.period, row);
      }
      row.values[c] = point.value;
    }
  });
  return [...byPeriod.entries()]
    .map(([period, row]) => ({ period, ...row }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.period.localeCompare(b.period));
}
