import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  endOfSeries,
  firstPoint,
  nearestInNextSeries,
  nearestPoint,
  pointAMonthAway,
  stepInSeries,
  type PointRef,
} from '../../charts/interaction.js';
import { markerShapeAt, markersPath } from '../../charts/markers.js';
import { trendLayout, type TrendLayout, type TrendPoint } from '../../charts/trend.js';
import type { ChartSeries, ProgressModel, ValueScale } from '../../controllers/progress-data-controller.js';
import { SizeController } from '../../controllers/size-controller.js';
import { formatNumber, formatPeriod } from '../../i18n/index.js';
import { bdi, isolateIn } from '../../internal/bidi.js';
import { chartStyles } from '../../internal/chart.styles.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { tokens } from '../../themes/tokens.js';
import { SporChartElement } from '../shared/spor-data-element.js';
import { SporDataTable } from '../spor-data-table/spor-data-table.component.js';
import { styles } from './spor-trend-chart.styles.js';

/** The keyboard or pointer cursor: indexes into the drawn (visible) series and their points. */
type Cursor = PointRef;

const recentMonths = 6;

/** What the trend chart works out once per render. */
interface TrendView {
  readonly model: ProgressModel;
  /** Every series asked for, hidden ones included (the legend lists them all). */
  readonly all: ReadonlyArray<ChartSeries>;
  readonly scale: ValueScale;
  /** The focus area's series id, or `''`. */
  readonly focus: string;
}

/**
 * How a young person's traits, dimensions or items developed over time: one line per series on
 * the framework's scale, with internships as bands and conversations as markers. Every point can
 * be reached by pointer, touch and keyboard; a text summary and a table carry the same numbers.
 *
 * @tagname spor-trend-chart
 * @summary Development over time, with the change since the last conversation.
 *
 * @fires spor-invalid-data - When `data` cannot be drawn; `detail.issues` lists what is wrong.
 *
 * @csspart base - The whole chart.
 * @csspart title - The chart's title.
 * @csspart caption - The line that says how to read the chart.
 * @csspart legend - The series buttons that show or hide a series.
 * @csspart plot - The drawing, and the single tab stop of the points.
 * @csspart axis - The time and value axes.
 * @csspart series - One series' line and markers.
 * @csspart band - An internship's band.
 * @csspart callout - The box that tells about one point.
 * @csspart summary - The text summary.
 * @csspart error - The error state shown instead of the chart.
 *
 * @cssprop [--spor-trend-chart-line-width=2px] - The thickness of a line.
 * @cssprop [--spor-trend-chart-focus-line-width=4px] - The thickness of the focus series' line.
 * @cssprop [--spor-trend-chart-band-color=#eef2f7] - The fill of an internship band.
 * @cssprop [--spor-trend-chart-band-border=#8c96a3] - The edge of an internship band.
 * @cssprop [--spor-trend-chart-conversation-color=#3d3d3d] - Conversation markers.
 * @cssprop [--spor-trend-chart-callout-background=var(--spor-color-surface)] - The callout's background.
 */
export class SporTrendChart extends SporChartElement<TrendView> {
  static override styles = [tokens, sharedStyles, chartStyles, styles];
  static override dependencies = { 'spor-data-table': SporDataTable };

  /** What is drawn: `dimensions` (default), `traits`, or a comma-separated list of series ids. */
  @property() series = 'dimensions';

  /**
   * The focus area (`focus` attribute): a series id drawn stronger than the rest and marked as the
   * focus area; default: the focus chosen in the latest conversation. The property is `focusSeries`
   * because `focus` is every element's `focus()` method, which keyboard users rely on.
   */
  @property({ attribute: 'focus' }) focusSeries = '';

  /** The date to compare with, `YYYY-MM-DD`; default: the latest conversation. */
  @property() since = '';

  /** Draws company and counsellor ratings of a series as separate lines, so a disagreement shows. */
  @property({ type: Boolean, attribute: 'split-raters' }) splitRaters = false;

  @state() private hiddenSeries = new Set<string>();
  @state() private cursor: Cursor | undefined;
  @state() private isCalloutShown = false;

  @query('.callout') private calloutElement?: HTMLElement;

  private readonly size = new SizeController(this);

