import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { nearestSpoke, panelAt, ringCursorAfterKey } from '../../charts/interaction.js';
import { radarFit, radarLayout, type RadarLayout } from '../../charts/radar.js';
import { slopesArrangement, slopesLayout } from '../../charts/slopes.js';
import type { ProgressModel } from '../../controllers/progress-model.js';
import { SizeController } from '../../controllers/size-controller.js';
import {
  hasSelf,
  labelWidthOf,
  signedChange,
  starCaptionOf,
  starNumber,
  starReadoutOf,
  starValuesOf,
  type StarValues,
  type TraitValue,
} from '../../controllers/star-view.js';
import { formatNumber } from '../../i18n/locale.js';
import { bdi, isolate, withIsolates } from '../../internal/bidi.js';
import { chartStyles } from '../../internal/chart.styles.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { remPx } from '../../internal/root-font-size.js';
import { tokens } from '../../themes/tokens.js';
import { SporChartElement } from '../shared/spor-data-element.js';
import { SporDataTable } from '../spor-data-table/spor-data-table.component.js';
import { styles } from './spor-trait-star.styles.js';
import { selfMark, selfMarks, selfSwatch, slopeRows } from './star-parts.js';
import { chartsWords } from '../../i18n/charts/words.js';
import { ownReadingSentencesOf } from '../../controllers/own-reading.js';
import { changeSentenceIn } from '../../controllers/change-words.js';
import { valueScaleOf } from '../../controllers/progress-view.js';

/** What the star works out once per update, before it renders (`prepare`). */
interface StarView extends StarValues {
  readonly model: ProgressModel;
}

/** Below this width a radar's labels crowd it out: the slopes show the same comparison. */
const narrowRadar = 320;
/** Room left of the slope columns for the scale's numbers, px. */
const slopesLeft = 28;

/**
 * The six traits now and at the last conversation, on one picture: "how is the visualization
 * different from last time?" The radar keeps a fixed axis order and draws outlines (the last
 * conversation dashed); `variant="slopes"` draws one small before → after line per trait, which
 * does not distort as a radar's area does. The largest changes are marked.
 *
 * @tagname spor-trait-star
 * @summary The traits now and at the last conversation.
 *
 * @fires spor-export - When the chart is saved as SVG or PNG or its numbers as CSV (`exportable`): what was exported.
 * @fires spor-invalid-data - When `data` cannot be drawn; `detail.issues` lists what is wrong.
 *
 * @csspart base - The whole chart.
 * @csspart title - The chart's title.
 * @csspart caption - The line that says how to read the chart.
 * @csspart plot - The drawing, and the single tab stop of the traits.
 * @csspart now - The outline (or slope end) for now.
 * @csspart before - The dashed outline (or slope start) for the last conversation.
 * @csspart self - The young person's own reading (`show-self`): a dotted outline of diamonds.
 * @csspart summary - The text summary.
 * @csspart error - The error state shown instead of the chart.
 *
 * @cssprop [--spor-trait-star-now-color=var(--spor-color-series-1)] - The colour of "now".
 * @cssprop [--spor-trait-star-before-color=#4d4d4d] - The colour of "last time".
 * @cssprop [--spor-trait-star-fill-opacity=0.12] - The light fill inside "now" (0 for none).
 * @cssprop [--spor-trait-star-self-color=var(--spor-color-series-4)] - The colour of the young person's own reading.
 */
export class SporTraitStar extends SporChartElement<StarView> {
  protected readonly words = chartsWords;

  static override styles = [tokens, sharedStyles, chartStyles, styles];
  static override dependencies = { 'spor-data-table': SporDataTable };

  /** The axes: `traits` (default) or a comma-separated list of series ids, in the order drawn. */
  @property() series = 'traits';

  /** `radar` (default) or `slopes`: one before → after line per trait. */
  @property({ reflect: true }) variant: 'radar' | 'slopes' = 'radar';

  /** "Now", `YYYY-MM-DD`; default: the latest rating in the data. */
  @property() date = '';

  /** The date to compare with, `YYYY-MM-DD`; default: the latest conversation before `date`. */
  @property() since = '';

