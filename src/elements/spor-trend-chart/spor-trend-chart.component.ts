import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  endOfSeries,
  firstPoint,
  nearestInNextSeries,
  pointAMonthAway,
  stepInSeries,
  type PointRef,
} from '../../charts/interaction.js';
import { markerShapeAt, markersPath } from '../../charts/markers.js';
import { conversationPaths, gridPath, type TrendLayout, type TrendPoint } from '../../charts/trend.js';
import {
  cursorNear,
  panelTicks,
  pointOf,
  trendDrawing,
  type TrendDrawing,
} from '../../charts/trend-drawing.js';
import {
  summaryOf,
  type ChartSeries,
  type ProgressModel,
  type ValueScale,
} from '../../controllers/progress-data-controller.js';
import { SizeController } from '../../controllers/size-controller.js';
import {
  annotationSentencesOf,
  isRolledIn,
  pointAnnouncementOf,
  pointReadoutOf,
  trendSeriesInputOf,
  trendSeriesOf,
  type TrendChartLayout,
  type TrendSeriesChoice,
} from '../../controllers/trend-view.js';
import { formatNumber, tickLabelsFor } from '../../i18n/locale.js';
import { bdi, isolateIn } from '../../internal/bidi.js';
import { chartStyles } from '../../internal/chart.styles.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { tokens } from '../../themes/tokens.js';
import { SporChartElement } from '../shared/spor-data-element.js';
import { SporDataTable } from '../spor-data-table/spor-data-table.component.js';
import { styles } from './spor-trend-chart.styles.js';
import { chartsWords } from '../../i18n/charts.js';

export type { TrendChartLayout };

/** The keyboard or pointer cursor: indexes into the drawn (visible) series and their points. */
type Cursor = PointRef;

const recentMonths = 6;

/** What the trend chart works out once per update, before it renders (`prepare`). */
interface TrendView extends TrendSeriesChoice {
  readonly model: ProgressModel;
  readonly scale: ValueScale;
  /** The focus area's series id, or `''`. */
  readonly focus: string;
  /** The date changes are told since (the latest conversation by default). */
  readonly since: string;
  /** The layouts at the width measured now: the lines, the cursor and the callout are placed from it. */
  readonly drawing: TrendDrawing;
}

/**
 * How a young person's traits, dimensions or items developed over time: one line per series on
 * the framework's scale, with internships as bands and conversations as markers. Every point can
 * be reached by pointer, touch and keyboard; a text summary and a table carry the same numbers.
 * A weekly series is drawn as its rolling mean (the line) through small marks for every rating;
 * more than three weekly series stand in panels, grouped under their dimension.
 *
 * How to read "now" and "last time": every value is a rolling mean, for a weekly series the mean of
 * the weeks with a rating among the last 4 (the framework's `changeWindow`). "Now" is that mean at
 * the latest rating and "last time" the same mean at the last week that ended before the previous
 * conversation; every element shows these same numbers.
 *
 * @tagname spor-trend-chart
 * @summary Development over time, with the change since the last conversation.
 *
 * @fires spor-export - When the chart is saved as SVG or PNG or its numbers as CSV (`exportable`): what was exported.
 * @fires spor-invalid-data - When `data` cannot be drawn; `detail.issues` lists what is wrong.
 *
 * @csspart base - The whole chart.
 * @csspart title - The chart's title.
 * @csspart caption - The line that says how to read the chart.
 * @csspart legend - The series buttons that show or hide a series.
 * @csspart plot - The drawing, and the single tab stop of the points.
 * @csspart axis - The time and value axes.
 * @csspart series - One series' line and markers (the rolling mean and the ratings behind it).
 * @csspart panel - One series' panel (`layout="panels"`): its name, its change in words, its drawing.
 * @csspart key - The small key that says what the bands, dashed lines, marks and lines mean.
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
 * @cssprop [--spor-trend-chart-rating-opacity=0.45] - How strongly a week's ratings show behind the rolling mean (1 in the high-contrast look).
 */
