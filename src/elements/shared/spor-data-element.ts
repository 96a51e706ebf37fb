import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { ProgressDataController, type Audience } from '../../controllers/progress-data-controller.js';
import { SporElement } from '../../internal/spor-element.js';
import { renderSummary } from '../../internal/summary-view.js';

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
 */
export abstract class SporDataElement extends SporElement {
  /** The young person's data (`ProgressData`), as a property. */
  @property({ attribute: false }) data: unknown;

  /**
   * Who is looking: `conversation` (default: resilience only with `resilience-consent`), `company`
   * (never resilience, no counsellor ratings) or `counsellor` (everything).
   */
  @property() audience: Audience = 'conversation';

  /**
   * In a conversation, resilience (self-reported, health-like) is shown only when the young person
   * has agreed to it this time. Off by default; a counsellor always sees it, a company never.
   */
  @property({ type: Boolean, attribute: 'resilience-consent' }) resilienceConsent = false;

  /** The language, `da` or `en`; default: the nearest `lang` attribute, else Danish. */
  @property({ reflect: true }) locale = '';

  protected readonly i18n = new LocaleController(this, { explicit: () => this.locale });
  protected readonly progress = new ProgressDataController(this, {
    data: () => this.data,
    locale: () => this.i18n.locale,
    audience: () => this.audience,
    consent: () => this.resilienceConsent,
  });
}

/**
 * The base of the charts (trend chart, trait star): besides the data, a chart has a summary shown
 * on request, a switch to the table with the same numbers, and a polite live region for the point
 * the keyboard is on. Subclasses render the plot; this class renders what is around it.
 */
export abstract class SporChartElement extends SporDataElement {
  @state() protected view: 'chart' | 'table' = 'chart';
  @state() protected isSummaryShown = false;
  @state() protected announcement = '';

  /** The summary toggle and the chart/table switch, after any buttons of the chart's own. */
  protected renderActions(own: TemplateResult | typeof nothing = nothing): TemplateResult {
    const t = this.i18n.t;
    return html`<div class="actions">
      <button type="button" class="summary-toggle" aria-expanded=${this.isSummaryShown ? 'true' : 'false'}
        @click=${() => (this.isSummaryShown = !this.isSummaryShown)}>
        ${this.isSummaryShown ? t.chart.hideSummary : t.chart.showSummary}
      </button>
      ${own}
      <button type="button" class="view-toggle" @click=${() => this.toggleView()}>
        ${this.view === 'chart' ? t.chart.showTable : t.chart.showChart}
      </button>
    </div>`;
  }

  /** A link-like button, visible on focus, that skips the plot for the table. */
  protected renderSkipLink(): TemplateResult {
    return html`<button type="button" class="skip" @click=${() => this.toggleView()}>${this.i18n.t.chart.skipToTable}</button>`;
  }

  /** The table of the same numbers, shown instead of the plot. */
  protected renderTable(series: string): TemplateResult {
    return html`<spor-data-table id="table" .data=${this.data} series=${series} audience=${this.audience}
      ?resilience-consent=${this.resilienceConsent} locale=${this.i18n.locale}></spor-data-table>`;
  }

  /** The text summary (always in the accessibility tree) and the live region. */
  protected renderSummaryAndLiveRegion(sentences: ReadonlyArray<string>): TemplateResult {
    return html`${renderSummary(this.i18n.t, sentences, this.isSummaryShown)}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>`;
  }

  /** Switches between the plot and the table, and moves focus to whichever is shown. */
  protected toggleView(): void {
    this.view = this.view === 'chart' ? 'table' : 'chart';
    this.onViewChange();
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(this.view === 'table' ? 'spor-data-table' : '.plot')
        ?.focus(),
    );
  }

  /** Called when the view switches; a chart clears its keyboard cursor here. */
  protected onViewChange(): void {}
}