  /**
   * Draws the young person's own reading now (`show-self`) as a second, keyed mark per trait, and
   * says it in the readout and the summary. Never for a company: core's audience policy decides.
   */
  @property({ type: Boolean, attribute: 'show-self' }) showSelf = false;

  @state() private cursor: number | undefined;

  private readonly size = new SizeController(this, { printWidth: () => this.printWidth });
  /** The view of this update, worked out before render (after the data controller's update). */
  private prepared: StarView | undefined;

  constructor() {
    super();
    this.addController({ hostUpdate: () => this.prepare() });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('series') || changed.has('variant')) this.cursor = undefined;
  }

  /** Works out the traits' values once per update, before render reads them. */
  private prepare(): void {
    const result = this.progress.result;
    this.prepared = result.status === 'ready' ? this.viewOf(result.model) : undefined;
  }

  private viewOf(model: ProgressModel): StarView {
    return {
      model,
      ...starValuesOf(model, {
        selection: this.series,
        date: this.date,
        since: this.since,
        showSelf: this.showSelf,
      }),
    };
  }

  /** The traits on the axes, as worked out for this update. */
  private get values(): ReadonlyArray<TraitValue> {
    return this.prepared?.values ?? [];
  }

  protected override chartView(model: ProgressModel): StarView {
    return this.prepared?.model === model ? this.prepared : this.viewOf(model);
  }

  protected override renderTitle({ model }: StarView) {
    return withIsolates(this.i18n.t.star.title(isolate(model.participantName)));
  }

  protected override renderCaption(view: StarView) {
    // The traits' own window, the framework's: the star never averages in its own way.
    return starCaptionOf(this.i18n.t, this.i18n.locale, view.model, view);
  }

  protected override hasData(): boolean {
    return this.values.some((v) => v.now !== null || v.before !== null);
  }

  protected override renderLegend({ since }: StarView) {
    const t = this.i18n.t;
    return html`<ul class="key" aria-hidden="true">
      <li><svg viewBox="0 0 28 12"><path class="now" d="M2,6H26"></path></svg>${t.star.now}</li>
      ${since ? html`<li><svg viewBox="0 0 28 12"><path class="before" d="M2,6H26"></path></svg>${t.star.before}</li>` : nothing}
      ${hasSelf(this.values) ? html`<li class="key-self">${selfSwatch()}${t.chart.own}</li>` : nothing}
    </ul>`;
  }

  protected override renderPlot({ model }: StarView) {
    const scale = valueScaleOf(
      model,
      this.values.map((v) => v.id),
    );
    return this.isSlopes ? this.renderSlopes(scale) : this.renderRadar(scale);
  }

  protected override renderAfterPlot() {
    return this.cursor !== undefined ? html`<p class="readout">${this.describe(this.cursor)}</p>` : nothing;
  }

  protected override plotHint(): string {
    return this.i18n.t.star.hint;
  }

  protected override hasCursor(): boolean {
    return this.cursor !== undefined;
  }

  protected override tableSeries(): string {
    return this.values.map((v) => v.id).join(',');
  }

  private renderRadar(scale: { min: number; max: number; step: number }): TemplateResult {
    const width = Math.max(200, Math.floor(this.size.width));
    const locale = this.i18n.locale;
    const labelWidths = this.labelWidths();
    const labelScale = this.labelScale();
    const { height, labelRoom } = radarFit({ width, labelWidths, labelScale });
    const size = height;
    const layout = radarLayout({
      axes: this.values.map((v) => v.id),
      outlines: [
        { id: 'before', values: this.values.map((v) => v.before) },
        { id: 'now', values: this.values.map((v) => v.now) },
        { id: 'self', values: this.values.map((v) => v.self) },
      ],
      scale,
      size,
      labelRoom,
      labelWidths,
      labelScale,
    });
    const dx = (width - size) / 2;
    const [before, now, self] = layout.outlines;
    const cursorAxis = this.cursor === undefined ? undefined : layout.axes[this.cursor];
    const cursorPoint = cursorAxis ? now?.points.find((p) => p.axis === cursorAxis.id) : undefined;
    return html`<svg class="drawing" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true">
      <g transform="translate(${dx},0)">
        ${layout.rings.map((ring) => svg`<path class="ring" d=${ring.path}></path>`)}
        ${layout.axes.map((axis) => svg`<line class="spoke" x1=${layout.center} y1=${layout.center} x2=${axis.x} y2=${axis.y}></line>`)}
        ${before && before.path ? svg`<path part="before" class="before" d=${before.path}></path>` : nothing}
        ${now ? svg`<path part="now" class="now ${now.isClosed ? '' : 'open'}" d=${now.path}></path>` : nothing}
        ${before?.points.map((p) => svg`<circle class="dot-before" cx=${p.x} cy=${p.y} r="3.5"></circle>`)}
        ${now?.points.map((p) => svg`<circle class="dot-now" cx=${p.x} cy=${p.y} r="4.5"></circle>`)}
        ${self && self.points.length > 0 ? selfMarks(self) : nothing}
        ${layout.ringLabels.map(
          (ring) =>
            svg`<text class="ring-label" x=${ring.x} y=${ring.y} dy="0.32em" text-anchor="middle">${formatNumber(locale, ring.value, 0)}</text>`,
        )}
        ${layout.axes.map((axis, i) => this.renderAxisLabel(axis, i))}
        ${cursorPoint ? svg`<circle class="cursor" cx=${cursorPoint.x} cy=${cursorPoint.y} r="10"></circle>` : nothing}
        ${cursorAxis && !cursorPoint ? svg`<circle class="cursor" cx=${cursorAxis.x} cy=${cursorAxis.y} r="10"></circle>` : nothing}
      </g>
    </svg>`;
  }

  /** The axis labels' widths as drawn: estimated at 100 % text, times the reader's text size. */
  private labelWidths(): number[] {
    const k = this.labelScale();
    return this.values.map((v) => labelWidthOf(this.i18n.locale, v) * k);
  }

  /** How much larger than at 100 % the labels are drawn (they are rem): 2 at 200 % text. */
  private labelScale(): number {
    return Math.max(1, remPx(1) / 16);
  }

  private renderAxisLabel(axis: RadarLayout['axes'][number], i: number) {
    const value = this.values[i];
    const label = axis.label;
    if (!value || !label) return nothing;
    const locale = this.i18n.locale;
    const valueText = starNumber(locale, value.now);
    return svg`<text class="axis-label ${value.isMarked ? 'is-marked' : ''}" x=${label.x} y=${label.nameY} text-anchor="middle"><tspan class="isolate">${value.label}</tspan></text>
      <text class="axis-value" x=${label.x} y=${label.valueY} text-anchor="middle">${valueText}${
        value.isMarked && value.delta !== null
          ? svg`<tspan class="change"> ${signedChange(locale, value.delta)}</tspan>`
          : nothing
      }</text>`;
  }

  /** Columns while each holds its label's longest word; rows (one per trait) on narrower plots. */
  private get slopeArrangement() {
    // Labels are 0.75rem; about 0.65 em a character in bold, the widest a word can be drawn.
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const longest = Math.max(
      0,
      ...this.values.flatMap((v) => v.label.split(/\s+/).map((word) => word.length)),
    );
    return slopesArrangement({
      width: Math.max(200, Math.floor(this.size.width)) - slopesLeft,
      count: this.values.length,
      widestWord: longest * 0.65 * 0.75 * rem,
      gap: 0.25 * rem,
    });
  }

  private renderSlopes(scale: { min: number; max: number; step: number }): TemplateResult {
    if (this.slopeArrangement === 'rows') return slopeRows(this.values, scale, this.cursor, this.i18n.locale);
    const width = Math.max(200, Math.floor(this.size.width));
    const height = Math.min(320, Math.max(200, width * 0.4));
    // The scale's labels are 0.75rem: their room grows with the reader's text size.
    const k = this.labelScale();
    const left = slopesLeft * k;
    const layout = slopesLayout({
      items: this.values.map((v) => ({ id: v.id, before: v.before, after: v.now, self: v.self })),
      scale,
      width: width - left,
      height,
      top: 12 * k,
      bottom: 12 * k,
    });
    const locale = this.i18n.locale;
    return html`<svg class="drawing" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true">
        ${layout.yTicks.map(
          (tick) => svg`<line class="ring" x1=${left} x2=${width} y1=${tick.y} y2=${tick.y}></line>
            <text class="ring-label" x=${left - 6} y=${tick.y} dy="0.32em" text-anchor="end">${formatNumber(locale, tick.value, 0)}</text>`,
        )}
        <g transform="translate(${left},0)">
          ${layout.panels.map((panel, i) => {
            const isCursor = this.cursor === i;
            return svg`<path part="before" class="before" d=${panel.path}></path>
              ${panel.beforeY !== null ? svg`<circle class="dot-before" cx=${panel.beforeX} cy=${panel.beforeY} r="4"></circle>` : nothing}
              ${panel.afterY !== null ? svg`<circle part="now" class="dot-now" cx=${panel.afterX} cy=${panel.afterY} r="5.5"></circle>` : nothing}
              ${selfMark(panel)}
              ${isCursor ? svg`<rect class="cursor" x=${panel.x + 2} y="2" width=${panel.width - 4} height=${height - 4} rx="6"></rect>` : nothing}`;
          })}
        </g>
      </svg>
      <ul class="slope-labels" aria-hidden="true">
        ${this.values.map(
          (v) => html`<li class=${v.isMarked ? 'is-marked' : ''}>
            ${bdi(v.label)}
            <span class="change-text">${v.delta !== null ? signedChange(locale, v.delta) : starNumber(locale, v.now)}</span>
          </li>`,
        )}
      </ul>`;
  }

  protected override summarySentences({ model, since }: StarView) {
    // The same sentence the guide and the trend chart say for the trait.
    return this.values
      .map((v) => withIsolates(changeSentenceIn(model, isolate(v.label), v.change, since, v.id)))
      .concat(ownReadingSentencesOf(this.i18n.t, this.i18n.locale, this.values, isolate).map(withIsolates));
  }

  private describe(index: number): string | TemplateResult {
    const v = this.values[index];
    return v
      ? html`${withIsolates(starReadoutOf(this.i18n.t, this.i18n.locale, { ...v, label: isolate(v.label) }))}`
      : '';
  }

  /** Slopes when asked for, on phones, and wherever the labels would crowd the radar's rings. */
  private get isSlopes(): boolean {
    if (this.variant === 'slopes' || this.size.width < narrowRadar) return true;
    const fit = radarFit({
      width: this.size.width,
      labelWidths: this.labelWidths(),
      labelScale: this.labelScale(),
    });
    return !fit.hasRoom;
  }

  protected override clearCursor(): void {
    this.cursor = undefined;
  }

  protected override onPlotKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (this.cursor === undefined) return;
      this.cursor = undefined;
      this.announcement = '';
      event.preventDefault();
      return;
    }
    const next = ringCursorAfterKey(this.cursor, this.values.length, event.key);
    if (next === undefined) return;
    event.preventDefault();
    this.cursor = next;
    this.announcement = this.describe(next);
  }

  protected override onPlotPointerDown(event: PointerEvent): void {
    const row = event
      .composedPath()
      .find(
        (target): target is HTMLElement =>
          target instanceof HTMLElement && target.dataset['row'] !== undefined,
      );
    if (row) {
      this.cursor = Number(row.dataset['row']);
      this.announcement = this.describe(this.cursor);
      return;
    }
    const drawing = this.plotElement?.querySelector('svg');
    if (!drawing || this.values.length === 0) return;
    const box = drawing.getBoundingClientRect();
    const count = this.values.length;
    this.cursor = this.isSlopes
      ? panelAt(event.clientX - box.left, box.width, count)
      : nearestSpoke(
          event.clientX - box.left - box.width / 2,
          event.clientY - box.top - box.height / 2,
          count,
        );
    this.announcement = this.describe(this.cursor);
  }
}
