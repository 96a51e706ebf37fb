import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { cohortView, type CohortRow, type CohortView } from '../../controllers/cohort-view.js';
import { parseCohortOutcomes, type CohortOutcomes, type ValidationIssue } from '../../core/index.js';
import { chartStyles } from '../../internal/chart.styles.js';
import { renderInvalidData } from '../../internal/invalid-data-view.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { tableStyles } from '../../internal/table.styles.js';
import { renderSummary, renderSummaryToggle } from '../../internal/summary-view.js';
import { headingLevelFrom } from '../../internal/heading-level.js';
import { tokens } from '../../themes/tokens.js';
import { SporLocalizedElement } from '../shared/spor-localized-element.js';
import { styles } from './spor-cohort-outcomes.styles.js';
import { programmeWords } from '../../i18n/programme/words.js';
import type { ProgrammeTranslation } from '../../i18n/translation.js';

/**
 * A programme's outcomes for a counsellor or a network meeting: how many young people took part
 * in a period, and for each outcome (started, in an internship, in paid hourly work, in education,
 * in ordinary employment, still employed some months after starting) its share as a bar with the
 * programme's goal as a mark, the count and its denominator, and the change since the period
 * before. Counts only, never names. It shows the fixed table only: one whole period of the
 * framework's reporting grid (half-years unless the framework says otherwise) once it has ended
 * and its reading day has come, beside the period before it, as `cohortReport()` in `spor/core`
 * makes it. A count below the smallest cell size, or one that two counts shown would give away,
 * reads "hidden", its share is not drawn, and a change or a goal claim that would give it away is
 * not shown; the element refuses outcomes that break any of this (any period `cohortOutcomes()`
 * counts for a counsellor included).
 *
 * @tagname spor-cohort-outcomes
 * @summary Anonymized outcomes of a cohort, against the programme's goals.
 *
 * @fires spor-invalid-data - When `outcomes` is not a valid `CohortOutcomes`, is off the reporting grid, or shows a small cell; `detail.issues` says what is wrong.
 *
 * @csspart base - The element's outer box.
 * @csspart title - The title heading.
 * @csspart caption - How to read the bars.
 * @csspart plot - The list of outcomes, one tab stop; arrow keys move between them.
 * @csspart measure - One outcome's row.
 * @csspart bar - One outcome's bar (its share, and the goal as an upright line).
 * @csspart table - The table of the same numbers.
 * @csspart summary - The text summary.
 * @csspart error - The error state shown instead of the outcomes.
 *
 * @cssprop [--spor-cohort-outcomes-bar-color=var(--spor-color-series-1)] - The bars' fill.
 * @cssprop [--spor-cohort-outcomes-track-color=#e8ebef] - The empty part of a bar.
 * @cssprop [--spor-cohort-outcomes-goal-color=var(--spor-color-text)] - The goal mark.
 * @cssprop [--spor-cohort-outcomes-bar-height=1rem] - The height of a bar.
 */
export class SporCohortOutcomes extends SporLocalizedElement<ProgrammeTranslation> {
  protected readonly words = programmeWords;

  static override styles = [tokens, sharedStyles, chartStyles, tableStyles, styles];

  /** The outcomes to show (`CohortOutcomes`, as `cohortOutcomes()` makes them), as a property. */
  @property({ attribute: false }) outcomes: unknown;

  /**
   * The framework whose reporting grid the outcomes must follow: a built-in framework's id (an
   * attribute too) or a framework object; default NExTWORK's (half-years, "still employed" 3 months on).
   */
  @property() framework: unknown;

  /**
   * The day it is, `YYYY-MM-DD`: outcomes of a period whose reading day has not come by then are
   * refused. Default: today in the framework's time zone.
   */
  @property() today = '';

  /** The level of the title heading (`heading-level`, 1–6, default 3); the summary's sits one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private view: 'chart' | 'table' = 'chart';
  @state() private isSummaryShown = false;
  /** The outcome under the keyboard cursor (an index in the rows), or -1. */
  @state() private cursor = -1;
  @state() private isPlotFocused = false;

  private result: { outcomes?: CohortOutcomes; issues: ReadonlyArray<ValidationIssue> } = { issues: [] };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((['outcomes', 'locale', 'framework', 'today'] as const).some((name) => changed.has(name))) {
      if (this.outcomes === undefined || this.outcomes === null) this.result = { issues: [] };
      else {
        const parsed = parseCohortOutcomes(this.outcomes, {
          locale: this.i18n.locale,
          framework: this.framework,
          ...(this.today ? { today: this.today } : {}),
        });
        this.result = parsed.ok ? { outcomes: parsed.data, issues: [] } : { issues: parsed.issues };
      }
      if (changed.has('outcomes')) this.cursor = -1;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (
      (['outcomes', 'framework', 'today'] as const).some((name) => changed.has(name)) &&
      this.result.issues.length > 0
    ) {
      this.emit('spor-invalid-data', { issues: this.result.issues });
    }
  }

  protected override render(): unknown {
    const t = this.i18n.t;
    if (this.result.issues.length > 0) return renderInvalidData(t, this.result.issues);
    const outcomes = this.result.outcomes;
    const view = outcomes ? cohortView(outcomes, t, this.i18n.locale) : undefined;
    return html`<div part="base" class="chart">
      ${this.renderHeading(0, t.cohort.title, 'title')}
      ${view ? this.renderBody(view, outcomes?.tookPart.current !== null) : html`<p class="empty">${t.cohort.empty}</p>`}
    </div>`;
  }