export class SporTrendChart extends SporChartElement<TrendView> {
  protected readonly words = chartsWords;

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

  /**
   * Draws weekly series as their per-week values joined (the old line), not as the rolling mean
   * through the single ratings.
   */
  @property({ type: Boolean }) raw = false;

  /**
   * `panels` (one small panel per series, grouped under their dimension, on shared axes) or
   * `overlay` (every series on one set of axes). Default: panels for more than three weekly series.
   */
  @property() layout: TrendChartLayout | '' = '';

  @state() private hiddenSeries = new Set<string>();
  @state() private cursor: Cursor | undefined;
  @state() private isCalloutShown = false;

  @query('.callout') private calloutElement?: HTMLElement;

  private readonly size = new SizeController(this, { printWidth: () => this.printWidth });
  /** The view of this update, worked out before render (after the data controller's update). */
  private prepared: TrendView | undefined;

  constructor() {
    super();
    this.addController({ hostUpdate: () => this.prepare() });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // New data (this week's report) keeps what the person chose to hide; another selection does not.
    if (changed.has('series') || changed.has('audience')) this.hiddenSeries = new Set();
    if (changed.has('data') || changed.has('series') || changed.has('audience') || changed.has('layout')) {
      this.clearCursor();
    }
  }

  /** Works out the view and its drawing once per update, before render reads them. */
  private prepare(): void {
    const result = this.progress.result;
    this.prepared = result.status === 'ready' ? this.viewOf(result.model) : undefined;
  }

  private viewOf(model: ProgressModel): TrendView {
    const choice = trendSeriesOf(model, {
      selection: this.series,
      splitRaters: this.splitRaters,
      layout: this.layout,
      hidden: this.hiddenSeries,
    });
    const drawing = trendDrawing({
      kind: choice.layout,
      width: this.size.width,
      scale: model.scaleFor(choice.drawn.map((s) => s.id)),
      domain: this.isWholeRange ? model.wholeDomain() : model.recentDomain(recentMonths),
      placements: model.placements,
      conversations: model.conversations,
      tickLabels: tickLabelsFor(this.i18n.locale),
      series: choice.drawn.map((s) => trendSeriesInputOf(s, this.raw)),
    });
    return {
      ...choice,
      model,
      scale: model.scaleFor(choice.all.map((s) => s.id)),
      focus: this.focusSeries || model.latestFocus || '',
      since: this.since || model.latestConversationDate || '',
      drawing,
    };
  }

  protected override updated(): void {
    this.positionCallout();
  }

  protected override chartView(model: ProgressModel): TrendView {
    return this.prepared?.model === model ? this.prepared : this.viewOf(model);
  }

  protected override renderTitle({ model }: TrendView) {
    return isolateIn(model.titleFor(model.selection(this.series)), [model.participantName]);
  }

  protected override renderCaption({ all, scale }: TrendView) {
    const t = this.i18n.t;
    const n = (value: number) => formatNumber(this.i18n.locale, value, 0);
    const [low, high] = [scale.labelOf(scale.min), scale.labelOf(scale.max)];
    // The marks and the line are explained by the key beside the legend, not here: the caption stays short.
    const caption = `${t.chart.scaleCaption(n(scale.min), low, n(scale.max), high)} ${[
      ...new Set(all.map((s) => t.chart.cadence[s.cadence])),
    ].join(' ')}`;
    // The scale's words are the framework's, so the host's.
    return isolateIn(caption, [low, high]);
  }

  protected override hasData({ all }: TrendView): boolean {
    return all.some((s) => s.points.length > 0);
  }

  protected override summarySentences({ model, all, focus, since }: TrendView) {
    const focused = all.find((s) => s.id === focus);
    const hostTexts = [
      model.participantName,
      ...all.map((s) => s.label),
      ...model.placements.map((p) => p.company),
    ];
    return [
      ...(focused ? [this.i18n.t.chart.focusSentence(focused.label)] : []),
      ...summaryOf(model, all, since),
      ...annotationSentencesOf(this.i18n.t, this.i18n.locale, model),
    ].map((sentence) => isolateIn(sentence, hostTexts));
  }

