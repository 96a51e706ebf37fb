import { html, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  maySeeSelfReport,
  maySeeSeries,
  ownerOf,
  parseConversationRecord,
  participantIdOf,
  type ConversationRecord,
  type Prompt,
  type PromptSetInput,
  type Viewer,
} from '../../core/index.js';
import { conversationRecordOf, isConsentAsked } from '../../core/progress/conversation-rules.js';
import { AfterDrawController } from '../../controllers/after-draw.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { FieldInSightController } from '../../controllers/one-screen.js';
import { InputResolver } from '../../controllers/input-resolution.js';
import { areaGroupsOf } from '../../controllers/progress-view.js';
import type { SporConversationChangeDetail } from '../../events/index.js';
import { conversationWords } from '../../i18n/conversation/words.js';
import { loadSecondLanguage } from '../../i18n/second/on-demand.js';
import type { ConversationTranslation } from '../../i18n/translation.js';
import type { Persist } from '../../internal/draft-storage.js';
import { renderInvalidData } from '../../internal/invalid-data-view.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { tokens } from '../../themes/tokens.js';
import { SporDataElement } from '../shared/spor-data-element.js';
import {
  conversationDraftFrom,
  emptyConversationDraft,
  isEmptyDraft,
  type ConversationDraft,
} from './conversation-draft.js';
import { resolveSetup, type Setup } from './conversation-setup.js';
import { renderFinished, renderGuide, type GuideActions } from './conversation-view.js';
import { secondVoiceOf } from './second-line.js';
import { styles } from './spor-conversation-guide.styles.js';
import { Swipe } from './swipe.js';

/**
 * The guided conversation: one prompt at a time in large type, "2 of 4", Back and Next, an answer
 * per prompt, and an overview before the record is handed over. Prompts about change show what
 * changed since last time (the largest rises and falls first, the rest behind "Show all"), with
 * one question where the young person's own reading and the company's lie a whole step apart; the
 * examples prompt shows the companies' "done well" notes and the young person's shared log
 * entries; the focus prompt offers the areas as radio buttons (value and change, last time's choice
 * and how it went), then asks for the young person's next step in their own words and an optional
 * target.
 *
 * Resilience (self-reported, health-like) shows only after the young person agrees, for this
 * conversation, with the switch; never with `audience="company"`. Nothing is stored unless the host
 * sets `persist`; a storage that refuses is reported in the element and nothing on screen is lost.
 *
 * @tagname spor-conversation-guide
 * @summary The four prompts of a conversation, one at a time, with what changed since last time.
 *
 * @fires spor-conversation-change - The draft record and whose it is (`participant`), at most every 300 ms while typing and at once on a step change, a choice, when the page is hidden, or when `data` is set to another person.
 * @fires spor-conversation-complete - The finished record, valid under `ConversationRecordSchema`.
 * @fires spor-invalid-data - When `data`, `promptSet`, `value` or `date` cannot be used; `detail.issues` says what is wrong.
 *
 * @csspart base - The guide's outer box.
 * @csspart progress - "2 of 4" and the progress bar.
 * @csspart prompt - The prompt's text.
 * @csspart context - What the step shows beside the prompt: changes, notes or the areas.
 * @csspart answer - The answer's text field.
 * @csspart consent - The switch that shows resilience.
 * @csspart nav - The Back and Next buttons.
 * @csspart overview - The closing overview.
 * @csspart error - The error state shown instead of the guide.
 * @csspart input-notice - The notice that the host's input broke mid-conversation; the conversation stays.
 *
 * @cssprop [--spor-conversation-guide-background=var(--spor-color-surface)] - The guide's background.
 * @cssprop [--spor-conversation-guide-accent=var(--spor-color-focus)] - The Next button, the progress bar and the chosen area.
 * @cssprop [--spor-conversation-guide-prompt-size=clamp(1.5rem, 5cqi, 2rem)] - The prompt's type size (24–32 px by the guide's width).
 * @cssprop [--spor-conversation-guide-border=1px solid var(--spor-color-grid)] - The guide's edge; `0` inside a host's own card.
 * @cssprop [--spor-conversation-guide-padding=1.5rem] - The space inside the edge.
 */
export class SporConversationGuide extends SporDataElement<ConversationTranslation> {
  protected readonly words = conversationWords;

  static override styles = [tokens, sharedStyles, styles];

  /** The prompts: a built-in id (`nextwork`, default; `next-level`) or a prompt-set object. */
  @property({ attribute: 'prompt-set' }) promptSet: string | PromptSetInput = 'nextwork';

  /**
   * A draft conversation record to resume; its id, answers, focus and (unless given) date are kept.
   * It is the record of the person shown when it is set: another person's, or another date's, is refused.
   */
  @property({ attribute: false }) value: ConversationRecord | undefined;

