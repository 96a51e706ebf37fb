import { html, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import {
  maySeeSeries,
  participantIdOf,
  type ConversationRecord,
  type Prompt,
  type PromptSetInput,
} from '../../core/index.js';
import type { ProgressModel } from '../../controllers/progress-model.js';
import { OneScreenController } from '../../controllers/one-screen.js';
import { LiveAnnouncement } from '../../controllers/live-announcement.js';
import { renderInvalidData } from '../../internal/invalid-data-view.js';
import type { SporConversationChangeEvent, SporConversationCompleteEvent } from '../../events/index.js';
import type { Persist } from '../../internal/draft-storage.js';
import { withIsolates } from '../../internal/bidi.js';
import { headingLevelFrom } from '../../internal/heading-level.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { tokens } from '../../themes/tokens.js';
import { SporConversationGuide } from '../spor-conversation-guide/spor-conversation-guide.component.js';
import { SporConversationSummary } from '../spor-conversation-summary/spor-conversation-summary.component.js';
import { SporDimensionSummary } from '../spor-dimension-summary/spor-dimension-summary.component.js';
import { SporTraitStar } from '../spor-trait-star/spor-trait-star.component.js';
import { SporTrendChart } from '../spor-trend-chart/spor-trend-chart.component.js';
import { SporDataElement } from '../shared/spor-data-element.js';
import { styles } from './spor-progress-conversation.styles.js';
import { announcementOf, candidateOf, chartTitleOf, seriesAround, type ChartShown } from './chart-beside.js';
import { conversationWords } from '../../i18n/conversation/words.js';
import type { ConversationTranslation } from '../../i18n/translation.js';

/**
 * The view used in a conversation: the charts and the guide together. On a landscape tablet the
 * charts stand beside the guide; in portrait, above it. The step drives the picture: prompts about
 * change show the trait star (now and last time) and the dimensions with their changes; the prompt
 * that chooses an area draws the candidate area strongest in the trend chart as the choice changes;
 * the other prompts show the trend chart. Resilience shows in the charts only after the young
 * person agrees in the guide. After Finish comes the step for the case file: the finished
 * conversation as a printable page (`spor-conversation-summary`) with a "Print or save as PDF"
 * button; printed, only that page is on the paper. When the chart beside the guide changes, a polite
 * live region says which chart is shown now ("The chart now shows: Cooperation over time").
 *
 * The guide's events (`spor-conversation-change`, `spor-conversation-complete`) come out of this
 * element as they are: a host gives it `data` and listens for `spor-conversation-complete`.
 *
 * @tagname spor-progress-conversation
 * @summary The charts and the conversation guide side by side, the step choosing the chart.
 *
 * @fires spor-conversation-change - From the guide: the draft record and whose it is, at most every 300 ms while typing and at once on a step change or when `data` is set to another person.
 * @fires spor-conversation-complete - From the guide: the finished record, valid under `ConversationRecordSchema`.
 * @fires spor-invalid-data - When `data` (or the guide's `promptSet`, `value`, `date`) cannot be used.
 *
 * @csspart base - The view's outer box.
 * @csspart charts - The charts' column.
 * @csspart panel - One chart's card.
 * @csspart guide - The conversation guide.
 * @csspart print - The "Print or save as PDF" button after Finish.
 * @csspart summary - The finished conversation's printable page after Finish.
 * @csspart error - The error state shown instead of the view.
 * @csspart input-notice - What is wrong with `data`, in the charts' place, while the guide keeps a conversation going on.
 *
 * @cssprop [--spor-progress-conversation-gap=1.25rem] - The space between the charts and the guide.
 * @cssprop [--spor-progress-conversation-panel-background=var(--spor-color-surface)] - A chart card's background.
 */
export class SporProgressConversation extends SporDataElement<ConversationTranslation> {
  protected readonly words = conversationWords;

  static override styles = [tokens, sharedStyles, styles];
  static override dependencies = {
    'spor-conversation-guide': SporConversationGuide,
    'spor-conversation-summary': SporConversationSummary,
    'spor-dimension-summary': SporDimensionSummary,
    'spor-trait-star': SporTraitStar,
    'spor-trend-chart': SporTrendChart,
  };

  /** The prompts: a built-in id (`nextwork`, default; `next-level`) or a prompt-set object. */
  @property({ attribute: 'prompt-set' }) promptSet: string | PromptSetInput = 'nextwork';

  /** A draft conversation record to resume, of the person shown when it is set (another's is refused). */
  @property({ attribute: false }) value: ConversationRecord | undefined;

  /** The conversation's date, `YYYY-MM-DD`; default: today in the framework's time zone. */
  @property() date = '';

  /** Keeps the draft across a reload: `none` (default), `session` or `local` storage. */
  @property() persist: Persist = 'none';

  /** The young person's language: the guide shows its prompts, changes and choices beneath in it. Default: none. */
  @property({ attribute: 'second-locale' }) secondLocale = '';

  /**
   * One screen: the view takes the height of its container (`height: 100%`; or set any height on
   * the element itself) and stays in it. Wider than tall, the charts stand beside the guide; taller
   * than wide, above it, the plot keeping about half the height. The prompt, the answer and Back /
   * Next stay in view; the changes, notes, areas and cards scroll inside their panels. Without it the
   * view flows in the page, as tall as what it holds.
   */
  @property({ type: Boolean, reflect: true }) fill = false;

  /**
   * The level of the charts' titles beside the guide (`heading-level`, 1–6, default 3), so they fit
   * the host's page: 2 under a page whose heading is an h1; their own sub-headings sit one below.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private purpose: Prompt['purpose'] | 'finish' = 'changes';
  @state() private focusChoice: string | undefined;
  @state() private isResilienceShown = false;
  /**
   * The record handed over on Finish, and whose it is: the step after it shows its printable
   * summary, for that person only.
   */
  @state() private finished:
    { readonly participant: string; readonly record: ConversationRecord } | undefined;
  /** The person the guide's step, focus and consent above were heard for (`data.participant.id`). */
  private shownFor = '';
  /** With `fill`: the plot's height from the view's box, and the room left while typing. */
  private readonly screen = new OneScreenController(this);

  /** The guide's "last time" (core's, before the conversation's date), which every chart compares with. */
  @state() private since: string | undefined;
  /**
   * The chart drawn last (its title, for whom, in which language) and what the live region says
   * about a new one; worked out before each render (`noteChart`), so it is said in the same update.
   */
  private chartShown: ChartShown | undefined;
  private readonly announcement = new LiveAnnouncement(this);
  /** Whether the step and focus drawn now came from the guide's change event (a person's action). */
  private isMovedInGuide = false;

  constructor() {
    super();
    // Added after the data controller, so the model this update draws is the one read here.
    this.addController({ hostUpdate: () => this.noteChart() });
  }

  private get isPair(): boolean {
    return this.purpose === 'changes' || this.purpose === 'examples';
  }

  // By class, not tag: the guide may be registered under a host's own name.
  @query('.guide') private guide?: SporConversationGuide;

  /**
   * A child's tag as static markup: the name its class is registered under (the default unless the
   * host chose another). Only ever one of the four known names, never data.
   */
  private tag(defaultTag: keyof typeof SporProgressConversation.dependencies) {
    return unsafeStatic(this.tagOf(defaultTag));
  }

  /**
   * New data reaches the guide at once, before this view draws: the guide hands over the change
   * still pending for the previous person while the host sets `data`, and has let go of that
   * person's conversation before the charts draw the next one.
   */
  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
    useNewValue?: boolean,
    newValue?: unknown,
  ): void {
    const guide = name === 'data' && this.hasUpdated ? this.guide : undefined;
    if (guide) guide.data = this.data;
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
  }

  /**
   * A person is a boundary: when the host shows another person, what the guide said about the
   * previous one (the step, the focus, the young person's consent, the finished page) goes before
   * anything is drawn; the guide then says where the next person's conversation stands.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('data')) return;
    const participant = participantIdOf(this.data);
    // Data without a person (a host refetching) is nobody else: the conversation stays.
    if (participant === '' || participant === this.shownFor) return;
    this.shownFor = participant;
    this.purpose = 'changes';
    this.focusChoice = undefined;
    this.isResilienceShown = false;
    this.since = undefined;
    if (this.finished?.participant !== participant) this.finished = undefined;
  }

  /**
   * Bad data while a conversation is going on (a host refetching) says what is wrong in the
   * charts' place (`input-notice`, as the guide's own notice) and keeps the guide, which keeps what
   * was typed as it does on its own; with no conversation going on, the error state stands alone.
   */
  protected override render(): unknown {
    const result = this.progress.result;
    if (result.status === 'ready') return this.renderModel(result.model);
    const t = this.i18n.t;
    return this.guide?.isInProgress
      ? this.renderLayout(renderInvalidData(t, result.issues, { part: 'input-notice' }), undefined)
      : renderInvalidData(t, result.issues);
  }

  protected override renderModel(model: ProgressModel) {
    // The finished page is only ever the person's it was made for.
    const shown = this.finished;
    const finished = shown?.participant === participantIdOf(this.data) ? shown.record : undefined;
    return this.renderLayout(finished ? this.renderRecord(finished) : this.renderCharts(model), finished);
  }

  private renderLayout(charts: unknown, finished: ConversationRecord | undefined) {
    const t = this.i18n.t;
    const guide = this.tag('spor-conversation-guide');
    // One template for every step (and for bad data), so the guide and what it holds is never made anew.
    // The live region is always there, so its first message is heard.
    return staticHtml`${this.renderAudienceNotice()}<div class="visually-hidden" aria-live="polite">${withIsolates(this.announcement.text)}</div><div part="base" class="layout ${finished ? 'is-finished' : ''} is-${this.purpose} ${
      this.screen.typingRoom === undefined ? '' : 'is-typing'
    }">
      <section part="charts" class="charts ${this.isPair ? 'is-pair' : ''}" aria-label=${finished ? t.record.print : t.conversation.charts} tabindex=${this.fill && !finished ? 0 : nothing}>${charts}</section>
      <${guide}
        part="guide"
        class="guide"
        .data=${this.data}
        .promptSet=${this.promptSet}
        .value=${this.value}
        date=${this.date}
        persist=${this.persist}
        audience=${this.shownAudience}
        .resilienceConsent=${this.resilienceConsent}
        locale=${this.i18n.locale}
        second-locale=${this.secondLocale}
        ?fill=${this.fill}
        @spor-conversation-change=${this.onChange}
        @spor-conversation-complete=${this.onComplete}
      ></${guide}>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Through the CSSOM, never a style attribute in the markup (a strict CSP allows this).
    const layout = this.renderRoot.querySelector<HTMLElement>('.layout');
    const room = this.screen.typingRoom;
    if (room === undefined) layout?.style.removeProperty('--_typing-room');
    else layout?.style.setProperty('--_typing-room', `${room}px`);
    if (changed.has('fill') && this.hasUpdated) this.screen.fillChanged();
    const inputs = [
      'data',
      'promptSet',
      'value',
      'date',
      'persist',
      'audience',
      'resilienceConsent',
    ] as const;
    if (inputs.some((key) => changed.has(key))) {
      // A restored draft may start on any step: ask the guide where it is once it has drawn.
      void this.guide?.updateComplete.then(() => this.syncFromGuide());
    }
  }

  /** The step after Finish: the conversation as a page for the case file, and a way to print it. */
  private renderRecord(record: ConversationRecord): TemplateResult {
    const summary = this.tag('spor-conversation-summary');
    return html`<div class="record-actions">
        <button type="button" part="print" class="print" @click=${this.print}>${this.i18n.t.record.print}</button>
      </div>
      ${staticHtml`<${summary} part="summary" class="summary" .data=${this.data} .record=${record} .promptSet=${
        typeof this.promptSet === 'string' ? '' : this.promptSet
      } audience=${this.shownAudience} locale=${this.i18n.locale}></${summary}>`}`;
  }

  private renderCharts(model: ProgressModel): TemplateResult {
    const t = this.i18n.t;
    const data = this.data;
    // Resilience reaches the charts only when the young person agreed in the guide.
    const consent = this.isResilienceShown;
    // From the framework: this element's own model leaves resilience out until the guide's switch;
    // core's policy says what this viewer may see with the guide's answer.
    const framework = model.framework;
    const viewer = { audience: this.shownAudience, resilienceConsent: consent };
    const dimensions = (framework?.dimensions ?? [])
      .map((d) => d.id)
      .filter((id) => framework !== undefined && maySeeSeries(framework, viewer, id))
      .join(',');
    // With `fill` a panel may scroll: then it is a named tab stop, so a keyboard reaches its end.
    const panel = (title: string, chart: TemplateResult, { scrolls = false } = {}) =>
      scrolls && this.fill
        ? html`<div part="panel" class="panel" role="group" aria-label=${title} tabindex="0"><p class="panel-title">${withIsolates(title)}</p>${chart}</div>`
        : html`<div part="panel" class="panel"><p class="panel-title">${withIsolates(title)}</p>${chart}</div>`;
    // Every chart compares with the conversation the guide compares with ('' leaves a chart its default).
    const since = this.since ?? '';
    // The charts' titles sit where the host's `heading-level` puts the view (default 3).
    const level = headingLevelFrom(this.headingLevel);
    if (this.isPair) {
      const star = this.tag('spor-trait-star');
      const summary = this.tag('spor-dimension-summary');
      return html`${panel(
        t.conversation.starTitle,
        staticHtml`<${star} .data=${data} since=${since} heading-level=${level} audience=${this.shownAudience} ?resilience-consent=${consent} locale=${this.i18n.locale}></${star}>`,
      )}
      ${panel(
        t.conversation.summaryTitle,
        staticHtml`<${summary}
          .data=${data}
          since=${since}
          heading-level=${level}
          audience=${this.shownAudience}
          ?resilience-consent=${consent}
          locale=${this.i18n.locale}
        ></${summary}>`,
        { scrolls: true },
      )}`;
    }
    const candidate = candidateOf(this.purpose, this.focusChoice, model);
    const series = candidate ? seriesAround(model, candidate, dimensions) : dimensions;
    const title = chartTitleOf(t, model, this.isPair, candidate);
    const trend = this.tag('spor-trend-chart');
    return panel(
      title,
      staticHtml`<${trend}
        .data=${data}
        series=${series}
        since=${since}
        focus=${candidate ?? nothing}
        heading-level=${level}
        plot-height=${this.fill && this.screen.plotHeight > 0 ? this.screen.plotHeight : nothing}
        audience=${this.shownAudience}
        ?resilience-consent=${consent}
        locale=${this.i18n.locale}
      ></${trend}>`,
    );
  }

  /**
   * Before each render: when the chart beside the guide changed (the star gave way to the trend
   * chart, the trend chart follows the chosen area), the live region says the new one, politely.
   * Nothing is said when the view first draws, when it opens a restored draft, for another person
   * or in another language: those are the host's changes, not the conversation's. The finished page
   * and bad data say nothing here (the print button takes focus; the notice says what is wrong).
   */
  private noteChart(): void {
    const result = this.progress.result;
    const person = participantIdOf(this.data);
    const shown = this.finished?.participant === person ? undefined : result;
    if (shown?.status !== 'ready') return;
    const candidate = candidateOf(this.purpose, this.focusChoice, shown.model);
    const title = chartTitleOf(this.i18n.t, shown.model, this.isPair, candidate);
    const next = { title, person, locale: this.i18n.locale, purpose: this.purpose };
    const said = this.i18n.t.conversation.chartShown(title);
    const how = announcementOf(this.chartShown, next, this.isMovedInGuide);
    if (how === 'same') return;
    if (how === 'silence') this.announcement.silence();
    else if (how === 'after-pause') this.announcement.sayAfterPause(said);
    else this.announcement.say(said);
    this.chartShown = next;
  }

  private readonly onChange = (event: SporConversationChangeEvent): void => {
    // A new conversation started: the printable page of the last one goes.
    this.finished = undefined;
    this.isMovedInGuide = true;
    this.purpose = event.detail.purpose;
    this.isResilienceShown = event.detail.isResilienceShown;
    this.focusChoice = event.detail.record.focus;
    this.since = this.guide?.since;
  };

  private readonly onComplete = (event: SporConversationCompleteEvent): void => {
    this.purpose = 'finish';
    this.focusChoice = event.detail.record.focus;
    this.finished = { participant: participantIdOf(this.data), record: event.detail.record };
    // The next step is the print button; it takes focus once the guide has said it is done.
    void this.updateComplete
      .then(() => this.guide?.updateComplete)
      .then(() => this.renderRoot.querySelector<HTMLElement>('.print')?.focus());
  };

  private readonly print = (): void => {
    window.print();
  };

  private readonly syncFromGuide = (): void => {
    const guide = this.guide;
    if (!guide) return;
    this.isMovedInGuide = false;
    this.purpose = guide.purpose;
    if (guide.purpose !== 'finish') this.finished = undefined;
    // Bad data and the guide let go of its conversation: the error state stands alone.
    if (this.progress.result.status === 'invalid' && !guide.isInProgress) this.requestUpdate();
    this.isResilienceShown = guide.isResilienceShown;
    this.focusChoice = guide.focusChoice;
    this.since = guide.since;
  };
}