  protected override tableSeries(): string {
    return this.series;
  }

  protected override hasLongHistory({ model, all }: TrendView): boolean {
    return model.spansMoreThan(recentMonths, all);
  }

  protected override renderLegend(view: TrendView) {
    const { all, focus } = view;
    return html`<div part="legend" class="legend" role="group" aria-label=${this.i18n.t.chart.legend}>
        ${all.map((s) => this.renderLegendButton(s, focus))}
      </div>
      ${this.renderKey(view)}`;
  }

  /** What the bands, the dashed lines, the small marks and the line mean: a few words, not colour alone. */
  private renderKey({ model, all }: TrendView): TemplateResult {
    const t = this.i18n.t;
    const rolled = all.find((s) => isRolledIn(s, this.raw));
    const window = rolled?.rolled[0]?.window ?? 1;
    const item = (kind: string, text: string) =>
      html`<li><svg class="key-swatch" viewBox="0 0 20 14" aria-hidden="true">${keySwatch(kind)}</svg>${text}</li>`;
    return html`<ul part="key" class="key-list" aria-label=${t.trend.key}>
      ${rolled ? item('ratings', t.trend.keyRatings) : nothing}
      ${rolled && window > 1 ? item('mean', t.trend.keyMean(window, rolled.cadence)) : nothing}
      ${model.placements.length > 0 ? item('placement', t.trend.keyPlacement) : nothing}
      ${model.conversations.length > 0 ? item('conversation', t.trend.keyConversation) : nothing}
    </ul>`;
  }

  protected override hasCursor(): boolean {
    return this.activePoint() !== undefined;
  }

  private renderLegendButton(s: ChartSeries, focus: string): TemplateResult {
    const isShown = !this.hiddenSeries.has(s.key);
    const shape = markerShapeAt(s.shapeIndex);
    return html`<button type="button" aria-pressed=${isShown ? 'true' : 'false'} data-series=${s.key}
      @click=${() => this.toggleSeries(s.key)}>
      <svg class="key c${s.colorIndex + 1} series ${s.cadence} ${s.rater ?? ''}" viewBox="0 0 24 16" aria-hidden="true">
        <path class="line" d="M2,8H22"></path>
        <path class="markers" d=${markersPath(shape, [{ x: 12, y: 8 }], 48)}></path>
      </svg>
      ${this.legendName(s)}${s.id === focus ? html`<span class="focus-tag">${this.i18n.t.chart.focusArea}</span>` : nothing}
    </button>`;
  }

  /**
   * A series' name in the legend, a panel's heading and the callout: its label in an isolate, and
   * the kit's words after it (a split series' "(virksomhed)") outside, in the page's direction.
   */
  private legendName(s: ChartSeries): unknown {
    return isolateIn(s.legendLabel, [s.label]);
  }

  protected override renderPlot(view: TrendView) {
    const { drawing } = view;
    const active = this.activePoint();
    const callout = active && this.isCalloutShown ? this.renderCallout(view, active) : nothing;
    const first = drawing.layouts[0];
    if (drawing.kind === 'panels') {
      return html`<div class="panels">
          ${this.renderPanels(view)} ${first ? this.renderTimeAxis(first, drawing.width) : nothing}
        </div>
        ${callout}`;
    }
    if (!first) return nothing;
    const { width, height } = drawing;
    const plotBottom = first.plot.top + first.plot.height;
    const plotRight = first.plot.left + first.plot.width;
    return html`<svg class="drawing" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true">
          ${this.renderBands(view.model, first, true)}
          <g part="axis" class="axis">
            ${first.yTicks.map(
              (
                tick,
              ) => svg`<line class="grid" x1=${first.plot.left} x2=${plotRight} y1=${tick.y} y2=${tick.y}></line>
                ${this.valueTick(first, tick)}`,
            )}
            <line class="axis-line" x1=${first.plot.left} x2=${plotRight} y1=${plotBottom} y2=${plotBottom}></line>
            ${first.xTicks.map(
              (
                tick,
              ) => svg`<line class="axis-line" x1=${tick.x} x2=${tick.x} y1=${plotBottom} y2=${plotBottom + 5}></line>
                ${timeTick(tick, plotBottom + 20)}`,
            )}
          </g>
          ${this.renderConversations(first)}
          ${first.series.map((geometry, i) => {
            const s = view.drawn[i];
            return s ? this.renderSeries(s, geometry, view.focus) : nothing;
          })}
          ${active ? svg`<circle class="cursor" cx=${active.x} cy=${active.y} r="9"></circle>` : nothing}
        </svg>
        ${callout}`;
  }