  private drawn: ReadonlyArray<ChartSeries> = [];
  private layout: TrendLayout | undefined;
  private viewWidth = 1;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // New data (this week's report) keeps what the person chose to hide; another selection does not.
    if (changed.has('series') || changed.has('audience')) this.hiddenSeries = new Set();
    if (changed.has('data') || changed.has('series') || changed.has('audience')) {
      this.cursor = undefined;
      this.isCalloutShown = false;
    }
  }

  protected override updated(): void {
    this.positionCallout();
  }

  protected override chartView(model: ProgressModel): TrendView {
    const all = model.seriesFor(model.selection(this.series), { splitRaters: this.splitRaters });
    this.drawn = all.filter((s) => !this.hiddenSeries.has(s.key));
    return {
      model,
      all,
      scale: model.scaleFor(all.map((s) => s.id)),
      focus: this.focusSeries || model.latestFocus || '',
    };
  }

  protected override renderTitle({ model }: TrendView) {
    return isolateIn(model.titleFor(model.selection(this.series)), [model.participantName]);
  }

  protected override renderCaption({ all, scale }: TrendView) {
    const t = this.i18n.t;
    const n = (value: number) => formatNumber(this.i18n.locale, value, 0);
    const [low, high] = [scale.labelOf(scale.min), scale.labelOf(scale.max)];
    const caption = `${t.chart.scaleCaption(n(scale.min), low, n(scale.max), high)} ${[
      ...new Set(all.map((s) => t.chart.cadence[s.cadence])),
    ].join(' ')}`;
    // The scale's words are the framework's, so the host's.
    return isolateIn(caption, [low, high]);
  }

  protected override hasData({ all }: TrendView): boolean {
    return all.some((s) => s.points.length > 0);
  }

  protected override summarySentences({ model, all, focus }: TrendView) {
    const since = this.since || model.latestConversationDate || '';
    const focused = all.find((s) => s.id === focus);
    const hostTexts = [model.participantName, ...all.flatMap((s) => [s.label, s.legendLabel])];
    return [
      ...(focused ? [this.i18n.t.chart.focusSentence(focused.label)] : []),
      ...model.summary(all, since),
    ].map((sentence) => isolateIn(sentence, hostTexts));
  }

  protected override tableSeries(): string {
    return this.series;
  }

  protected override hasLongHistory({ model, all }: TrendView): boolean {
    return model.spansMoreThan(recentMonths, all);
  }

  protected override renderLegend({ all, focus }: TrendView) {
    return html`<div part="legend" class="legend" role="group" aria-label=${this.i18n.t.chart.legend}>
      ${all.map((s) => this.renderLegendButton(s, focus))}
    </div>`;
  }

  protected override hasCursor(): boolean {
    return this.activePoint() !== undefined;
  }

  private renderLegendButton(s: ChartSeries, focus: string): TemplateResult {
    const isShown = !this.hiddenSeries.has(s.key);
    const shape = markerShapeAt(s.shapeIndex);
    return html`<button type="button" aria-pressed=${isShown ? 'true' : 'false'} data-series=${s.key}
      @click=${() => this.toggleSeries(s.key)}>
      <svg class="key c${s.colorIndex + 1} series ${s.rater ?? ''}" viewBox="0 0 24 16" aria-hidden="true">
        <path class="line" d="M2,8H22"></path>
        <path class="markers" d=${markersPath(shape, [{ x: 12, y: 8 }], 48)}></path>
      </svg>
      ${bdi(s.legendLabel)}${s.id === focus ? html`<span class="focus-tag">${this.i18n.t.chart.focusArea}</span>` : nothing}
    </button>`;
  }

  protected override renderPlot({ model, scale: { max: scaleMax }, focus }: TrendView) {
    const width = Math.max(200, Math.floor(this.size.width));
    const height = Math.round(Math.min(420, Math.max(240, width * 0.5)));
    const scale = model.scaleFor(this.drawn.map((s) => s.id));
    const layout = trendLayout({
      width,
      height,
      margin: { left: 32, right: 12, top: 28, bottom: 32 },
      scale,
      series: this.drawn.map((s) => ({
        id: s.key,
        cadence: s.cadence,
        points: s.points,
        shape: markerShapeAt(s.shapeIndex),
      })),
      domain: this.isWholeRange ? model.wholeDomain() : model.recentDomain(recentMonths),
      placements: model.placements,
      conversations: model.conversations,
      locale: this.i18n.locale,
    });
    this.layout = layout;
    this.viewWidth = width;
    const plotBottom = layout.plot.top + layout.plot.height;
    const plotRight = layout.plot.left + layout.plot.width;
    const active = this.activePoint();
    return html`<svg class="drawing" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true">
          <g class="bands">
            ${layout.bands.map((band) => {
              const placement = model.placements.find((p) => p.id === band.id);
              return svg`<rect part="band" class="band" x=${band.x} y=${layout.plot.top} width=${band.width} height=${layout.plot.height}></rect>
                ${
                  band.width > 48
                    ? svg`<text class="band-label" x=${band.x + 4} y=${layout.plot.top - 8}><tspan class="isolate">${clip(placement?.company ?? '', band.width / 7)}</tspan></text>`
                    : nothing
                }`;
            })}
          </g>
          <g part="axis" class="axis">
            ${layout.yTicks.map(
              (
                tick,
              ) => svg`<line class="grid" x1=${layout.plot.left} x2=${plotRight} y1=${tick.y} y2=${tick.y}></line>
                <text x=${layout.plot.left - 8} y=${tick.y} dy="0.32em" text-anchor="end">${formatNumber(this.i18n.locale, tick.value, 0)}</text>`,
            )}
            <line class="axis-line" x1=${layout.plot.left} x2=${plotRight} y1=${plotBottom} y2=${plotBottom}></line>
            ${layout.xTicks.map(
              (
                tick,
              ) => svg`<line class="axis-line" x1=${tick.x} x2=${tick.x} y1=${plotBottom} y2=${plotBottom + 5}></line>
                <text class=${tick.isYearStart ? 'year' : ''} x=${tick.x} y=${plotBottom + 20} text-anchor="middle">${tick.label}</text>`,
            )}
          </g>
          <g class="conversations">
            ${layout.conversations.map(
              (
                c,
              ) => svg`<line class="conversation" x1=${c.x} x2=${c.x} y1=${layout.plot.top} y2=${plotBottom}></line>
                <path class="conversation-flag" d="M${c.x - 5},${plotBottom}l5,-8l5,8z"></path>`,
            )}
          </g>
          ${layout.series.map((geometry, i) => {
            const s = this.drawn[i];
            if (!s) return nothing;
            const isFocus = focus !== '' && s.id === focus;
            const classes = `series c${s.colorIndex + 1} ${s.cadence} ${s.rater ?? ''} ${isFocus ? 'is-focus' : focus ? 'is-muted' : ''}`;
            return svg`<g part="series" class=${classes} data-series=${s.key}>
              <path class="line" d=${geometry.line}></path>
              <path class="markers" d=${geometry.markers}></path>
            </g>`;
          })}
          ${active ? svg`<circle class="cursor" cx=${active.x} cy=${active.y} r="9"></circle>` : nothing}
        </svg>
        ${active && this.isCalloutShown ? this.renderCallout(active, scaleMax) : nothing}`;
  }

  private renderCallout(point: TrendPoint, scaleMax: number): TemplateResult {
    const t = this.i18n.t;
    const s = this.drawn[this.cursor?.series ?? -1];
    const source = s?.points[point.index];
    if (!s || !source) return html``;
    const locale = this.i18n.locale;
    return html`<div part="callout" class="callout" @pointerdown=${(e: Event) => e.stopPropagation()}>
      <p><strong>${bdi(s.legendLabel)}</strong></p>
      <p>${formatPeriod(locale, source.period)}</p>
      <p class="callout-value">${t.chart.valueOf(formatNumber(locale, source.value), formatNumber(locale, scaleMax, 0))}</p>
      <p>${t.chart.ratings(source.count, source.raters)}</p>
      ${source.coverage < 1 && s.kind === 'dimension' ? html`<p>${t.chart.coverage}</p>` : nothing}
      <button type="button" aria-label=${t.chart.close} @click=${() => this.dismissCallout()}>✕</button>
    </div>`;
  }

  private activePoint(): TrendPoint | undefined {
    if (!this.cursor || !this.layout) return undefined;
    return this.layout.series[this.cursor.series]?.points[this.cursor.point];
  }

  private toggleSeries(key: string): void {
    const hidden = new Set(this.hiddenSeries);
    if (hidden.has(key)) hidden.delete(key);
    else hidden.add(key);
    this.hiddenSeries = hidden;
    this.cursor = undefined;
    this.isCalloutShown = false;
  }

  protected override clearCursor(): void {
    this.cursor = undefined;
    this.isCalloutShown = false;
  }

  private dismissCallout(): void {
    this.isCalloutShown = false;
    this.plotElement?.focus();
  }

  protected override onPlotKeydown(event: KeyboardEvent): void {
    const series = this.layout?.series;
    const start = series && firstPoint(series);
    if (!series || !start) return;
    const current = this.cursor ?? start;
    let next: Cursor;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowLeft':
        // The first arrow press shows the first point; the next ones move.
        next = this.cursor ? stepInSeries(series, current, event.key === 'ArrowRight' ? 1 : -1) : current;
        break;
      case 'Home':
      case 'End':
        next = endOfSeries(series, current, event.key === 'End' ? 1 : -1);
        break;
      case 'PageUp':
      case 'PageDown':
        next = pointAMonthAway(series, current, event.key === 'PageDown' ? 1 : -1);
        break;
      case 'ArrowUp':
      case 'ArrowDown':
        next = nearestInNextSeries(series, current, event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Escape':
        if (this.cursor) {
          this.cursor = undefined;
          this.isCalloutShown = false;
          this.announcement = '';
          event.preventDefault();
          event.stopPropagation();
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.moveTo(next);
  }

  private moveTo(next: Cursor): void {
    this.cursor = next;
    this.isCalloutShown = true;
    this.announcement = this.describeCursor(next);
  }

  private describeCursor(cursor: Cursor): string | TemplateResult {
    const s = this.drawn[cursor.series];
    const point = this.layout?.series[cursor.series]?.points[cursor.point];
    const source = point ? s?.points[point.index] : undefined;
    if (!s || !source) return '';
    const t = this.i18n.t;
    const locale = this.i18n.locale;
    const sentence = t.chart.pointAnnouncement(
      s.legendLabel,
      formatPeriod(locale, source.period),
      formatNumber(locale, source.value),
      t.chart.ratings(source.count, source.raters),
    );
    return html`${isolateIn(sentence, [s.legendLabel])}`;
  }

  protected override onPlotPointerDown(event: PointerEvent): void {
    const layout = this.layout;
    const svgElement = this.plotElement?.querySelector('svg');
    if (!layout || !svgElement) return;
    const box = svgElement.getBoundingClientRect();
    // From screen px to the drawing's own units (they differ only while a resize is pending).
    const ratio = box.width > 0 ? this.viewWidth / box.width : 1;
    const x = (event.clientX - box.left) * ratio;
    const y = (event.clientY - box.top) * ratio;
    const best = nearestPoint(layout.series, { x, y }, event.pointerType === 'mouse' ? 24 : 40);
    if (best) {
      this.cursor = best;
      this.isCalloutShown = true;
    } else if (event.type === 'pointerdown') {
      this.isCalloutShown = false;
    }
  }

  protected override onPlotPointerMove(event: PointerEvent): void {
    this.onPlotPointerDown(event);
  }

  protected override onPlotPointerLeave(event: PointerEvent): void {
    // Touch pointers "leave" when the finger lifts; the callout stays until dismissed or another tap.
    if (event.pointerType === 'mouse' && !this.isPlotFocused) this.isCalloutShown = false;
  }

  /**
   * Places the callout next to the active point, flipped and clamped so it stays inside the
   * element. It is set through the CSSOM (custom properties), which a strict CSP allows.
   */
  private positionCallout(): void {
    const callout = this.calloutElement;
    const plot = this.plotElement;
    const point = this.activePoint();
    if (!callout || !plot || !point || !this.layout) return;
    const svgBox = plot.querySelector('svg')?.getBoundingClientRect();
    const plotBox = plot.getBoundingClientRect();
    const ratio = svgBox && svgBox.width > 0 ? svgBox.width / this.viewWidth : 1;
    const px = point.x * ratio;
    const py = point.y * ratio;
    const { offsetWidth: w, offsetHeight: h } = callout;
    const gap = 14;
    let left = px + gap;
    if (left + w > plotBox.width) left = px - gap - w;
    left = Math.max(0, Math.min(left, plotBox.width - w));
    let top = py - h - gap;
    if (top < 0) top = py + gap;
    top = Math.max(0, Math.min(top, plotBox.height - h));
    callout.style.setProperty('--_callout-x', `${Math.round(left)}px`);
    callout.style.setProperty('--_callout-y', `${Math.round(top)}px`);
  }
}

function clip(text: string, maxChars: number): string {
  const max = Math.max(3, Math.floor(maxChars));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