  /** The conversation's date, `YYYY-MM-DD`; default: today in the framework's time zone. */
  @property() date = '';

  /** Keeps the draft across a reload: `none` (default), `session` or `local` storage. */
  @property() persist: Persist = 'none';

  /**
   * The young person's language (`ar`, `uk`, or any registered one): each prompt, the change
   * sentences and the choices are shown beneath in it, each with its own `lang` and `dir`.
   * Default: none.
   */
  @property({ attribute: 'second-locale' }) secondLocale = '';

  /** The second line's words while they load (a draft's, fetched when `second-locale` names it). */
  private secondWordsLoading: Promise<void> | undefined;

  /**
   * Takes the height its container gives (`height: 100%`, or any height the host sets on it): the
   * prompt, the answer and Back / Next stay in that box, and what the step shows (the changes, the
   * notes, the areas, the next step, the overview) scrolls inside its own panel, with a shadow at
   * the edge where there is more. Without it the guide is as tall as what it holds.
   */
  @property({ type: Boolean, reflect: true }) fill = false;

  /** With `fill`, the field typed in stays in sight when an on-screen keyboard opens. */
  private readonly fieldInSight = new FieldInSightController(this);

  @state() private finished: ConversationRecord | undefined;
  /**
   * Whose whole list of changes is open ("Show all"): it stays open from step to step for that
   * person, and a host that switches to someone else shows them the list closed.
   */
  @state() private allShownFor: string | undefined;
  /** The draft key the finished record was made under: another person or date never shows it. */
  private finishedKey: string | undefined;
  /** Whom the host's `value` was given for: the person shown when it was set (see `ownerOf`). */
  private valueGivenFor = '';

  private readonly inputs = new InputResolver<Setup>(() => this.i18n.t.invalidData.title);
  /** Drafts by key: another date or person and back loses nothing. */
  private readonly drafts = new DraftController<ConversationDraft>(this, {
    onChange: () => this.emitChange(),
    persist: () => this.persist,
    empty: emptyConversationDraft,
    isEmpty: isEmptyDraft,
    notices: () => this.i18n.t.conversation,
  });
  private readonly afterDraw = new AfterDrawController(this, (issues) =>
    this.emit('spor-invalid-data', { issues }),
  );

  private get setup(): Setup | undefined {
    return this.inputs.setup;
  }

  private get draft(): ConversationDraft {
    return this.drafts.draft;
  }

  /** Who is looking, with the young person's answer in this conversation: core's policy decides. */
  private get viewer(): Viewer {
    return { audience: this.shownAudience, resilienceConsent: this.consent };
  }

  /**
   * The young person's answer in the conversation shown: none while no conversation can be shown
   * (a draft kept for a person who is not on screen never lends its "yes").
   */
  private get consent(): boolean {
    return this.setup !== undefined && this.draft.isResilienceShown;
  }

  /** The step shown, from 0; the number of prompts is the closing overview. */
  get step(): number {
    return this.draft.step;
  }

  /** What the shown step is for: the prompt's purpose, or `finish` for the closing overview. */
  get purpose(): Prompt['purpose'] | 'finish' {
    if (this.finished) return 'finish';
    return this.setup?.promptSet.prompts[this.draft.step]?.purpose ?? 'finish';
  }

  /** The chosen focus series id, if any (after finishing: the finished record's). */
  get focusChoice(): string | undefined {
    return this.finished ? this.finished.focus : this.draft.focus;
  }

  /**
   * The previous conversation's date (`YYYY-MM-DD`), where "since last time" starts for this
   * conversation; undefined for a first conversation or before the inputs can be used. The
   * composed view hands it to its charts, so they all compare with the same conversation.
   */
  get since(): string | undefined {
    return this.setup?.since;
  }

  /** True when resilience shows: the young person agreed in this conversation, or a counsellor looks. */
  get isResilienceShown(): boolean {
    return maySeeSelfReport(this.viewer);
  }

  /**
   * True while the guide holds a conversation someone has started (something typed, chosen or
   * agreed): the composed view keeps the guide on screen through a moment of bad data then.
   */
  get isInProgress(): boolean {
    return this.setup !== undefined && this.drafts.isInProgress;
  }