  /** A value tick's label, left of the plot (the overlay's and every panel's). */
  private valueTick(layout: TrendLayout, tick: TrendLayout['yTicks'][number], className?: string) {
    return svg`<text class=${className ?? nothing} x=${layout.plot.left - 8} y=${tick.y} dy="0.32em" text-anchor="end">${formatNumber(this.i18n.locale, tick.value, 0)}</text>`;
  }

  private renderSeries(s: ChartSeries, geometry: TrendLayout['series'][number], focus: string) {
    const isFocus = focus !== '' && s.id === focus;
    const classes = `series c${s.colorIndex + 1} ${s.cadence} ${s.rater ?? ''} ${geometry.isRolled ? 'is-rolled' : ''} ${isFocus ? 'is-focus' : focus ? 'is-muted' : ''}`;
    return svg`<g part="series" class=${classes} data-series=${s.key}>
      <path class="markers" d=${geometry.markers}></path>
      <path class="line" d=${geometry.line}></path>
    </g>`;
  }

  /** Internship bands; the company's name on top when there is room and `isLabelled`. */
  private renderBands(model: ProgressModel, layout: TrendLayout, isLabelled: boolean) {
    return svg`<g class="bands">
      ${layout.bands.map((band) => {
        const placement = model.placements.find((p) => p.id === band.id);
        return svg`<rect part="band" class="band" x=${band.x} y=${layout.plot.top} width=${band.width} height=${layout.plot.height}></rect>
          ${
            isLabelled && band.width > 48
              ? svg`<text class="band-label" x=${band.x + 4} y=${layout.plot.top - 8}><tspan class="isolate">${clip(placement?.company ?? '', band.width / 7)}</tspan></text>`
              : nothing
          }`;
      })}
    </g>`;
  }

  private renderConversations(layout: TrendLayout) {
    const { lines, flags } = conversationPaths(layout);
    return lines
      ? svg`<path class="conversation" d=${lines}></path><path class="conversation-flag" d=${flags}></path>`
      : nothing;
  }

