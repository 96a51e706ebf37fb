import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { compareDateText, periodOf, periodRowsOf, type Cadence } from '../../core/index.js';
import type { ProgressModel } from '../../controllers/progress-model.js';
import type { ChartSeries } from '../../controllers/progress-view.js';
import { formatDay, formatNumber, formatPeriod } from '../../i18n/locale.js';
import { bdi, isolate, withIsolates } from '../../internal/bidi.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { tokens } from '../../themes/tokens.js';
import { exportFile } from '../shared/export-action.js';
import { SporDataElement } from '../shared/spor-data-element.js';
import { styles } from './spor-data-table.styles.js';
import { chartsWords } from '../../i18n/charts/words.js';
import { chartSeriesOf, titleOf } from '../../controllers/progress-view.js';
import { targetInputOf } from '../../controllers/own-reading.js';

interface Row {
  readonly period: string;
  readonly start: string;
  /** The period's last day, included. */
  readonly end: string;
  readonly values: ReadonlyArray<number | null>;
}

/** An internship as the chart draws it on its time axis. */
interface Placement {
  readonly company: string;
  readonly start: string;
  readonly end?: string | undefined;
}

/**
 * The numbers behind the charts as an accessible table: one row per period, one column per
 * series, an empty cell for a period with no value. Numbers and periods are in the chosen language.
 * What the charts draw on the time axis is here too: a row's period says which conversation fell
 * in it, and a last column of row headers names the internship (company, from–to) it belongs to.
 *
 * @tagname spor-data-table
 * @summary The chart's numbers as a table.
 *
 * @fires spor-invalid-data - When `data` cannot be shown; `detail.issues` lists what is wrong.
 * @fires spor-export - When the numbers are saved as CSV (`exportable`): what was exported, for the host's log.
 *
 * @csspart base - The scrolling box around the table.
 * @csspart table - The table.
 * @csspart export - The "Save numbers as CSV" button (`exportable`).
 * @csspart error - The error state shown instead of the table.
 *
 * @cssprop [--spor-data-table-max-height=28rem] - The table scrolls beyond this height.
 * @cssprop [--spor-data-table-stripe=#f4f5f7] - The background of every other row.
 */
export class SporDataTable extends SporDataElement {
  protected readonly words = chartsWords;

