import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { ProgressModel } from '../../controllers/progress-model.js';
import {
  followUpPlan,
  latestCheckIns,
  localDateOf,
  programmeOf,
  shownCheckIns,
  type CheckIn,
  type CheckInStatus,
  type JobFollowUp,
  type ProgressData,
  type ShownFollowUp,
} from '../../core/index.js';
import { formatDay, formatList, formatNumber } from '../../i18n/locale.js';
import { bdi, isolate, withIsolates } from '../../internal/bidi.js';
import { chartStyles } from '../../internal/chart.styles.js';
import { renderInvalidData } from '../../internal/invalid-data-view.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { tableStyles } from '../../internal/table.styles.js';
import { renderSummary, renderSummaryToggle } from '../../internal/summary-view.js';
import { headingLevelFrom } from '../../internal/heading-level.js';
import { tokens } from '../../themes/tokens.js';
import { SporDataElement } from '../shared/spor-data-element.js';
import { styles } from './spor-follow-up-plan.styles.js';
import { programmeWords } from '../../i18n/programme/words.js';
import type { ProgrammeTranslation } from '../../i18n/translation.js';

/** The marker of each status: a shape as well as a colour, so it reads in black and white. */
const markers: Readonly<Record<CheckInStatus, ReturnType<typeof svg>>> = {
  done: svg`<circle cx="12" cy="12" r="10"></circle><path class="glyph" d="M7,12.5l3.5,3.5l6.5,-7"></path>`,
  declined: svg`<circle cx="12" cy="12" r="10"></circle><path class="glyph" d="M7,12h10"></path>`,
  overdue: svg`<circle cx="12" cy="12" r="10"></circle><path class="glyph" d="M12,6.5v7M12,16.5v1"></path>`,
  'due-soon': svg`<circle cx="12" cy="12" r="10"></circle><path class="half" d="M12,2a10,10 0 0 1 0,20z"></path>`,
  planned: svg`<circle cx="12" cy="12" r="10"></circle>`,
};

/**
 * The agreed check-ins after each job starts (Herning's 1 week, 1 month and 3 months), on a time
 * line from the start: held (with how it went, in gentle words), soon, not held yet, or declined
 * (follow-up is voluntary, and the element says so without blame), and whether the young person
 * was still in the job after 3 months (yes, no, or when it will be known). Choosing a check-in
 * tells the host which, so it can open its own record. A long history shows its latest part first
 * (40 jobs and check-ins, a job counting one) and earlier ones 40 at a time on request, so a
 * draw stays quick whatever the data holds (up to 2,000 follow-ups).
 *
 * @tagname spor-follow-up-plan
 * @summary Follow-up after a job starts: the check-ins and where each stands.
 *
 * @fires spor-follow-up-select - When a check-in is chosen; `detail` is `{ id, jobId, step, due }`.
 * @fires spor-invalid-data - When `data` or `today` cannot be used; `detail.issues` lists what is wrong.
 *
 * @csspart base - The whole element.
 * @csspart title - The title.
 * @csspart caption - The line that says what the plan is.
 * @csspart job - One job with its time line.
 * @csspart check-in - One check-in's button.
 * @csspart table - The table view.
 * @csspart summary - The text summary.
 * @csspart error - The error state.
 *
 * @cssprop [--spor-follow-up-plan-done=var(--spor-color-series-3)] - A held check-in's marker.
 * @cssprop [--spor-follow-up-plan-open=var(--spor-color-series-2)] - A check-in not held yet, or soon.
 * @cssprop [--spor-follow-up-plan-line=var(--spor-color-grid)] - The time line.
 */
export class SporFollowUpPlan extends SporDataElement<ProgrammeTranslation> {
  protected readonly words = programmeWords;

  static override styles = [tokens, sharedStyles, chartStyles, tableStyles, styles];
  static override dependencies = {};

  /** The day the plan is read on, `YYYY-MM-DD`; default: today in the framework's time zone. */
  @property() today = '';