  /**
   * One panel per drawn series under its dimension's name. Each panel says its series' name (a
   * heading) and its change in words (the same sentence as the summary), then draws it lean: one
   * path for the grid, the ends and middle of the scale, the bands, two paths for the conversations.
   */
  private renderPanels(view: TrendView) {
    const { model, groups, focus, since, drawing, drawn } = view;
    const changes = model.changesSince(since);
    const active = this.activePoint();
    const cursorPanel = this.cursor ? drawing.placedIn[this.cursor.series]?.layout : undefined;
    const panelOf = (index: number) => {
      const s = drawn[index];
      const layout = drawing.layouts[index];
      const geometry = layout?.series[0];
      if (!s || !layout || !geometry) return nothing;
      const sentence = model.changeSentence(
        s.label,
        since ? changes.find((c) => c.id === s.id) : undefined,
        since,
        s.id,
      );
      const height = layout.plot.top + layout.plot.height + 8;
      const isFocus = focus !== '' && s.id === focus;
      const ticks = panelTicks(layout.yTicks);
      return html`<div part="panel" class="panel ${isFocus ? 'is-focus' : ''}" data-series=${s.key}>
        <div class="panel-head">
          ${this.renderHeading(groups.length > 1 ? 2 : 1, html`${this.legendName(s)}${isFocus ? html` <span class="focus-tag">${this.i18n.t.chart.focusArea}</span>` : nothing}`, { class: 'panel-name' })}
          <p class="panel-change">${isolateIn(sentence, [s.label])}</p>
        </div>
        <svg class="drawing panel-drawing" data-panel=${index} viewBox="0 0 ${drawing.width} ${height}" width=${drawing.width} height=${height} aria-hidden="true">
          ${this.renderBands(model, layout, false)}
          <path class="grid" d=${gridPath({ plot: layout.plot, yTicks: ticks })}></path>
          ${ticks.map((tick) => this.valueTick(layout, tick, 'tick'))}
          ${this.renderConversations(layout)}
          ${this.renderSeries(s, geometry, focus)}
          ${active && cursorPanel === index ? svg`<circle class="cursor" cx=${active.x} cy=${active.y} r="9"></circle>` : nothing}
        </svg>
      </div>`;
    };
    const drawnIndex = new Map(drawn.map((s, i) => [s.key, i]));
    return groups.map((group) => {
      const indexes = group.keys.flatMap((key) => {
        const i = drawnIndex.get(key);
        return i === undefined ? [] : [i];
      });
      if (indexes.length === 0) return nothing;
      return html`<div class="panel-group">
        ${group.label ? this.renderHeading(1, bdi(group.label), { class: 'group-name' }) : nothing}
        ${indexes.map(panelOf)}
      </div>`;
    });
  }

  /** The one time axis under all panels. */
  private renderTimeAxis(layout: TrendLayout, width: number) {
    const right = layout.plot.left + layout.plot.width;
    return html`<svg part="axis" class="drawing axis time-axis" viewBox="0 0 ${width} 24" width=${width} height="24" aria-hidden="true">
      <path class="axis-line" d="M${layout.plot.left},0.5H${right}${layout.xTicks.map((t) => `M${t.x},0V5`).join('')}"></path>
      ${layout.xTicks.map((tick) => timeTick(tick, 18))}
    </svg>`;
  }

  /** The week's rating or ratings and the rolling mean the line shows there (issue 10). */
  private renderCallout({ drawn, scale }: TrendView, point: TrendPoint): TemplateResult {
    const t = this.i18n.t;
    const locale = this.i18n.locale;
    const s = drawn[this.cursor?.series ?? -1];
    const r = s && pointReadoutOf(t, locale, s, point.index, this.raw);
    if (!s || !r) return html``;
    const value = t.chart.valueOf(formatNumber(locale, r.value), formatNumber(locale, scale.max, 0));
    return html`<div part="callout" class="callout" @pointerdown=${(e: Event) => e.stopPropagation()}>
      <p><strong>${this.legendName(s)}</strong></p>
      <p>${r.period}</p>
      ${
        r.ratings
          ? html`<p>${r.ratings}</p>
              <p class="callout-value">${t.trend.meanOver(value, r.window, s.cadence)}</p>`
          : html`<p class="callout-value">${value}</p>`
      }
      <p>${r.count}</p>
      ${r.isPartial ? html`<p>${t.chart.coverage}</p>` : nothing}
      <button type="button" aria-label=${t.chart.close} @click=${() => this.dismissCallout()}>✕</button>
    </div>`;
  }

  /** The point under the cursor, as drawn in this update. */
  private activePoint(): TrendPoint | undefined {
    return this.prepared && pointOf(this.prepared.drawing, this.cursor);
  }