  /**
   * A person is a boundary: when the host sets `data` to another person, the change still pending
   * for the previous one is handed over at once, whole and as theirs, before anything of the next
   * person is drawn (a host that saves from the event loses nothing).
   */
  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
    useNewValue?: boolean,
    newValue?: unknown,
  ): void {
    if (name === 'data' && this.drafts?.isPending && participantIdOf(this.data) !== this.setup?.participant) {
      this.drafts.flush();
    }
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
  }

  /**
   * A draft's words load when `second-locale` first names it: the guide draws without the second
   * line until they are there (never another language's words), then again with them.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('secondLocale')) return;
    const loading = loadSecondLanguage(this.secondLocale);
    if (!loading) return;
    const settled = loading.then(() => {
      if (this.secondWordsLoading === settled) this.secondWordsLoading = undefined;
      this.requestUpdate();
    });
    this.secondWordsLoading = settled;
  }

  /** Settled once a second line's words named are loaded and drawn, too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let isComplete = await super.getUpdateComplete();
    while (this.secondWordsLoading) {
      await this.secondWordsLoading;
      isComplete = (await super.getUpdateComplete()) && isComplete;
    }
    return isComplete;
  }

  // After the controllers' `hostUpdate` (which `willUpdate` is not): the data's model is current.
  protected override update(changed: PropertyValues<this>): void {
    // A host's value is the record of the person shown when it was set; one set before any person
    // was known becomes the first person's.
    this.valueGivenFor = changed.has('value')
      ? participantIdOf(this.data)
      : ownerOf(this.valueGivenFor, participantIdOf(this.data));
    this.resolveDraft(changed);
    if (this.resilienceConsent !== this.consent) {
      // A restored draft brings the young person's answer back; the data controller reads the
      // property, so the model follows within this same update.
      this.resilienceConsent = this.consent;
      this.progress.hostUpdate();
      this.resolveSetup();
    }
    super.update(changed);
  }

  /**
   * The setup from the properties, and the draft's key with it. While a conversation is going on,
   * data that is missing or broken for a moment (a host refetching) keeps the last good setup, so
   * what is typed stays on screen, in focus and under the person's key.
   */
  private resolveSetup(): boolean {
    const previous = this.setup;
    // Only the same person's conversation is kept through bad data: another person's never shows.
    const participant = participantIdOf(this.data);
    const isSamePerson = participant === '' || participant === previous?.participant;
    const { locale, t } = this.i18n;
    const context = { result: this.progress.result, valueGivenFor: this.valueGivenFor, locale, t };
    this.inputs.resolve(
      () => resolveSetup(this.inputs, this, context),
      this.drafts.isInProgress && isSamePerson,
    );
    const setup = this.inputs.setup;
    if (this.finished && this.finishedKey !== setup?.key) this.finished = undefined;
    if (!setup || this.inputs.isStale) return false;
    const isOpen = this.drafts.open(setup.key, setup.isAnonymous, {
      restore: (stored) => conversationDraftFrom(stored, setup.promptSet),
      fromValue: () => (this.value ? conversationDraftFrom(this.value, setup.promptSet) : undefined),
    });
    if (!isOpen) this.inputs.setup = previous;
    return isOpen;
  }

  private resolveDraft(changed: PropertyValues<this>): void {
    const isOpen = this.resolveSetup();
    const issues = this.inputs.takeNewIssues();
    // The data controller fires its own event for bad data; ours are the guide's own inputs.
    this.afterDraw.reportIssues(this.progress.result.status === 'ready' ? issues : undefined);
    const setup = this.setup;
    if (!setup || !isOpen) return;
    const fromValue =
      changed.has('value') && this.value ? conversationDraftFrom(this.value, setup.promptSet) : undefined;
    if (fromValue) {
      this.drafts.replace({ ...fromValue, step: this.draft.step });
      this.finished = undefined;
    } else if (this.draft.step > setup.promptSet.prompts.length) {
      this.drafts.replace({ ...this.draft, step: setup.promptSet.prompts.length });
    }
    // A host's `resilience-consent` turns the switch on; on the first update a restored draft's
    // "yes" is kept too (the property then follows the draft, in `updated`).
    const isHostConsent = changed.has('resilienceConsent') && (this.hasUpdated || this.resilienceConsent);
    if (isHostConsent && this.resilienceConsent !== this.draft.isResilienceShown) {
      this.drafts.save({ ...this.draft, isResilienceShown: this.resilienceConsent });
    }
    if (this.draft.focus && !this.isAreaShown(setup, this.draft.focus)) {
      // Consent withdrawn or another audience: a resilience focus goes with it.
      this.drafts.replace({ ...this.draft, focus: undefined });
    }
  }

  /**
   * The guide resolves all its inputs (data, prompt set, value, date) itself, and keeps a
   * conversation in progress on screen when one of them breaks: its error state comes from that
   * resolution, not from the data alone.
   */
  protected override render() {
    return html`${this.renderAudienceNotice()}${this.renderModel()}`;
  }

  protected override renderModel() {
    const setup = this.setup;
    if (!setup) return renderInvalidData(this.i18n.t, this.inputs.issues);
    if (this.finished) return renderFinished(this.i18n.t, this.startAgain);
    return renderGuide({
      t: this.i18n.t,
      locale: this.i18n.locale,
      // The second line's language, unless it is unknown or the element's own.
      second: secondVoiceOf(this.secondLocale, this.i18n.locale),
      setup,
      draft: this.draft,
      notice: this.drafts.notice,
      isStale: this.inputs.isStale,
      // The dimensions the audience (and consent) may show, each with its traits and items.
      groups: areaGroupsOf(setup.model, (id) => this.isAreaShown(setup, id)),
      isShown: (id) => this.isAreaShown(setup, id),
      isConsentAsked: isConsentAsked(setup.model.framework, this.viewer),
      isAllShown: this.allShownFor !== undefined && this.allShownFor === participantIdOf(this.data),
      isFill: this.fill,
      on: this.actions,
    });
  }

  /** Whether this viewer may see the area now: core's audience policy decides, the guide asks. */
  private isAreaShown(setup: Setup, id: string): boolean {
    const framework = setup.model.framework;
    return !framework || maySeeSeries(framework, this.viewer, id);
  }

  /** What a person can do, handed to the view. */
  private readonly actions: GuideActions = {
    write: (promptId, text) =>
      this.drafts.edit({ ...this.draft, answers: { ...this.draft.answers, [promptId]: text } }),
    choose: (id) => this.drafts.commit({ ...this.draft, focus: id }),
    writeNextStep: (text) => this.drafts.edit({ ...this.draft, nextStep: text }),
    chooseTarget: (target) => this.drafts.commit({ ...this.draft, target }),
    toggleConsent: () => {
      const isOn = !this.draft.isResilienceShown;
      // The property is what the data controller reads: resilience is aggregated only with consent.
      this.resilienceConsent = isOn;
      this.drafts.commit({ ...this.draft, isResilienceShown: isOn });
    },
    // The button stays where it is, focused; the lines it opens follow it.
    toggleAll: () => {
      const person = participantIdOf(this.data);
      this.allShownFor = this.allShownFor === person ? undefined : person;
    },
    goTo: (step) => this.goTo(step),
    finish: () => this.finish(),
    startAgain: () => this.startAgain(),
    pointerDown: (event) => this.swipe.down(event),
    pointerUp: (event) => {
      const count = this.setup?.promptSet.prompts.length ?? 0;
      const step = this.swipe.stepAfter(event, this.i18n.dir === 'rtl', this.draft.step, count);
      if (step !== undefined) this.goTo(step);
    },
  };
  private readonly swipe = new Swipe();

  /** Focus goes to the prompt's heading (or the closing words) once the guide has drawn them. */
  private focusAfterDraw(id: 'prompt' | 'done'): void {
    this.afterDraw.focusOn(() => this.renderRoot.querySelector<HTMLElement>(`#${id}`));
  }

  private goTo(step: number): void {
    const setup = this.setup;
    if (!setup) return;
    this.focusAfterDraw('prompt');
    this.drafts.commit({ ...this.draft, step: Math.max(0, Math.min(step, setup.promptSet.prompts.length)) });
  }

  /** The record as this viewer may hand it on: core builds it (`conversationRecordOf`). */
  private recordFor(setup: Setup, { trim = true } = {}): ConversationRecord {
    return conversationRecordOf(this.draft, setup.promptSet, setup.date, {
      trim,
      isShown: (id) => this.isAreaShown(setup, id),
      isConsentAsked: isConsentAsked(setup.model.framework, this.viewer),
      framework: setup.model.framework,
    });
  }

  private emitChange(): void {
    const setup = this.setup;
    if (!setup || this.finished) return;
    const detail: SporConversationChangeDetail = {
      record: this.recordFor(setup, { trim: false }),
      participant: setup.participant,
      step: this.draft.step,
      purpose: setup.promptSet.prompts[this.draft.step]?.purpose ?? 'finish',
      isResilienceShown: maySeeSelfReport(this.viewer),
    };
    this.emit('spor-conversation-change', detail);
  }

  private readonly finish = (): void => {
    const setup = this.setup;
    if (!setup) return;
    const parsed = parseConversationRecord(this.recordFor(setup), {
      promptSet: setup.promptSet,
      framework: setup.model.framework,
      locale: this.i18n.locale,
    });
    if (!parsed.ok) {
      // Only reachable if a host changed a property to something unusable between checks.
      this.emit('spor-invalid-data', { issues: parsed.issues });
      return;
    }
    this.drafts.cancel();
    this.emit('spor-conversation-complete', { record: parsed.data });
    this.finished = parsed.data;
    this.finishedKey = setup.key;
    this.drafts.clear();
    this.focusAfterDraw('done');
  };

  private readonly startAgain = (): void => {
    this.finished = undefined;
    this.focusAfterDraw('prompt');
    this.drafts.flush();
  };
}