  static override styles = [tokens, sharedStyles, styles];
  // Typed as the DOM type, so the declaration a host compiles is its own lib's, not an inlined copy of ours.
  static override shadowRootOptions: ShadowRootInit = {
    ...SporDataElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** What is shown: `dimensions` (default), `traits`, or a comma-separated list of series ids. */
  @property() series = 'dimensions';

  /** Offers the numbers as a CSV file (`exportable`; off by default: the data is personal). Fires `spor-export`. */
  @property({ type: Boolean, reflect: true }) exportable = false;

  /** What the live region says: that a CSV could not be made. */
  @state() private announcement = '';

  protected override renderModel(model: ProgressModel) {
    const t = this.i18n.t;
    const selection = model.selection(this.series);
    const columns = chartSeriesOf(model, selection);
    const placements = model.placements;
    const conversationDates = model.conversations.map((c) => c.date);
    const rows = rowsOf(columns, placements, conversationDates);
    const target = this.targetOf(model, columns);
    if (rows.length === 0) return this.renderEmpty();
    const caption = withIsolates(titleOf(model, selection, isolate));
    const hasPlacements = placements.length > 0;
    const spanShown = new Set<Placement>();
    return html`${
      this.exportable
        ? html`<button type="button" part="export" class="export" @click=${this.exportCsv}>${t.export.csv}</button>`
        : nothing
    }<div part="base" class="scroller" tabindex="0" role="region" aria-labelledby="caption">
      <table part="table">
        <caption id="caption">${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.table.period}</th>
            ${columns.map((c) => html`<th scope="col">${bdi(c.label)}</th>`)}
            ${hasPlacements ? html`<th scope="col" class="placement">${t.table.placement}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              ${this.renderPeriod(row, conversationDates, target)}
              ${row.values.map((value) =>
                value === null
                  ? html`<td class="gap"><span class="visually-hidden">${t.table.noValue}</span></td>`
                  : html`<td>${formatNumber(this.i18n.locale, value)}</td>`,
              )}
              ${hasPlacements ? this.renderPlacements(row, placements, spanShown) : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
    </div><div class="visually-hidden" aria-live="polite">${this.announcement}</div>`;
  }

  /** The CSV: a file that could not be made (its module not loaded, or not saved) is said aloud. */
  private readonly exportCsv = (): void => {
    exportFile(this, 'csv', this.series, this.i18n.locale).catch(() => {
      this.announcement = this.i18n.t.export.failed;
    });
  };

  /** The target set on a series of the table (core's `currentTarget`), in words, with its day. */
  private targetOf(model: ProgressModel, columns: ReadonlyArray<ChartSeries>) {
    const target = targetInputOf(model, columns);
    const column = target && columns.find((c) => c.key === target.series);
    if (!target || !column) return undefined;
    const value = formatNumber(this.i18n.locale, target.value, Number.isInteger(target.value) ? 0 : 1);
    return { date: target.date, text: this.i18n.t.table.target(isolate(column.label), value) };
  }

  /** The period, the conversations held in it and a target set in one, as the row's header. */
  private renderPeriod(
    row: Row,
    conversationDates: ReadonlyArray<string>,
    target: { readonly date: string; readonly text: string } | undefined,
  ): TemplateResult {
    const locale = this.i18n.locale;
    const year = Number(row.start.slice(0, 4));
    const held = conversationDates.filter((date) => isWithin(date, row.start, row.end));
    return html`<th scope="row">
      ${formatPeriod(locale, row.period)}${held.map(
        // The comma is for the ear: on screen each conversation stands on its own line.
        (date) =>
          html`<span class="visually-hidden">, </span><span class="conversation">${this.i18n.t.table.conversation(formatDay(locale, date, year))}</span>${
            target?.date === date
              ? html`<span class="visually-hidden">, </span><span class="conversation target">${withIsolates(target.text)}</span>`
              : nothing
          }`,
      )}
    </th>`;
  }

  /**
   * The internships the period overlaps, as a second row header: "uge 12, Værkstedet A/S" is the
   * context of every number in the row. Company names are host text, each in its own isolate.
   * Every row says the dates to the ear; on screen they show once, in the internship's first row,
   * so the rows stay short enough to read down.
   */
  private renderPlacements(
    row: Row,
    placements: ReadonlyArray<Placement>,
    spanShown: Set<Placement>,
  ): TemplateResult {
    const t = this.i18n.t;
    const locale = this.i18n.locale;
    const overlapping = placements.filter((p) => overlaps(p, row));
    if (overlapping.length === 0) {
      return html`<th scope="row" class="placement gap"><span class="visually-hidden">${t.table.noPlacement}</span></th>`;
    }
    return html`<th scope="row" class="placement">
      ${overlapping.map((p, i) => {
        // Years as the internship's own start sees them, so its dates read the same in every row.
        const year = Number(p.start.slice(0, 4));
        const from = formatDay(locale, p.start, year);
        const span = p.end
          ? t.table.placementSpan(from, formatDay(locale, p.end, year))
          : t.table.placementFrom(from);
        const isRepeat = spanShown.has(p);
        spanShown.add(p);
        return html`${i > 0 ? html`<span class="visually-hidden">; </span>` : nothing}<span class="company">${bdi(p.company)}<span class="visually-hidden">, </span><span class=${isRepeat ? 'visually-hidden' : 'span'}>${span}</span></span>`;
      })}
    </th>`;
  }
}

function isWithin(date: string, start: string, end: string): boolean {
  return date >= start && date <= end;
}

function overlaps(placement: Placement, period: { readonly start: string; readonly end: string }): boolean {
  return placement.start <= period.end && (placement.end === undefined || placement.end >= period.start);
}

/** The shortest cadence among the columns: the period a conversation with no row of its own gets. */
function finestCadence(columns: ReadonlyArray<ChartSeries>): Cadence {
  const cadences = new Set(columns.map((c) => c.cadence));
  return cadences.has('week') || cadences.size === 0 ? 'week' : cadences.has('month') ? 'month' : 'half-year';
}

/**
 * One row per period that has a value in any column, oldest first; and a row of its own, with no
 * values, for a conversation or an internship that no such period holds (a conversation after a
 * holiday gap), so that nothing the chart draws is missing from the table.
 */
function rowsOf(
  columns: ReadonlyArray<ChartSeries>,
  placements: ReadonlyArray<Placement>,
  conversationDates: ReadonlyArray<string>,
): Row[] {
  // The rows with values are core's (the CSV export reads the same ones).
  const byPeriod = new Map<string, { start: string; end: string; values: ReadonlyArray<number | null> }>(
    periodRowsOf(columns).map(({ period, ...row }) => [period, row]),
  );
  if (byPeriod.size === 0) return [];
  const cadence = finestCadence(columns);
  const rowFor = (date: string) => {
    const period = periodOf(date, cadence);
    if (!byPeriod.has(period.key)) {
      byPeriod.set(period.key, {
        start: period.start,
        end: period.end,
        values: columns.map(() => null),
      });
    }
  };
  const held = [...byPeriod.values()];
  for (const date of conversationDates) {
    if (!held.some((row) => isWithin(date, row.start, row.end))) rowFor(date);
  }
  for (const placement of placements) {
    if (!held.some((row) => overlaps(placement, row))) rowFor(placement.start);
  }
  return [...byPeriod.entries()]
    .map(([period, row]) => ({ period, ...row }))
    .sort((a, b) => compareDateText(a.start, b.start) || compareDateText(a.period, b.period));
}