  private toggleSeries(key: string): void {
    const hidden = new Set(this.hiddenSeries);
    if (hidden.has(key)) hidden.delete(key);
    else hidden.add(key);
    this.hiddenSeries = hidden;
    this.clearCursor();
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
    const series = this.prepared?.drawing.placed ?? [];
    const start = firstPoint(series);
    if (!start) return;
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
          this.clearCursor();
          this.announcement = '';
          event.preventDefault();
          event.stopPropagation();
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.cursor = next;
    this.isCalloutShown = true;
    this.announcement = this.describeCursor(next);
  }

  /** The point under the cursor in words, for the polite live region: the callout's readout. */
  private describeCursor(cursor: Cursor): string | TemplateResult {
    const view = this.prepared;
    const s = view?.drawn[cursor.series];
    const point = view && pointOf(view.drawing, cursor);
    const r = s && point && pointReadoutOf(this.i18n.t, this.i18n.locale, s, point.index, this.raw);
    if (!s || !r) return '';
    return html`${isolateIn(pointAnnouncementOf(this.i18n.t, this.i18n.locale, s, r), [s.label])}`;
  }

  protected override onPlotPointerDown(event: PointerEvent): void {
    const drawing = this.prepared?.drawing;
    // The drawing under the pointer: the overlay's one, or the panel's.
    const drawings = [
      ...(this.plotElement?.querySelectorAll<SVGSVGElement>('svg.drawing:not(.time-axis)') ?? []),
    ];
    const index = drawings.findIndex((d) => {
      const box = d.getBoundingClientRect();
      return event.clientY >= box.top && event.clientY <= box.bottom;
    });
    const box = drawings[index]?.getBoundingClientRect();
    if (!drawing || !box) return;
    // From screen px to the drawing's own units (they differ only while a resize is pending).
    const ratio = box.width > 0 ? drawing.width / box.width : 1;
    const at = { x: (event.clientX - box.left) * ratio, y: (event.clientY - box.top) * ratio };
    const near = cursorNear(drawing, index, at, event.pointerType === 'mouse' ? 24 : 40);
    if (near) {
      this.cursor = near;
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
    const drawing = this.prepared?.drawing;
    const point = this.activePoint();
    const at = this.cursor && drawing?.placedIn[this.cursor.series];
    if (!callout || !plot || !point || !at || !drawing) return;
    const drawings = plot.querySelectorAll('svg.drawing:not(.time-axis)');
    const svgBox = drawings[at.layout]?.getBoundingClientRect();
    const plotBox = plot.getBoundingClientRect();
    const ratio = svgBox && svgBox.width > 0 ? svgBox.width / drawing.width : 1;
    const px = point.x * ratio + (svgBox ? svgBox.left - plotBox.left : 0);
    const py = point.y * ratio + (svgBox ? svgBox.top - plotBox.top : 0);
    const { offsetWidth: w, offsetHeight: h } = callout;
    const gap = 14;
    // On the side a reader comes from: after the point in a left-to-right language, before it in a
    // right-to-left one; the other side where there is no room.
    const after = px + gap;
    const before = px - gap - w;
    let left =
      this.i18n.dir === 'rtl' ? (before < 0 ? after : before) : after + w > plotBox.width ? before : after;
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

/** A time tick's label at height `y` (the overlay's axis and the panels' one time axis). */
function timeTick(tick: TrendLayout['xTicks'][number], y: number) {
  return svg`<text class=${tick.isYearStart ? 'year' : ''} x=${tick.x} y=${y} text-anchor="middle">${tick.label}</text>`;
}

/** A tiny drawing for one entry of the key: the band, the dashed conversation line, a rating mark, the line. */
function keySwatch(kind: string) {
  switch (kind) {
    case 'placement':
      return svg`<rect class="swatch-band" x="1" y="1" width="18" height="12"></rect>`;
    case 'conversation':
      return svg`<path class="swatch-conversation" d="M10,0V14"></path>`;
    case 'ratings':
      return svg`<circle class="mark" cx="5" cy="9" r="2"></circle><circle class="mark" cx="14" cy="5" r="2"></circle>`;
    default:
      return svg`<path class="mean" d="M1,10L10,6L19,7"></path>`;
  }
}
