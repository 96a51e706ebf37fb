import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ProgressDataController } from '../../controllers/progress-data-controller.js';
import { type ProgressModel } from '../../controllers/progress-model.js';
import { type Audience } from '../../core/index.js';
import type { ChartsTranslation } from '../../i18n/translation.js';
import { a4PrintWidth } from '../../controllers/size-controller.js';
import { headingLevelFrom } from '../../internal/heading-level.js';
import { withIsolates } from '../../internal/bidi.js';
import { exportContent, type ExportContent } from '../../internal/export-content.js';
import { renderInvalidData } from '../../internal/invalid-data-view.js';
import { renderSummary, renderSummaryToggle } from '../../internal/summary-view.js';
import type { ChartTable } from '../../export/table-csv.js';
import { exportFile } from './export-action.js';
import { SporLocalizedElement } from './spor-localized-element.js';

/**
 * The base of every element that shows a young person's `ProgressData`: the data, who is looking,
 * the language, and the validated, audience-filtered, aggregated model (`this.progress.result`).
 *
 * The global tokens below reach every element; each element adds its own `--spor-<element>-*`.
 *
 * @cssprop [--spor-font-family=system-ui, sans-serif] - The font of all text.
 * @cssprop [--spor-font-size=1rem] - Body text; chart labels never go below 12 px.
 * @cssprop [--spor-font-size-small=0.875rem] - Captions, legends and buttons.
 * @cssprop [--spor-color-text=#1a1a1a] - Text (4.5:1 against the surface).
 * @cssprop [--spor-color-text-muted=#595959] - Secondary text (4.5:1 against the surface).
 * @cssprop [--spor-color-surface=#ffffff] - Buttons, callouts and cards.
 * @cssprop [--spor-color-border=#767676] - Borders of controls (3:1).
 * @cssprop [--spor-color-grid=#d9d9d9] - Grid lines (decorative).
 * @cssprop [--spor-color-focus=#0b5cad] - The focus ring and the keyboard cursor.
 * @cssprop [--spor-color-error=#8a1c1c] - The error state's edge and title.
 * @cssprop [--spor-color-series-1=#0b5cad] - The first series (also --spor-color-series-2 … -6); 3:1, no alarm red.
 * @cssprop [--spor-radius=0.5rem] - Corner radius of controls and cards.
 * @cssprop [--spor-space=1rem] - The base spacing.
 * @cssprop [--spor-focus-ring-width=3px] - The focus ring's width.
 * @csspart input-notice - The notice that the host's input is off but worked around (an unknown `audience`, shown as a company's view).
 */
export abstract class SporDataElement<
  Words extends ChartsTranslation = ChartsTranslation,
> extends SporLocalizedElement<Words> {
  /** The young person's data (`ProgressData`), as a property. */
  @property({ attribute: false }) data: unknown;

  /**
   * Who is looking: `conversation` (default: resilience only with `resilience-consent`), `company`
   * (never resilience, no counsellor ratings) or `counsellor` (everything). Exact values only: any
   * other value (`Company`, `virksomhed`) shows what a company sees and fires `spor-invalid-data`.
   */
  @property() audience: Audience = 'conversation';

  /**
   * In a conversation, resilience (self-reported, health-like) is shown only when the young person
   * has agreed to it this time. Off by default; a counsellor always sees it, a company never.
   */
  @property({ type: Boolean, attribute: 'resilience-consent' }) resilienceConsent = false;

  protected readonly progress = new ProgressDataController(this, {
    data: () => this.data,
    locale: () => this.i18n.locale,
    audience: () => this.requestedAudience,
    consent: () => this.resilienceConsent,
  });

  /**
   * The audience core is asked to apply: the host's `audience`. An element made for one audience
   * (the young person's own page) answers its own, so no host value can widen what it shows.
   */
  protected get requestedAudience(): unknown {
    return this.audience;
  }

  /** The audience applied: core's reading of `audience`, which children and exports are given. */
  protected get shownAudience(): Audience {
    return this.progress.audience;
  }

  /**
   * Invalid data shows the error state here, once for every data element; valid data (or none)
   * goes to `renderModel`.
   */
  protected override render(): unknown {
    const result = this.progress.result;
    if (result.status === 'invalid') return renderInvalidData(this.i18n.t, result.issues);
    return html`${this.renderAudienceNotice()}${this.renderModel(result.model)}`;
  }

  /**
   * An `audience` the kit does not know is shown as what a company sees, and said here as well as
   * in `spor-invalid-data`: a portal developer sees at once why counsellor ratings are missing.
   */
  protected renderAudienceNotice(): TemplateResult | typeof nothing {
    const issue = this.progress.audienceIssue;
    if (!issue) return nothing;
    return html`<p part="input-notice" class="notice" role="status">${withIsolates(issue.message)}</p>`;
  }

  /** What the element shows for valid data. */
  protected abstract renderModel(model: ProgressModel): unknown;

  /** The state of an element with nothing to show yet (no ratings). */
  protected renderEmpty(): TemplateResult {
    return html`<p class="empty">${this.i18n.t.chart.empty}</p>`;
  }
}

