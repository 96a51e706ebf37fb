import { html, nothing, svg, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { timeLabelX } from '../../charts/trend-drawing.js';
import {
  hoursLabelScale,
  hoursLayout,
  type HoursColumn,
  type HoursSegment,
} from '../../charts/week-hours.js';
import type { ProgressModel } from '../../controllers/progress-model.js';
import { SizeController } from '../../controllers/size-controller.js';
import {
  minimumRecord,
  recentWeeks,
  weekHoursOf,
  type HoursByWeek,
  type HoursWeek,
  type MinimumRecord,
  type ProgressData,
} from '../../core/index.js';
import { formatNumber, formatPeriod } from '../../i18n/locale.js';
import { isolate, withIsolates } from '../../internal/bidi.js';
import { chartStyles } from '../../internal/chart.styles.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { remPx } from '../../internal/root-font-size.js';
import { tableStyles } from '../../internal/table.styles.js';
import { tokens } from '../../themes/tokens.js';
import type { ChartTable } from '../../export/table-csv.js';
import { SporChartElement } from '../shared/spor-data-element.js';
import { styles } from './spor-week-hours.styles.js';
import { programmeWords } from '../../i18n/programme/words.js';
import type { ProgrammeTranslation } from '../../i18n/translation.js';

/** What the chart works out from the model once per render, for every hook. */
interface View {
  readonly model: ProgressModel;
  readonly hours: HoursByWeek;
  /** The weeks drawn: the last 12, or all of them. */
  readonly shown: ReadonlyArray<HoursWeek>;
  /** The last 12 weeks against the minimum, whatever is drawn. */
  readonly record: MinimumRecord;
}

/** The drawing's height, px, with 12 px labels; larger labels add the room their margins grow by. */
const baseHeight = 240;

/**
 * Planned and attended hours per ISO week, each bar stacked by activity (internship, teaching,
 * other), with the programme's minimum as a line: the last 12 weeks by default, all on request. A
 * week with no plan is a gap, never a zero. Activities differ by pattern as well as colour (the
 * attended bars solid, hatched or dotted, the planned outlines solid, dashed or dotted), and
 * planned bars are outlines, attended bars filled, so the chart reads in black and white.
 *
 * @tagname spor-week-hours
 * @summary Planned and attended hours a week, against the minimum.
 *
 * @fires spor-invalid-data - When `data` cannot be drawn; `detail.issues` lists what is wrong.
 *
 * @csspart base - The whole chart.
 * @csspart title - The chart's title.
 * @csspart caption - The line that says how to read the chart.
 * @csspart plot - The drawing, and the single tab stop of the weeks.
 * @csspart summary - The text summary.
 * @csspart error - The error state shown instead of the chart.
 *
 * @cssprop [--spor-week-hours-internship=var(--spor-color-series-1)] - Internship hours.
 * @cssprop [--spor-week-hours-teaching=var(--spor-color-series-2)] - Teaching hours.
 * @cssprop [--spor-week-hours-other=var(--spor-color-series-3)] - Other hours.
 * @cssprop [--spor-week-hours-minimum=var(--spor-color-text)] - The minimum line.
 */
export class SporWeekHours extends SporChartElement<View, ProgrammeTranslation> {
  protected readonly words = programmeWords;

  static override styles = [tokens, sharedStyles, chartStyles, tableStyles, styles];
  static override dependencies = {};

  private readonly size = new SizeController(this);
  /** The week under the keyboard or pointer cursor, by its place among the weeks drawn. */
  @state() private cursor: number | undefined;
  private columns: ReadonlyArray<HoursColumn> = [];
  /** Core's weeks of the data drawn, once per data object: a cursor move redraws, the weeks stay. */
  private hoursOf: { readonly data: ProgressData; readonly hours: HoursByWeek } | undefined;

  protected override chartView(model: ProgressModel): View {
    const hours = model.data ? this.weeksOf(model.data) : { weeks: [], minimum: 0, activities: [] };
    const shown = this.isWholeRange ? hours.weeks : hours.weeks.slice(-recentWeeks);
    return { model, hours, shown, record: minimumRecord(hours.weeks, recentWeeks) };
  }

  private weeksOf(data: ProgressData): HoursByWeek {
    if (this.hoursOf?.data !== data) this.hoursOf = { data, hours: weekHoursOf(data) };
    return this.hoursOf.hours;
  }

  protected override renderTitle({ model }: View) {
    const name = model.participantName;
    return withIsolates(this.i18n.t.weekHours.title(isolate(name)));
  }

  protected override renderCaption({ hours }: View) {
    return this.i18n.t.weekHours.caption(this.hoursText(hours.minimum));
  }

  protected override hasData({ hours }: View): boolean {
    return hours.weeks.length > 0;
  }

  protected override renderEmpty(): TemplateResult {
    return html`<p class="empty">${this.i18n.t.weekHours.empty}</p>`;
  }

  protected override hasLongHistory({ hours }: View): boolean {
    return hours.weeks.length > recentWeeks;
  }

  protected override recentLabel(): string {
    return this.i18n.t.weekHours.showRecent;
  }

  protected override plotHint(): string {
    return this.i18n.t.weekHours.hint;
  }

  private hoursText(value: number): string {
    return formatNumber(this.i18n.locale, value, Number.isInteger(value) ? 0 : 1);
  }

  protected override renderLegend({ hours }: View) {
    const t = this.i18n.t.weekHours;
    const swatch = (className: string) =>
      html`<svg viewBox="0 0 16 16" aria-hidden="true">${svg`<rect class=${className} x="1" y="1" width="14" height="14"></rect>`}</svg>`;
    // Each activity by its fill (attended) and its outline (planned), as drawn; then what a fill and
    // an outline mean, in words.
    return html`<ul class="key" aria-hidden="true">
      ${hours.activities.map(
        (activity) =>
          html`<li>${swatch(`attended ${activity}`)}${swatch(`planned ${activity}`)}${t.activity[activity]}</li>`,
      )}
      <li>${swatch('attended neutral')}${t.attended}</li>
      <li>${swatch('planned neutral')}${t.planned}</li>
      <li><svg viewBox="0 0 28 16" aria-hidden="true"><path class="minimum" d="M2,8H26"></path></svg>${t.minimum(this.hoursText(hours.minimum))}</li>
    </ul>`;
  }

  protected override renderPlot({ hours, shown }: View) {
    const t = this.i18n.t.weekHours;
    const width = Math.max(240, Math.floor(this.size.width));
    // The labels are 0.75rem: at 200 % text 24 px, and the margins (8 above, 28 below) grow as much.
    const labelSize = remPx(0.75);
    const k = hoursLabelScale(labelSize);
    const height = Math.round(baseHeight + 36 * (k - 1));
    const layout = hoursLayout(shown, {
      width,
      height,
      labelSize,
      activities: hours.activities,
      minimum: hours.minimum,
    });
    this.columns = layout.columns;
    const segments = (list: ReadonlyArray<HoursSegment>, x: number, w: number, kind: string) =>
      list.map(
        (s) => svg`<rect class="${kind} ${s.activity}" x=${x} y=${s.y} width=${w} height=${s.height}></rect>`,
      );
    const cursor = this.cursor === undefined ? undefined : layout.columns[this.cursor];
    return html`<svg class="drawing" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true">
      <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="pattern-bg teaching" width="6" height="6"></rect><path class="pattern" d="M0,0V6"></path>
        </pattern>
        <pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect class="pattern-bg other" width="6" height="6"></rect><circle class="pattern-dot" cx="3" cy="3" r="1.3"></circle>
        </pattern>
      </defs>
      ${layout.ticks.map(
        (
          tick,
        ) => svg`<line class="grid" x1=${layout.left} x2=${layout.right} y1=${tick.y} y2=${tick.y}></line>
          <text class="tick" x=${layout.left - 6} y=${tick.y} dy="0.32em" text-anchor="end">${this.hoursText(tick.value)}</text>`,
      )}
      ${layout.columns.map((column) => {
        const week = column.week;
        const plannedX = column.center - column.barWidth - 1;
        return svg`<g class="week">
          ${
            week.hasPlan
              ? svg`${segments(column.planned, plannedX, column.barWidth, 'planned')}
                ${segments(column.attended, column.center + 1, column.barWidth, 'attended')}`
              : svg`<text class="gap" x=${column.center} y=${layout.bottom - 6 * k} text-anchor="middle">–</text>`
          }
          ${
            column.isLabelled
              ? svg`<text class="tick" x=${timeLabelX(column.center, t.week(Number(week.key.slice(6))), labelSize, width)} y=${layout.bottom + 18 * k} text-anchor="middle">${t.week(Number(week.key.slice(6)))}</text>`
              : nothing
          }
        </g>`;
      })}
      <line class="minimum" x1=${layout.left} x2=${layout.right} y1=${layout.minimumY} y2=${layout.minimumY}></line>
      <line class="axis" x1=${layout.left} x2=${layout.right} y1=${layout.bottom} y2=${layout.bottom}></line>
      ${cursor ? svg`<rect class="cursor" x=${cursor.x + 1} y=${layout.top} width=${Math.max(4, cursor.width - 2)} height=${layout.bottom - layout.top + 22 * k} rx="4"></rect>` : nothing}
    </svg>`;
  }

  protected override renderAfterPlot(view: View) {
    const week = this.cursor === undefined ? undefined : this.columns[this.cursor]?.week;
    return html`<p class="readout">${week ? this.describe(week) : this.headline(view)}</p>`;
  }

  /** "Mødt 31 af 37 planlagte timer i uge 45, 2026; på eller over minimum på 15 timer i 10 af de sidste 12 uger." */
  private headline({ hours, record }: View): string {
    const t = this.i18n.t.weekHours;
    const latest = hours.weeks.at(-1);
    if (!latest) return '';
    const minimum = this.hoursText(hours.minimum);
    const words =
      record.withPlan === record.count
        ? t.atMinimum(minimum, record.atMinimum, record.count)
        : t.atMinimumGaps(minimum, record.atMinimum, record.withPlan, record.count);
    const attendedOf = t.attendedOf(
      this.hoursText(latest.attendedTotal),
      this.hoursText(latest.plannedTotal),
    );
    return t.line(attendedOf, formatPeriod(this.i18n.locale, latest.key), words);
  }

  private describe(week: HoursWeek): string {
    const t = this.i18n.t.weekHours;
    const period = formatPeriod(this.i18n.locale, week.key);
    if (!week.hasPlan || !week.minimumStanding) return t.gapPoint(period);
    const parts = this.activitiesOf(week)
      .map((a) =>
        t.part(t.activity[a], this.hoursText(week.attended[a] ?? 0), this.hoursText(week.planned[a] ?? 0)),
      )
      .join(' ');
    const attendedOf = t.attendedOf(this.hoursText(week.attendedTotal), this.hoursText(week.plannedTotal));
    return t.point(period, attendedOf, parts, t.standing[week.minimumStanding]);
  }

  private activitiesOf(week: HoursWeek) {
    return (['internship', 'teaching', 'other'] as const).filter((a) => week.planned[a] !== undefined);
  }

  protected override summarySentences(view: View): string[] {
    const gaps = view.record.count - view.record.withPlan;
    return [this.headline(view), ...(gaps > 0 ? [this.i18n.t.weekHours.gaps(gaps)] : [])];
  }

  protected override tableSeries(): string {
    return '';
  }

  protected override renderOwnTable({ hours, shown }: View): TemplateResult {
    const t = this.i18n.t.weekHours;
    const of = (attended: number | undefined, planned: number | undefined) =>
      planned === undefined
        ? ''
        : this.i18n.t.chart.valueOf(this.hoursText(attended ?? 0), this.hoursText(planned));
    return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="title"><table id="table" tabindex="-1" aria-labelledby="title">
      <thead>
        <tr>
          <th scope="col">${t.columns.week}</th>
          ${hours.activities.map((a) => html`<th scope="col">${t.activity[a]}</th>`)}
          <th scope="col">${t.columns.total}</th>
          <th scope="col">${t.minimum(this.hoursText(hours.minimum))}</th>
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (week) => html`<tr>
            <th scope="row">${formatPeriod(this.i18n.locale, week.key)}</th>
            ${hours.activities.map((a) => html`<td>${of(week.attended[a], week.planned[a])}</td>`)}
            <td>${week.hasPlan ? of(week.attendedTotal, week.plannedTotal) : t.noPlan}</td>
            <td>${week.minimumStanding ? t.standing[week.minimumStanding] : ''}</td>
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  /**
   * The CSV holds what the chart and its table show: the weeks drawn (the last 12, or all), each
   * activity's planned and attended hours as numbers, the totals and the minimum; a gap's cells
   * are empty. Hours are no self-report, whoever looks.
   */
  protected override csvTable({ hours, shown }: View): ChartTable {
    const t = this.i18n.t;
    const w = t.weekHours;
    const header = [
      w.columns.week,
      t.export.from,
      t.export.to,
      ...hours.activities.flatMap((a) => [w.plannedColumn(w.activity[a]), w.attendedColumn(w.activity[a])]),
      w.plannedColumn(w.columns.total),
      w.attendedColumn(w.columns.total),
      w.minimum(this.hoursText(hours.minimum)),
    ];
    const rows = shown.map((week) => [
      formatPeriod(this.i18n.locale, week.key),
      week.start,
      week.end,
      ...hours.activities.flatMap((a) => [week.planned[a] ?? null, week.attended[a] ?? null]),
      week.hasPlan ? week.plannedTotal : null,
      week.hasPlan ? week.attendedTotal : null,
      week.minimumStanding ? w.standing[week.minimumStanding] : null,
    ]);
    return {
      rows: [header, ...rows],
      series: hours.activities,
      format: t.export.csvFormat,
      includesSelfReport: false,
    };
  }

  protected override hasCursor(): boolean {
    return this.cursor !== undefined;
  }

  protected override clearCursor(): void {
    this.cursor = undefined;
  }

  protected override onPlotKeydown(event: KeyboardEvent): void {
    const count = this.columns.length;
    if (count === 0) return;
    const current = this.cursor;
    // The drawing runs left to right in every language, as time does on the other charts.
    let next: number | undefined;
    if (event.key === 'ArrowRight')
      next = current === undefined ? count - 1 : Math.min(count - 1, current + 1);
    else if (event.key === 'ArrowLeft') next = current === undefined ? count - 1 : Math.max(0, current - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if (event.key === 'Escape' && current !== undefined) {
      event.preventDefault();
      this.cursor = undefined;
      this.announcement = '';
      return;
    } else return;
    event.preventDefault();
    this.cursor = next;
    const week = this.columns[next]?.week;
    this.announcement = week ? this.describe(week) : '';
  }

  protected override onPlotPointerDown(event: PointerEvent): void {
    const drawing = this.plotElement?.querySelector('svg');
    if (!drawing || this.columns.length === 0) return;
    const box = drawing.getBoundingClientRect();
    const x = ((event.clientX - box.left) / Math.max(1, box.width)) * Number(drawing.getAttribute('width'));
    const index = this.columns.findIndex((c) => x >= c.x && x < c.x + c.width);
    if (index < 0) return;
    this.cursor = index;
    const week = this.columns[index]?.week;
    this.announcement = week ? this.describe(week) : '';
  }
}