  /** The level of the title heading (`heading-level`, 1–6, default 3); jobs sit one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private view: 'timeline' | 'table' = 'timeline';
  @state() private isSummaryShown = false;
  /** The check-in that holds the tab stop, by its place among the check-ins shown. */
  @state() private active = 0;
  /**
   * How much of a long history is shown: the latest `shownCheckIns` (40) jobs and check-ins, and as
   * many more on each request. What is drawn stays bounded (2,000 follow-ups are allowed).
   */
  @state() private shownCount = shownCheckIns;
  /** Core's plan, once per data object and day: choosing a check-in redraws, the plan stays. */
  private planOf: { data: ProgressData; today: string; plans: ReadonlyArray<JobFollowUp> } | undefined;

  private lastBadToday = '';
  /** Per render: the check-in with the tab stop (the first when `active` is out of range), and today's year. */
  private tabStop = 0;
  private year = 0;

  private todayIn(timeZone: string): string | undefined {
    return localDateOf(this.today || new Date().toISOString(), timeZone);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another young person, or the same one anew: from the latest again.
    if (changed.has('data')) {
      this.shownCount = shownCheckIns;
      this.active = 0;
    }
  }

  private plansOf(data: ProgressData, today: string): ReadonlyArray<JobFollowUp> {
    if (this.planOf?.data !== data || this.planOf.today !== today) {
      this.planOf = { data, today, plans: followUpPlan(data, { today }) };
    }
    return this.planOf.plans;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('today') && !changed.has('data')) return;
    const result = this.progress.result;
    const bad = result.status === 'ready' && this.todayIn(result.model.timeZone) === undefined;
    if (bad && this.lastBadToday !== this.today) {
      this.emit('spor-invalid-data', { issues: [this.todayIssue()] });
    }
    this.lastBadToday = bad ? this.today : '';
  }

  private todayIssue() {
    return { path: ['today'], message: this.i18n.t.followUp.badToday(this.today) };
  }

  private heading(offset: number, content: unknown, id?: string) {
    const tag = unsafeStatic(`h${headingLevelFrom(this.headingLevel, offset)}`);
    return staticHtml`<${tag} class=${offset === 0 ? 'title' : 'job-title'} part=${offset === 0 ? 'title' : nothing} id=${id ?? nothing}>${content}</${tag}>`;
  }

  protected override renderModel(model: ProgressModel) {
    const t = this.i18n.t.followUp;
    const today = this.todayIn(model.timeZone);
    if (today === undefined) return renderInvalidData(this.i18n.t, [this.todayIssue()]);
    const programme = programmeOf(model.framework ?? {});
    const plans = model.data ? this.plansOf(model.data, today) : [];
    const steps = formatList(
      this.i18n.locale,
      programme.followUps.map((s) => t.step(s.after, s.unit)),
    );
    const shown = latestCheckIns(plans, this.shownCount);
    const count = shown.plans.reduce((sum, plan) => sum + plan.checkIns.length, 0);
    this.tabStop = this.active < count ? this.active : 0;
    this.year = Number(today.slice(0, 4));
    return html`<div part="base" class="chart">
      ${this.heading(0, withIsolates(t.title(isolate(model.participantName))), 'title')}
      <p part="caption" class="caption" id="caption">${t.caption(steps)}</p>
      ${plans.length === 0 ? html`<p class="empty">${t.empty}</p>` : this.renderBody(plans, shown, count, programme.employedAfterMonths)}
    </div>`;
  }

  private renderBody(
    plans: ReadonlyArray<JobFollowUp>,
    shown: ShownFollowUp,
    count: number,
    months: number,
  ): TemplateResult {
    const t = this.i18n.t;
    let index = 0;
    const total = count + shown.hiddenCheckIns;
    const earlier =
      shown.hiddenJobs + shown.hiddenCheckIns > 0
        ? html`<p class="shown">${t.followUp.shown(count, total)}</p>
            <button type="button" class="earlier" @click=${this.showEarlier}>${t.followUp.showEarlier}</button>`
        : nothing;
    return html`<div class="actions" role="group" aria-label=${t.trend.actionsLabel}>
        ${renderSummaryToggle(t, this.isSummaryShown, () => (this.isSummaryShown = !this.isSummaryShown))}
        <button type="button" class="view-toggle" @click=${this.toggleView}>
          ${this.view === 'timeline' ? t.followUp.showTable : t.followUp.showTimeline}
        </button>
      </div>
      ${earlier}
      ${
        this.view === 'timeline'
          ? html`${shown.plans.map((plan, jobIndex) => {
              const first = index;
              index += plan.checkIns.length;
              return this.renderJob(plan, jobIndex, first, months);
            })}
            <p class="visually-hidden" id="hint">${t.followUp.hint}</p>`
          : this.renderTable(shown.plans)
      }
      ${renderSummary(t, this.summarySentences(plans, shown, count, months), this.isSummaryShown, headingLevelFrom(this.headingLevel, 1))}`;
  }

  private day(date: string): string {
    // The year is said only when it is not this year's.
    return formatDay(this.i18n.locale, date, this.year);
  }

  private renderJob(plan: JobFollowUp, jobIndex: number, first: number, months: number): TemplateResult {
    const t = this.i18n.t.followUp;
    const job = plan.job;
    const meta = [
      t.kind[job.kind],
      job.end === undefined ? t.from(this.day(job.start)) : t.span(this.day(job.start), this.day(job.end)),
      job.hoursPerWeek === undefined ? '' : t.hours(formatNumber(this.i18n.locale, job.hoursPerWeek, 0)),
    ].filter(Boolean);
    return html`<div part="job" class="job" role="group" aria-labelledby=${`job-${jobIndex}`}>
      ${this.heading(1, withIsolates(t.job(isolate(job.employer))), `job-${jobIndex}`)}
      <p class="meta">${meta.join(' · ')}</p>
      <ol class="timeline">
        <li class="start">
          <svg class="marker" viewBox="0 0 24 24" aria-hidden="true"><rect x="5" y="5" width="14" height="14"></rect></svg>
          <span class="step">${t.start}</span><span class="date">${this.day(job.start)}</span>
        </li>
        ${plan.checkIns.map((checkIn, i) => this.renderCheckIn(checkIn, first + i))}
      </ol>
      <p class="employed ${plan.stillEmployed}">${this.employedWords(plan, months)}</p>
    </div>`;
  }

  private employedWords(plan: JobFollowUp, months: number): string {
    const words = this.i18n.t.followUp.stillEmployed;
    return plan.stillEmployed === 'not-yet'
      ? words['not-yet'](months, this.day(plan.employedUntil))
      : words[plan.stillEmployed](months);
  }

  private stepName(checkIn: CheckIn): string {
    const t = this.i18n.t.followUp;
    return checkIn.step ? t.step(checkIn.step.after, checkIn.step.unit) : t.extra;
  }

  /** How it went and when, or when it is agreed: a check-in's last lines, in gentle words. */
  private detailOf(checkIn: CheckIn): string[] {
    const t = this.i18n.t.followUp;
    const record = checkIn.record;
    if (checkIn.status === 'declined') return [t.outcome.declined];
    if (checkIn.status !== 'done' || !record?.done) return [t.due(this.day(checkIn.due))];
    const outcome = record.outcome ? `${t.outcome[record.outcome]}, ` : '';
    return [`${outcome}${t.with[record.with]}.`, t.doneOn(this.day(record.done))];
  }

  private renderCheckIn(checkIn: CheckIn, index: number): TemplateResult {
    const t = this.i18n.t.followUp;
    return html`<li class="check-in ${checkIn.status}">
      <button type="button" part="check-in" data-index=${index} tabindex=${index === this.tabStop ? 0 : -1}
        aria-describedby="hint" @click=${() => this.select(checkIn, index)} @keydown=${this.onKeydown}>
        <svg class="marker" viewBox="0 0 24 24" aria-hidden="true">${markers[checkIn.status]}</svg>
        <span class="step">${this.stepName(checkIn)}</span>
        <span class="status">${t.status[checkIn.status]}</span>
        <span class="detail">${this.detailOf(checkIn).map((line) => html`<span class="line">${line}</span> `)}</span>
      </button>
    </li>`;
  }

  private renderTable(plans: ReadonlyArray<JobFollowUp>): TemplateResult {
    const t = this.i18n.t.followUp;
    return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="title"><table part="table" id="table" tabindex="-1" aria-labelledby="title">
      <thead>
        <tr>
          ${[t.columns.job, t.columns.checkIn, t.columns.date, t.columns.with, t.columns.status].map(
            (name) => html`<th scope="col">${name}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${plans.flatMap((plan) =>
          plan.checkIns.map(
            (checkIn) => html`<tr>
              <th scope="row">${bdi(plan.job.employer)}</th>
              <td>${this.stepName(checkIn)}</td>
              <td>${this.day(checkIn.record?.done ?? checkIn.due)}</td>
              <td>${checkIn.record ? t.with[checkIn.record.with] : ''}</td>
              <td>${t.status[checkIn.status]}${checkIn.status === 'done' || checkIn.status === 'declined' ? `: ${this.detailOf(checkIn).join(' ')}` : ''}</td>
            </tr>`,
          ),
        )}
      </tbody>
    </table></div>`;
  }

  /**
   * A sentence for each job shown, about all of its check-ins (a job shown in part too), and,
   * when earlier ones are not shown, how many are.
   */
  private summarySentences(
    plans: ReadonlyArray<JobFollowUp>,
    shown: ShownFollowUp,
    count: number,
    months: number,
  ): unknown[] {
    const t = this.i18n.t.followUp;
    const shownJobs = new Set(shown.plans.map((plan) => plan.job));
    const sentences: unknown[] = [];
    if (shown.hiddenJobs + shown.hiddenCheckIns > 0) {
      sentences.push(t.shown(count, count + shown.hiddenCheckIns));
    }
    for (const plan of plans) {
      if (!shownJobs.has(plan.job)) continue;
      const of = (status: CheckInStatus) => plan.checkIns.filter((c) => c.status === status).length;
      const open = t.open(of('overdue'), of('due-soon'), of('declined'));
      const sentence = t.summary(isolate(plan.job.employer), of('done'), plan.checkIns.length, open);
      sentences.push(withIsolates(`${sentence} ${this.employedWords(plan, months)}.`));
    }
    return sentences;
  }

  private select(checkIn: CheckIn, index: number): void {
    this.active = index;
    this.emit('spor-follow-up-select', {
      id: checkIn.id,
      jobId: checkIn.jobId,
      step: checkIn.step?.id,
      due: checkIn.due,
    });
  }

  private onKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button[part="check-in"]')];
    const from = this.tabStop;
    const moves: Partial<Record<string, number>> = {
      ArrowRight: from + 1,
      ArrowDown: from + 1,
      ArrowLeft: from - 1,
      ArrowUp: from - 1,
      Home: 0,
      End: buttons.length - 1,
    };
    const next =
      moves[event.key === 'ArrowRight' || event.key === 'ArrowLeft' ? this.logicalKey(event.key) : event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.active = Math.max(0, Math.min(buttons.length - 1, next));
    buttons[this.active]?.focus();
  }

  /** In a right-to-left page the time line runs from the right: → goes back in time. */
  private logicalKey(key: 'ArrowRight' | 'ArrowLeft'): string {
    const isRtl = getComputedStyle(this).direction === 'rtl';
    return isRtl ? (key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight') : key;
  }

  /** Shows `shownCheckIns` more of the history; the check-in with the tab stop keeps it. */
  private showEarlier(): void {
    const plans = this.planOf?.plans ?? [];
    const checkInsOf = (count: number) =>
      latestCheckIns(plans, count).plans.reduce((sum, plan) => sum + plan.checkIns.length, 0);
    const added = checkInsOf(this.shownCount + shownCheckIns) - checkInsOf(this.shownCount);
    this.shownCount += shownCheckIns;
    this.active = this.tabStop + added;
  }

  private toggleView(): void {
    this.view = this.view === 'timeline' ? 'table' : 'timeline';
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(
          this.view === 'table' ? '#table' : 'button[part="check-in"][tabindex="0"]',
        )
        ?.focus(),
    );
  }
}