/**
 * The frame of every chart (trend chart, trait star): title, caption, the empty state, the legend
 * beside the actions (summary, table, full history), the plot wrapper that holds the keyboard and
 * pointer, the table view, the text summary and a polite live region. A chart draws its plot only
 * (`renderPlot`), the way material-web's progress base leaves `renderIndicator()` to its variants;
 * small hooks give the frame the chart's words.
 *
 * `View` is what a chart works out from the model once per render (`chartView`) and hands to
 * every hook, so no hook recomputes it and none depends on another having run first.
 */
export abstract class SporChartElement<
  View = unknown,
  Words extends ChartsTranslation = ChartsTranslation,
> extends SporDataElement<Words> {
  /**
   * The level of the chart's title heading (`heading-level`, 1–6, default 3), so the chart fits the
   * page's outline; the summary's heading (and a chart's own sub-headings) sit one level below.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * The width the chart is drawn at on paper, px (`print-width`; default 680, the text width of A4
   * portrait with 15 mm margins). The chart redraws at it when the browser is about to print.
   */
  @property({ type: Number, attribute: 'print-width' }) printWidth = a4PrintWidth;

  /**
   * Offers the chart as an SVG or PNG file and its numbers as CSV among the actions (`exportable`;
   * off by default: the data is personal, so the host decides). Each export fires `spor-export`.
   */
  @property({ type: Boolean, reflect: true }) exportable = false;

  @state() protected view: 'chart' | 'table' = 'chart';
  /** Whether the row of actions (summary, full history, table) is open. */
  @state() protected isActionsShown = false;
  @state() protected isSummaryShown = false;
  @state() protected announcement: string | TemplateResult = '';
  /** Long histories show the last months by default; this shows all of it. */
  @state() protected isWholeRange = false;
  @state() protected isPlotFocused = false;

  @query('.plot') protected plotElement?: HTMLElement;

  /** What the chart works out from the model for one render. */
  protected abstract chartView(model: ProgressModel): View;

  /** The title; host text in it isolated. */
  protected abstract renderTitle(view: View): unknown;

  /** The one line that says how to read the chart. */
  protected abstract renderCaption(view: View): unknown;

  /** Whether there is anything to draw; without it the frame shows the empty state. */
  protected abstract hasData(view: View): boolean;

  /** The drawing inside the plot wrapper (its SVG, and a callout if the chart has one). */
  protected abstract renderPlot(view: View): unknown;

  /** The text summary's sentences. */
  protected abstract summarySentences(view: View): ReadonlyArray<unknown>;

  /** The `series` of the table that shows the same numbers. */
  protected abstract tableSeries(view: View): string;

  /** Whether a point or an axis is under the cursor; the keyboard hint hides then. */
  protected abstract hasCursor(): boolean;

  // Optional hooks: a chart that has no legend, no long history or nothing after the plot leaves them out.

  /** The legend or key at the start of the toolbar. */
  protected renderLegend?(view: View): unknown;

  /** Whether the data spans more than the chart shows by default, so "show all" is offered. */
  protected hasLongHistory?(view: View): boolean;

  /** Anything shown right after the plot (the star's readout). */
  protected renderAfterPlot?(view: View): unknown;

  /** A chart whose numbers are not ratings draws its own table (focusable, `id="table"`). */
  protected renderOwnTable?(view: View): unknown;

  /** Such a chart's CSV: the rows it shows (with `renderOwnTable`; without it, the ratings' table). */
  protected csvTable?(view: View): ChartTable;

  /** The words of the button back from the whole history; default "the last 6 months". */
  protected recentLabel?(): string;

  /** The hint shown when the plot gets keyboard focus. */
  protected plotHint(): string {
    return this.i18n.t.chart.hint;
  }

  /** Forgets the cursor: called when the view or the range changes under it. */
  protected clearCursor(): void {}

  // The plot's input; a hook left out binds no listener.
  protected onPlotKeydown?(event: KeyboardEvent): void;
  protected onPlotPointerDown?(event: PointerEvent): void;
  protected onPlotPointerMove?(event: PointerEvent): void;
  protected onPlotPointerLeave?(event: PointerEvent): void;

  /** A heading level `offset` below the title's, kept within h1–h6. */
  protected headingLevelOf(offset = 0): number {
    return headingLevelFrom(this.headingLevel, offset);
  }

  /** A real heading (`h1`–`h6`) `offset` levels below the title; the tag is from a fixed list, never data. */
  protected renderHeading(
    offset: number,
    content: unknown,
    attributes: { part?: string; class?: string; id?: string } = {},
  ) {
    const tag = unsafeStatic(`h${this.headingLevelOf(offset)}`);
    return staticHtml`<${tag} part=${attributes.part ?? nothing} class=${attributes.class ?? nothing} id=${attributes.id ?? nothing}>${content}</${tag}>`;
  }

  protected override renderModel(model: ProgressModel): TemplateResult {
    const view = this.chartView(model);
    const hasData = this.hasData(view);
    return html`<div part="base" class="chart">
      <div class="title-row">
        ${this.renderHeading(0, this.renderTitle(view), { part: 'title', class: 'title', id: 'title' })}
        ${hasData ? this.renderActionsToggle() : nothing}
      </div>
      <p part="caption" class="caption" id="caption">${this.renderCaption(view)}</p>
      ${hasData ? this.renderBody(view) : this.renderEmpty()}
    </div>`;
  }

  private renderBody(view: View): TemplateResult {
    const legend = this.renderLegend?.(view);
    return html`
      ${this.renderActions(view)}
      ${legend ? html`<div class="toolbar">${legend}</div>` : nothing}
      ${this.view === 'chart' ? html`<div class="plot-area">${this.renderSkipLink()}${this.renderPlotWrapper(view)}</div>${this.renderAfterPlot?.(view) ?? nothing}` : this.renderTable(view)}
      ${renderSummary(this.i18n.t, this.summarySentences(view), this.isSummaryShown, this.headingLevelOf(1))}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    `;
  }

  /**
   * One small button beside the title opens the actions: on a tablet the plot gets the room that
   * a row of three buttons took (issue 10), and each action stays a 44×44 px target.
   */
  private renderActionsToggle(): TemplateResult {
    const t = this.i18n.t;
    return html`<button type="button" class="actions-toggle" aria-expanded=${this.isActionsShown ? 'true' : 'false'}
      aria-controls="actions" @click=${() => (this.isActionsShown = !this.isActionsShown)}>
      ${t.trend.actions}<svg class="chevron" viewBox="0 0 12 12" aria-hidden="true"><path d="M2,4l4,4l4,-4"></path></svg>
    </button>`;
  }

  /** The summary toggle, the full-history toggle when the history is long, and the chart/table switch. */
  private renderActions(view: View): TemplateResult {
    const t = this.i18n.t;
    // Kept in the DOM while closed (hidden), so the buttons keep their state and their names.
    return html`<div class="actions" id="actions" role="group" aria-label=${t.trend.actionsLabel} ?hidden=${!this.isActionsShown}>
      ${renderSummaryToggle(t, this.isSummaryShown, () => (this.isSummaryShown = !this.isSummaryShown))}
      ${
        this.hasLongHistory?.(view)
          ? html`<button type="button" class="range-toggle" @click=${() => this.toggleRange()}>
                ${this.isWholeRange ? (this.recentLabel?.() ?? t.chart.showRecent) : t.chart.showAll}
              </button>`
          : nothing
      }
      <button type="button" class="view-toggle" @click=${() => this.toggleView()}>
        ${this.view === 'chart' ? t.chart.showTable : t.chart.showChart}
      </button>
      ${this.exportable ? this.renderExports(view) : nothing}
    </div>`;
  }

  /** The export actions: the drawing (while it is shown) as SVG and PNG, the numbers as CSV. */
  private renderExports(view: View): TemplateResult {
    const t = this.i18n.t;
    const series = this.tableSeries(view);
    return html`${
      this.view === 'chart'
        ? html`<button type="button" class="export" @click=${() => this.exportAs('svg', series)}>${t.export.svg}</button>
          <button type="button" class="export" @click=${() => this.exportAs('png', series)}>${t.export.png}</button>`
        : nothing
    }<button type="button" class="export" @click=${() => this.exportAs('csv', series, view)}>${t.export.csv}</button>`;
  }

  /** What the drawing holds when it is not the ratings' series: its own table's, for `spor-export`. */
  [exportContent](): ExportContent | undefined {
    const result = this.progress.result;
    if (!this.csvTable || result.status !== 'ready') return undefined;
    const table = this.csvTable(this.chartView(result.model));
    return { series: table.series, includesSelfReport: table.includesSelfReport };
  }

  private async exportAs(format: 'svg' | 'png' | 'csv', series: string, view?: View): Promise<void> {
    try {
      const table = format === 'csv' && view ? this.csvTable?.(view) : undefined;
      await exportFile(this, format, series, this.i18n.locale, table);
    } catch {
      this.announcement = this.i18n.t.export.failed;
    }
  }

  /** A link-like button, visible on focus, that skips the plot for the table. */
  private renderSkipLink(): TemplateResult {
    return html`<button type="button" class="skip" @click=${() => this.toggleView()}>${this.i18n.t.chart.skipToTable}</button>`;
  }

  /**
   * The plot: the single tab stop of the points, labelled by the title and described by the caption.
   * The keyboard hint sits below the drawing, in the flow, so it never covers the axis labels.
   */
  private renderPlotWrapper(view: View): TemplateResult {
    const t = this.i18n.t;
    const hint = this.plotHint();
    return html`<div part="plot" class="plot" tabindex="0" role="group" aria-roledescription=${t.chart.roleDescription}
        aria-labelledby="title" aria-describedby="caption hint"
        @keydown=${this.onPlotKeydown} @focus=${this.onPlotFocus} @blur=${this.onPlotBlur}
        @pointermove=${this.onPlotPointerMove} @pointerdown=${this.onPlotPointerDown} @pointerleave=${this.onPlotPointerLeave}>
        ${this.renderPlot(view)}
        ${this.isPlotFocused && !this.hasCursor() ? html`<p class="hint" id="hint">${hint}</p>` : html`<p class="visually-hidden" id="hint">${hint}</p>`}
      </div>`;
  }

  /** The table of the same numbers, shown instead of the plot. */
  private renderTable(view: View): unknown {
    if (this.renderOwnTable) return this.renderOwnTable(view);
    // The tag is the data table's registered name (a valid custom element name, never data), so a
    // host that registered its own names gets its own table.
    const tag = unsafeStatic(this.tagOf('spor-data-table'));
    return staticHtml`<${tag} id="table" .data=${this.data} series=${this.tableSeries(view)} audience=${this.shownAudience}
      ?resilience-consent=${this.resilienceConsent} locale=${this.i18n.locale}></${tag}>`;
  }

  private onPlotFocus(): void {
    // The keyboard hint is for keyboard users; a tap that focuses the plot does not need it.
    this.isPlotFocused = this.plotElement?.matches(':focus-visible') ?? true;
  }

  private onPlotBlur(event: FocusEvent): void {
    // Focus that moves into the plot (a callout's close button) has not left it.
    if (event.relatedTarget instanceof Node && this.plotElement?.contains(event.relatedTarget)) return;
    this.isPlotFocused = false;
  }

  private toggleRange(): void {
    this.isWholeRange = !this.isWholeRange;
    this.clearCursor();
  }

  /** Switches between the plot and the table, and moves focus to whichever is shown. */
  private toggleView(): void {
    this.view = this.view === 'chart' ? 'table' : 'chart';
    this.clearCursor();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(this.view === 'table' ? '#table' : '.plot')?.focus(),
    );
  }
}
