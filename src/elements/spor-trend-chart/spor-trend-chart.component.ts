import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { cursorAfterKey, type PointRef } from '../../charts/interaction.js';
import type { TrendPoint } from '../../charts/trend.js';
import {
  cursorStopsOf,
  stopNear,
  stopPointOf,
  trendDrawing,
  type CursorStop,
  type TrendDrawing,
} from '../../charts/trend-drawing.js';
import type { ProgressModel } from '../../controllers/progress-model.js';
import { EscapeDismissController } from '../../controllers/escape-dismiss.js';
import { SizeController } from '../../controllers/size-controller.js';
import {
  isRolledIn,
  pointAnnouncementOf,
  pointReadoutOf,
  trendCaptionOf,
  trendSeriesInputOf,
  trendSummaryOf,
  trendSeriesOf,
  type TrendChartLayout,
  type TrendSeriesChoice,
} from '../../controllers/trend-view.js';
import { tickLabelsFor } from '../../i18n/locale.js';
import { bdi, isolate, withIsolates } from '../../internal/bidi.js';
import { chartStyles } from '../../internal/chart.styles.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { remPx } from '../../internal/root-font-size.js';
import { tokens } from '../../themes/tokens.js';
import { SporChartElement } from '../shared/spor-data-element.js';
import { SporDataTable } from '../spor-data-table/spor-data-table.component.js';
import { styles } from './spor-trend-chart.styles.js';
import { chartsWords } from '../../i18n/charts/words.js';
import {
  callout,
  keyContentOf,
  keyList,
  legendButton,
  nameWithFocus,
  ownCallout,
  placeCallout,
} from './trend-parts.js';
import { overlaySvg, panelSvg, timeAxisSvg } from './trend-svg.js';
import { changeSentenceIn } from '../../controllers/change-words.js';
import {
  ownPointAnnouncementOf,
  ownPointAt,
  ownPointReadoutOf,
  ownSeriesInputOf,
  targetInputOf,
} from '../../controllers/own-reading.js';
import { titleOf, valueScaleOf, type ChartSeries, type ValueScale } from '../../controllers/progress-view.js';

export type { TrendChartLayout };