  private renderBody(view: CohortView, hasRows: boolean): TemplateResult {
    const t = this.i18n.t;
    return html`
      <p class="period">${view.period}</p>
      <p class="took-part">${view.tookPart} ${view.comparedWith}</p>
      <p part="caption" class="caption" id="caption">${view.caption}</p>
      <div class="actions" role="group" aria-label=${t.trend.actionsLabel}>
        ${renderSummaryToggle(t, this.isSummaryShown, () => (this.isSummaryShown = !this.isSummaryShown))}
        <button type="button" class="view-toggle" @click=${() => this.toggleView()}>
          ${this.view === 'chart' ? t.chart.showTable : t.chart.showChart}
        </button>
      </div>
      ${!hasRows ? nothing : this.view === 'chart' ? this.renderPlot(view) : this.renderTable(view)}
      ${renderSummary(t, [view.tookPart, ...(hasRows ? view.rows.map((row) => row.sentence) : [])], this.isSummaryShown, this.headingLevelOf(1))}
      <div class="visually-hidden" aria-live="polite">${this.view === 'chart' ? (view.rows[this.cursor]?.sentence ?? '') : ''}</div>
    `;
  }

  private renderPlot(view: CohortView): TemplateResult {
    const t = this.i18n.t.cohort;
    return html`<div part="plot" class="plot" id="plot" tabindex="0" role="group" aria-roledescription=${t.roleDescription}
        aria-labelledby="title" aria-describedby="caption hint"
        @keydown=${this.onKeydown} @focus=${this.onFocus} @blur=${() => (this.isPlotFocused = false)}>
        <ul class="measures">${view.rows.map((row, index) => this.renderRow(row, index))}</ul>
        <p class=${this.isPlotFocused && this.cursor < 0 ? 'hint' : 'visually-hidden'} id="hint">${t.hint}</p>
      </div>`;
  }

  private renderRow(row: CohortRow, index: number): TemplateResult {
    const isHidden = row.percent === null;
    return html`<li part="measure" class="measure ${index === this.cursor ? 'is-cursor' : ''}"
        @pointerdown=${() => (this.cursor = index)}>
      <p class="label">${row.label}</p>
      <p class="value ${isHidden ? 'is-hidden' : ''}">${row.value}</p>
      <svg part="bar" class="bar ${isHidden ? 'is-hidden' : ''}" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
        <rect class="track" width="100" height="10"></rect>
        ${isHidden ? nothing : svg`<rect class="fill" width=${row.percent ?? 0} height="10"></rect>`}
        ${row.goal === null ? nothing : svg`<line class="goal-halo" x1=${row.goal} x2=${row.goal} y1="-3" y2="13"></line><line class="goal" x1=${row.goal} x2=${row.goal} y1="-3" y2="13"></line>`}
      </svg>
      <p class="counts">${row.counts}</p>
      ${row.goalText ? html`<p class="goal-text">${row.goalText}${row.isGoalMet ? html` <span class="met">✓ ${this.i18n.t.cohort.goalMet}</span>` : nothing}</p>` : nothing}
      <p class="change">${row.change}</p>
      ${row.note ? html`<p class="note">${row.note}</p>` : nothing}
    </li>`;
  }

  private renderTable(view: CohortView): TemplateResult {
    const t = this.i18n.t.cohort.table;
    // The box scrolls sideways on a narrow screen: a tab stop and a region named by the caption.
    return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="table-caption"><table part="table" id="table" tabindex="-1">
      <caption id="table-caption">${t.caption(view.period)}</caption>
      <thead><tr>
        <th scope="col">${t.measure}</th><th scope="col">${t.count}</th><th scope="col">${t.share}</th>
        <th scope="col">${t.before}</th><th scope="col">${t.change}</th><th scope="col">${t.goal}</th>
      </tr></thead>
      <tbody>${view.rows.map((row) => html`<tr><th scope="row">${row.label}</th>${row.cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
    </table></div>`;
  }

  /** A real heading (`h1`–`h6`); the tag comes from a fixed list, never from data. */
  private renderHeading(offset: number, content: string, id: string): TemplateResult {
    const tag = unsafeStatic(`h${this.headingLevelOf(offset)}`);
    return staticHtml`<${tag} part="title" class="title" id=${id}>${content}</${tag}>`;
  }

  private headingLevelOf(offset: number): number {
    return headingLevelFrom(this.headingLevel, offset);
  }

  private onFocus(): void {
    // The hint is for keyboard users; a tap that focuses the list does not need it.
    this.isPlotFocused = this.renderRoot.querySelector('.plot')?.matches(':focus-visible') ?? true;
  }

  private onKeydown(event: KeyboardEvent): void {
    const last = (this.result.outcomes?.measures.length ?? 0) - 1;
    const next: Record<string, number> = {
      ArrowDown: Math.min(last, this.cursor + 1),
      ArrowRight: Math.min(last, this.cursor + 1),
      ArrowUp: Math.max(0, this.cursor - 1),
      ArrowLeft: Math.max(0, this.cursor - 1),
      Home: 0,
      End: last,
      Escape: -1,
    };
    const index = next[event.key];
    if (index === undefined || last < 0) return;
    event.preventDefault();
    this.cursor = index;
  }

  /** Switches between the bars and the table, and moves focus to whichever is shown. */
  private toggleView(): void {
    this.view = this.view === 'chart' ? 'table' : 'chart';
    this.cursor = -1;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(this.view === 'table' ? '#table' : '#plot')?.focus(),
    );
  }
}