const recentMonths = 6;
const idsOf = (list: ReadonlyArray<{ readonly id: string }>) => list.map((s) => s.id);

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
  /** What the cursor walks: each drawn series, and after it its own reading when drawn (`show-self`). */
  readonly stops: ReadonlyArray<CursorStop>;
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
 * @csspart own - The young person's own reading of a series (`show-self`): diamonds on a dotted line.
 * @csspart target - The target set at the last conversation, a dashed line on the focus series.
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

  /**
   * Draws the young person's own reading beside the company's (`show-self`); never for a company.
   * The cursor reaches its marks (ArrowDown from a line to its own diamonds), and a point's callout
   * and announcement say the own reading of its week.
   */
  @property({ type: Boolean, attribute: 'show-self' }) showSelf = false;

  /**
   * The drawing's height in px (`overlay`; at least 200), for a host that gives the chart a
   * height, as the conversation view does on a portrait tablet. Default: from the width (270–420 px).
   */
  @property({ type: Number, attribute: 'plot-height' }) plotHeight = 0;

  @state() private hiddenSeries = new Set<string>();
  /**
   * The keyboard or pointer cursor: indexes into the stops (the drawn series, each followed by its
   * own reading when shown) and their points.
   */
  @state() private cursor: PointRef | undefined;
  @state() private isCalloutShown = false;
  /** A key moved the cursor: the page follows it once it is drawn (pointer moves never scroll). */
  private isCursorToFollow = false;

  @query('.callout') private calloutElement?: HTMLElement;

  private readonly size = new SizeController(this, { printWidth: () => this.printWidth });
  /** Escape anywhere closes an open callout; the cursor goes, the focus stays where it is. */
  private readonly escape = new EscapeDismissController(
    this,
    () => this.isCalloutShown,
    () => {
      this.clearCursor();
      this.announcement = '';
    },
  );
  /** The view of this update, worked out before render (after the data controller's update). */
  private prepared: TrendView | undefined;

  constructor() {
    super();
    this.addController({ hostUpdate: () => this.prepare() });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // New data (this week's report) keeps what the person chose to hide; another selection does not.
    if (changed.has('series') || changed.has('audience')) this.hiddenSeries = new Set();
    // The cursor's stops change with the drawn series and with the own reading (`show-self`).
    const stopsChange = ['data', 'series', 'audience', 'layout', 'showSelf'] as const;
    if (stopsChange.some((name) => changed.has(name))) {
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
      height: this.plotHeight > 0 ? this.plotHeight : undefined,
      scale: valueScaleOf(model, idsOf(choice.drawn)),
      domain: this.isWholeRange ? model.wholeDomain() : model.recentDomain(recentMonths),
      placements: model.placements,
      conversations: model.conversations,
      tickLabels: tickLabelsFor(this.i18n.locale),
      series: choice.drawn.map((s) => trendSeriesInputOf(s, this.raw)),
      own: this.showSelf ? choice.drawn.map((s) => ownSeriesInputOf(model, s)) : undefined,
      target: targetInputOf(model, choice.drawn),
      // The labels are 0.75rem: at 200 % text they are 24 px, and the drawing makes room for them.
      labelSize: remPx(0.75),
    });
    return {
      ...choice,
      model,
      scale: valueScaleOf(model, idsOf(choice.all)),
      focus: this.focusSeries || model.latestFocus || '',
      since: this.since || model.latestConversationDate || '',
      drawing,
      stops: cursorStopsOf(drawing),
    };
  }

  protected override updated(): void {
    this.positionCallout();
    if (this.isCursorToFollow) this.followCursor();
  }

  /**
   * Brings the point a key moved to into view, its callout and its panel (the overlay: the point),
   * as little as needed: a panel below the fold scrolls up to the viewport's edge (WCAG 2.4.11).
   */
  private followCursor(): void {
    this.isCursorToFollow = false;
    const ring = this.renderRoot.querySelector('circle.cursor');
    if (!ring) return;
    const options: ScrollIntoViewOptions = { block: 'nearest', inline: 'nearest' };
    this.calloutElement?.scrollIntoView(options);
    (ring.closest('[part~="panel"]') ?? ring).scrollIntoView(options);
  }

  protected override chartView(model: ProgressModel): TrendView {
    return this.prepared?.model === model ? this.prepared : this.viewOf(model);
  }

  protected override renderTitle({ model }: TrendView) {
    return withIsolates(titleOf(model, model.selection(this.series), isolate));
  }

  protected override renderCaption({ all, scale }: TrendView) {
    return withIsolates(trendCaptionOf(this.i18n.t, this.i18n.locale, all, scale, isolate));
  }

  protected override hasData({ all }: TrendView): boolean {
    return all.some((s) => s.points.length > 0);
  }

  protected override summarySentences(view: TrendView) {
    const own = { ...view, showSelf: this.showSelf };
    return trendSummaryOf(this.i18n.t, this.i18n.locale, view.model, own, isolate).map(withIsolates);
  }

  protected override tableSeries(): string {
    return this.series;
  }

  protected override hasLongHistory({ model, all }: TrendView): boolean {
    return model.spansMoreThan(recentMonths, all);
  }

  protected override renderLegend({ all, focus, model, drawing }: TrendView) {
    const t = this.i18n.t;
    return html`<div part="legend" class="legend" role="group" aria-label=${t.chart.legend}>
        ${all.map((s) =>
          legendButton(t, s, {
            isShown: !this.hiddenSeries.has(s.key),
            isFocus: s.id === focus,
            onToggle: () => this.toggleSeries(s.key),
          }),
        )}
      </div>
      ${keyList(
        t,
        all.find((s) => isRolledIn(s, this.raw)),
        keyContentOf(model, drawing),
      )}`;
  }

  protected override hasCursor(): boolean {
    return this.activePoint() !== undefined;
  }

  protected override renderPlot(view: TrendView) {
    const { drawing, drawn, focus, model } = view;
    const active = this.activePoint();
    const callout = active && this.isCalloutShown ? this.renderCallout(view, active) : nothing;
    if (drawing.kind === 'panels') {
      return html`<div class="panels">${this.renderPanels(view)} ${timeAxisSvg(drawing)}</div>
        ${callout}`;
    }
    const companyOf = (id: string) => model.placements.find((p) => p.id === id)?.company ?? '';
    const locale = this.i18n.locale;
    return html`${overlaySvg(drawing, drawn, { locale, t: this.i18n.t, focus, companyOf, cursor: active })} ${callout}`;
  }

  /**
   * One panel per drawn series under its dimension's name. Each panel says its series' name (a
   * heading) and its change in words (the same sentence as the summary), then draws it.
   */
  private renderPanels(view: TrendView) {
    const { model, groups, focus, since, drawing, drawn } = view;
    const changes = model.changesSince(since);
    const active = this.activePoint();
    const stop = this.activeStop();
    const cursorPanel = stop ? drawing.placedIn[stop.drawn]?.layout : undefined;
    const panelOf = (index: number) => {
      const s = drawn[index];
      if (!s) return nothing;
      const change = since ? changes.find((c) => c.id === s.id) : undefined;
      const sentence = changeSentenceIn(model, isolate(s.label), change, since, s.id);
      const isFocus = focus !== '' && s.id === focus;
      const cursor = cursorPanel === index ? active : undefined;
      return html`<div part="panel" class="panel ${isFocus ? 'is-focus' : ''}" data-series=${s.key}>
        <div class="panel-head">
          ${this.renderHeading(groups.length > 1 ? 2 : 1, nameWithFocus(this.i18n.t, s, isFocus, ' '), { class: 'panel-name' })}
          <p class="panel-change">${withIsolates(sentence)}</p>
        </div>
        ${panelSvg(drawing, index, s, { locale: this.i18n.locale, t: this.i18n.t, focus, cursor })}
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

  private renderCallout({ drawn, scale, model }: TrendView, point: TrendPoint) {
    const stop = this.activeStop();
    const s = stop && drawn[stop.drawn];
    if (!stop || !s) return nothing;
    const onClose = () => this.dismissCallout();
    const { t, locale } = this.i18n;
    if (stop.isOwn) {
      const own = ownPointReadoutOf(t, locale, model, s, point.index);
      return own ? ownCallout(t, s, own, onClose) : nothing;
    }
    const r = pointReadoutOf(t, locale, s, point.index, this.raw, this.ownAt(s));
    return r ? callout(t, locale, s, r, { scaleMax: scale.max, onClose }) : nothing;
  }

  /** The stop the cursor is on, as drawn in this update. */
  private activeStop(): CursorStop | undefined {
    return this.cursor && this.prepared?.stops[this.cursor.series];
  }

  /**
   * The young person's own reading in a period of `s`, for the callout and the announcement: only
   * while the own marks are drawn (`show-self`), and only what core lets this audience see (none
   * for a company).
   */
  private ownAt(s: ChartSeries): (period: string) => ReturnType<typeof ownPointAt> {
    const model = this.prepared?.model;
    return (period) => (this.showSelf && model ? ownPointAt(model, s, period) : undefined);
  }

  /** The point under the cursor, as drawn in this update. */
  private activePoint(): TrendPoint | undefined {
    return this.prepared && stopPointOf(this.prepared.stops, this.cursor);
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
    if (event.key === 'Escape') {
      if (!this.cursor) return;
      this.clearCursor();
      this.announcement = '';
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    const next = cursorAfterKey(
      this.prepared?.stops.map((stop) => stop.series) ?? [],
      this.cursor,
      event.key,
    );
    if (!next) return;
    event.preventDefault();
    this.cursor = next;
    this.isCalloutShown = true;
    this.isCursorToFollow = true;
    this.announcement = this.describeCursor(next);
  }

  /** The point under the cursor in words, for the polite live region: the callout's readout. */
  private describeCursor(cursor: PointRef): string | TemplateResult {
    const view = this.prepared;
    const stop = view?.stops[cursor.series];
    const s = stop && view.drawn[stop.drawn];
    const point = view && stopPointOf(view.stops, cursor);
    if (!view || !stop || !s || !point) return '';
    const { t, locale } = this.i18n;
    if (stop.isOwn) {
      const own = ownPointReadoutOf(t, locale, view.model, s, point.index);
      return own ? html`${withIsolates(ownPointAnnouncementOf(t, s, own, isolate))}` : '';
    }
    const r = pointReadoutOf(t, locale, s, point.index, this.raw, this.ownAt(s));
    return r ? html`${withIsolates(pointAnnouncementOf(t, locale, s, r, isolate))}` : '';
  }

  protected override onPlotPointerDown(event: PointerEvent): void {
    const drawing = this.prepared?.drawing;
    const stops = this.prepared?.stops ?? [];
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
    const near = stopNear(drawing, stops, index, at, event.pointerType === 'mouse' ? 24 : 40);
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

  /** Places the callout next to the active point, inside the element (`placeCallout`). */
  private positionCallout(): void {
    const stop = this.activeStop();
    const at = stop && this.prepared?.drawing.placedIn[stop.drawn];
    placeCallout(
      this.calloutElement,
      this.plotElement,
      this.prepared?.drawing,
      this.activePoint(),
      at,
      this.i18n.dir,
    );
  }
}
