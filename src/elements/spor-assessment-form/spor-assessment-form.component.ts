import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  questionnaireScore,
  type Assessment,
  type FrameworkInput,
  type InstrumentItem,
  type ProgressData,
  type Rater,
} from '../../core/index.js';
import {
  assessmentOf,
  choiceStepOf,
  isOnePerScreen,
  missingItemsOf,
  screenOf,
  isAnotherPerson,
} from '../../core/progress/assessment-form.js';
import { valueOwnerAfter } from '../../core/people/host-value.js';
import { participantIdOf } from '../../core/people/person-boundary.js';
import { recordOf, resolveAssessmentSetup, withOwnerOf } from '../../controllers/assessment-setup.js';
import type { AssessmentSetup as Setup } from '../../controllers/assessment-setup.js';
import { submitRefusalOf } from '../../controllers/self-rating-check.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { FormAssociationController, type FormEntry } from '../../controllers/form-association-controller.js';
import { InputResolver } from '../../controllers/input-resolution.js';
import type { InvalidDataIssue } from '../../events/index.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { tokens } from '../../themes/tokens.js';
import { SporLocalizedElement } from '../shared/spor-localized-element.js';
import { draftOfValue, emptyDraft, isEmptyDraft, restoreDraft } from '../../controllers/assessment-draft.js';
import type { Draft, Persist } from '../../controllers/assessment-draft.js';
import { renderHead, renderList, renderScreen, renderSent, renderUnusable } from './assessment-form-views.js';
import type { FormView } from './assessment-form-views.js';
import { styles } from './spor-assessment-form.styles.js';
import { formWords } from '../../i18n/form/words.js';
import type { FormTranslation } from '../../i18n/translation.js';

export type AssessmentFormMode = 'list' | 'one-per-screen';

/** The properties the setup is made of: a change to one of them resolves it anew. */
const personInputs = ['participant', 'value', 'data'] as const;
const formInputs = ['framework', 'instrument', 'rater', 'date'] as const;
const inputNames = [...personInputs, ...formInputs, 'locale', 'persist'] as const;

/** Who the assessment is about. Only `id` is needed (for the draft's key); the name is shown. */
export interface AssessmentFormParticipant {
  readonly id: string;
  readonly displayName?: string;
}

/**
 * A form for one assessment, made from the framework's instrument: the company's weekly report,
 * the monthly determination rating, or the young person's self-report questionnaire. Each rated
 * item is a row of large buttons, one per value of the scale with its label ("4 – Næsten altid"),
 * plus "not observed" where the instrument allows it; text items are text fields. A questionnaire
 * shows one statement at a time with progress, and its score only when the host asks for it.
 *
 * Every rated item needs an answer (a value, or "not observed" where offered), so a skipped row is
 * never mistaken for "not observed"; a text item needs one when the framework marks it `required`.
 * A questionnaire (an instrument with a scoring rule) offers no "not observed".
 *
 * It is form-associated: inside a `<form>` it takes part in validity, reset and `disabled`, and
 * submits the assessment as JSON under its `name`.
 *
 * @tagname spor-assessment-form
 * @summary A weekly report, a monthly rating or a questionnaire, from the framework's instrument.
 *
 * @fires spor-assessment-submit - When a complete assessment is sent; `detail.assessment` is valid under `AssessmentSchema`, `detail.score` is the questionnaire's score.
 * @fires spor-invalid-data - When `framework`, `instrument`, `rater`, `participant`, `date`, `value` or `data` cannot be used (a week rated already too); `detail.issues` says what is wrong.
 *
 * @csspart base - The form's outer box.
 * @csspart title - The instrument's name.
 * @csspart item - One item's row.
 * @csspart scale - The row of buttons of a rated item (its radiogroup).
 * @csspart option - One button of the scale; `option checked` when chosen.
 * @csspart textarea - A text item's field.
 * @csspart progress - The progress of a questionnaire shown one statement at a time.
 * @csspart submit - The send button.
 * @csspart confirmation - What is shown after sending.
 * @csspart error - The error state shown instead of the form.
 * @csspart input-notice - The notice that the host's input broke while a person was typing; what they typed stays.
 *
 * @cssprop [--spor-assessment-form-background=var(--spor-color-surface)] - The form's background.
 * @cssprop [--spor-assessment-form-accent=var(--spor-color-focus)] - The chosen button and the send button.
 * @cssprop [--spor-assessment-form-option-min-size=2.75rem] - The smallest side of a button (44 px).
 * @cssprop [--spor-assessment-form-border=1px solid var(--spor-color-grid)] - The form's edge; `0` inside a host's own card.
 * @cssprop [--spor-assessment-form-padding=1.25rem] - The space inside the edge.
 */
export class SporAssessmentForm extends SporLocalizedElement<FormTranslation> {
  protected readonly words = formWords;

  static override styles = [tokens, sharedStyles, styles];
  static formAssociated = true;

  /** The framework: a built-in id (default `nextwork`) or a whole framework object. */
  @property() framework: string | FrameworkInput = 'nextwork';

  /** The instrument id (`weekly-company`); default: the framework's first instrument. */
  @property() instrument = '';

  /**
   * Who the assessment is about, `{ id, displayName }`. Its id keys the draft (with the framework,
   * instrument, date and the rater's id or name): another person never sees, stores or submits it.
   */
  @property({ attribute: false }) participant: AssessmentFormParticipant | undefined;

  /** Who rates, `{ role, id?, name?, placementId? }`; default: the instrument's first rater role. */
  @property({ attribute: false }) rater: Rater | undefined;

  /** The assessment's date, `YYYY-MM-DD`; default: today in the framework's time zone. */
  @property() date = '';

  /**
   * An assessment to edit; its id, answers and (unless given) date and rater are kept. It belongs to
   * the participant shown when it was set: kept while the host switches to another person, it is
   * refused (`spor-invalid-data`) and nothing of it is shown, stored or submitted for them.
   */
  @property({ attribute: false }) value: Assessment | undefined;

  /**
   * The person's whole `ProgressData`. For the young person's own rating (`self-weekly`), a week rated
   * already (framework time zone) is said plainly instead of the form, and a submit of it refused.
   */
  @property({ attribute: false }) data: ProgressData | undefined;

  /** `list` (every item at once) or `one-per-screen`; default: `one-per-screen` for a questionnaire. */
  @property() mode: AssessmentFormMode | '' = '';

  /** Shows a questionnaire's score and band once every statement is answered. */
  @property({ type: Boolean, attribute: 'show-score' }) showScore = false;

  /** Keeps the draft across a reload: `none` (default), `session` or `local` storage. */
  @property() persist: Persist = 'none';

  /** The name the assessment is submitted under, as JSON, in a `<form>`. */
  @property({ reflect: true }) name = '';

  /** Turns every control off. A disabled `<fieldset>` around the element does the same. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private showErrors = false;
  @state() private screen = 0;
  @state() private sent: { readonly assessment: Assessment; readonly score: number | undefined } | undefined;

  /** Drafts by key, so switching instrument, date or participant and back loses nothing. */
  private readonly drafts = new DraftController<Draft>(this, {
    persist: () => this.persist,
    empty: emptyDraft,
    isEmpty: isEmptyDraft,
    notices: () => this.i18n.t.form,
  });
  private readonly inputs = new InputResolver<Setup>(() => this.i18n.t.invalidData.title);
  /** Value, validity, reset, `disabled` and a restored state in a host's `<form>`. */
  private readonly association = new FormAssociationController(this, {
    entry: () => this.formEntry(),
    messages: () => ({
      unusable: this.i18n.t.invalidData.title,
      missing: (count) => `${this.i18n.t.form.validity} ${this.i18n.t.form.missing(count)}`,
    }),
    onReset: () => {
      this.drafts.clear(this.setup ? draftOfValue(this.setup, this.value) : undefined);
      this.showErrors = false;
      this.screen = 0;
      this.sent = undefined;
    },
    onInvalid: () => (this.showErrors = true),
  });
  private newIssues: ReadonlyArray<InvalidDataIssue> | undefined;
  private resolvedLocale = '';
  /** The participant the host's `value` was given for (core's rule); '' while nobody is named. */
  private valueOwner = '';

  private get setup(): Setup | undefined {
    return this.inputs.setup;
  }

  private get draft(): Draft {
    return this.drafts.draft;
  }

  /** The form this element belongs to, as for native controls. */
  get form(): HTMLFormElement | null {
    return this.association.form;
  }

  /** True when every needed answer is there. */
  checkValidity(): boolean {
    return this.association.checkValidity();
  }

  /** Like `checkValidity`, and shows the missing answers at their items. */
  reportValidity(): boolean {
    return this.association.reportValidity();
  }

  /** The questionnaire's score for the answers so far, or undefined (no rule, or not all answered). */
  get score(): number | undefined {
    const setup = this.setup;
    return setup ? questionnaireScore(setup.framework, setup.instrument, this.draft.ratings) : undefined;
  }

  formResetCallback(): void {
    this.association.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.association.disable(disabled);
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.association.restore(state); // kept until the draft it was saved for is open
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The locale may also change through a `lang` attribute above the element.
    const isLocaleChanged = this.i18n.locale !== this.resolvedLocale;
    const isChanged =
      inputNames.some((key) => changed.has(key)) || isLocaleChanged || this.association.hasNewRestore;
    if (!isChanged && this.setup !== undefined) return;
    this.resolvedLocale = this.i18n.locale;
    const previous = this.setup;
    const participantId = participantIdOf({ participant: this.participant });
    this.valueOwner = valueOwnerAfter(this.valueOwner, changed.has('value'), participantId);
    // A person is a boundary: what the last person's setup holds is never kept on screen for another.
    const isOtherPerson = isAnotherPerson(previous?.participantId ?? '', participantId);
    this.inputs.resolve(() => this.resolve(), this.drafts.isInProgress && !isOtherPerson);
    this.newIssues = this.inputs.takeNewIssues(inputNames.some((key) => changed.has(key)));
    const resolved = this.inputs.setup;
    if (!resolved || this.inputs.isStale) return;
    const isNewKey = resolved.key !== this.drafts.key;
    const source = {
      restore: (stored: unknown) => restoreDraft(resolved, stored),
      fromValue: () => draftOfValue(resolved, this.value),
    };
    // A participant missing for a moment: the person's draft stays open, under their name.
    const isOpened = this.drafts.open(resolved.key, resolved.isAnonymous, source);
    const setup = isOpened || !previous ? resolved : withOwnerOf(resolved, previous);
    this.inputs.setup = setup;
    if (changed.has('value') && this.value !== undefined) {
      const fromValue = draftOfValue(setup, this.value);
      if (fromValue) {
        this.drafts.replace(fromValue);
        this.sent = undefined;
      }
    } else if (isNewKey && setup.key === resolved.key) {
      // A new date keeps the "sent" note (the next week's report follows the last); another
      // person or instrument does not.
      if (this.sent && setup.subject !== previous?.subject) this.sent = undefined;
      this.screen = 0;
    }
    const fromState = restoreDraft(setup, this.association.takeRestored(setup.key, setup.isAnonymous));
    if (fromState) this.drafts.replace(fromState);
  }

  protected override updated(): void {
    const issues = this.newIssues;
    this.newIssues = undefined;
    if (issues) this.emit('spor-invalid-data', { issues });
  }

  protected override render() {
    const t = this.i18n.t;
    const setup = this.setup;
    if (!setup) return renderUnusable(t, this.inputs.issues);
    const view = this.viewOf(setup);
    return html`<div part="base" class="form" role="group" aria-labelledby="title">
      ${renderHead(view)}
      ${this.sent ? renderSent(view) : isOnePerScreen(this.mode, setup.instrument) ? renderScreen(view) : renderList(view)}
      <p class="status" role="status">${this.drafts.notice}</p>
      ${this.inputs.isStale ? html`<p part="input-notice" class="notice" role="status">${t.invalidData.kept}</p>` : nothing}
    </div>`;
  }

  private viewOf(setup: Setup): FormView {
    const { draft, showErrors, isDisabled, screen, showScore, score, sent, submit, startAgain } = this;
    const missing = new Set(this.missingItems(setup).map((item) => item.id));
    const onScaleKey = (event: KeyboardEvent, item: InstrumentItem) => this.onScaleKey(event, setup, item);
    const [choose, write, goTo] = [this.choose.bind(this), this.write.bind(this), this.goTo.bind(this)];
    const { t, locale } = this.i18n;
    const state = { draft, missing, showErrors, isDisabled, screen, showScore, score, sent };
    return { setup, t, locale, ...state, choose, write, onScaleKey, goTo, submit, startAgain };
  }

  private get isDisabled(): boolean {
    return this.disabled || this.association.isDisabled;
  }

  private onScaleKey(event: KeyboardEvent, setup: Setup, item: InstrumentItem): void {
    const target = event.target as HTMLElement;
    const index = Number(target.dataset['index'] ?? 0);
    const isRtl = getComputedStyle(this).direction === 'rtl';
    const next = choiceStepOf(event.key, index, setup.choices.length, isRtl);
    if (next === undefined) return;
    event.preventDefault();
    const choice = setup.choices[next];
    if (!choice || this.isDisabled) return;
    // Like native radios: the arrow keys move and choose at once.
    this.choose(item.id, choice.value);
    const radio = `[data-item="${item.id}"] [data-index="${next}"]`;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(radio)?.focus());
  }

  private choose(itemId: string, value: number | null): void {
    this.drafts.edit({ ...this.draft, ratings: { ...this.draft.ratings, [itemId]: value } });
  }

  private write(itemId: string, text: string): void {
    this.drafts.edit({ ...this.draft, notes: { ...this.draft.notes, [itemId]: text } });
  }

  private async goTo(screen: number): Promise<void> {
    this.screen = screen;
    await this.updateComplete;
    const item = this.setup?.ratedItems[screen];
    // Past the last statement: the review's first text field, else the send button (in that order).
    const review = this.renderRoot.querySelector<HTMLElement>('textarea, .submit');
    (item ? this.itemTarget(item.id) : review)?.focus();
  }

  /** An item's tab stop: the chosen button (else the first) of a rated item, a text item's field. */
  private itemTarget(itemId: string): HTMLElement | null | undefined {
    const group = this.renderRoot.querySelector(`[data-item="${itemId}"]`);
    return (
      group?.querySelector<HTMLElement>('[tabindex="0"]') ??
      this.renderRoot.querySelector<HTMLElement>(`#text-${itemId}`)
    );
  }

  private missingItems(setup: Setup): InstrumentItem[] {
    return missingItemsOf(setup.ratedItems, setup.textItems, this.draft);
  }

  private readonly submit = async (): Promise<void> => {
    const setup = this.setup;
    if (!setup || this.isDisabled) return;
    const [first] = this.missingItems(setup);
    if (first) {
      this.showErrors = true;
      if (isOnePerScreen(this.mode, setup.instrument)) this.screen = screenOf(setup.ratedItems, first);
      await this.updateComplete;
      this.itemTarget(first.id)?.focus();
      return;
    }
    const refusal = submitRefusalOf(() => this.resolve());
    const record = refusal.length > 0 ? { issues: refusal } : recordOf(setup, this.draft, this.i18n.locale);
    if ('issues' in record) {
      // A week rated meanwhile is said in place of the form (the host hears it here, once).
      if (refusal.length > 0) {
        this.inputs.resolve(() => this.resolve(), false);
        this.inputs.takeNewIssues();
      }
      this.requestUpdate();
      return void this.emit('spor-invalid-data', { issues: record.issues });
    }
    this.emit('spor-assessment-submit', record);
    // Inside a host form, our button sends the form too, as a native submit button would.
    this.association.requestSubmit();
    this.sent = record;
    this.drafts.clear();
    this.showErrors = false;
    this.screen = 0;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sent')?.focus();
  };

  private readonly startAgain = async (): Promise<void> => {
    this.sent = undefined;
    await this.updateComplete;
    const first = this.setup?.ratedItems[0];
    if (first) this.itemTarget(first.id)?.focus();
  };

  private resolve() {
    const { framework, instrument, participant, rater, date, value, valueOwner, data } = this;
    const sentId = this.sent?.assessment.id; // in the host's new `data`, and no second rating
    const inputs = { framework, instrument, participant, rater, date, value, valueOwner, data, sentId };
    return resolveAssessmentSetup(this.inputs, inputs, this.i18n.t, this.i18n.locale);
  }

  /** What the host's form holds: the sent assessment, the complete one, or what is missing. */
  private formEntry(): FormEntry {
    const setup = this.setup;
    if (!setup) return { kind: 'unusable' };
    // Saved with the draft's key: the browser gives it back only to this person's draft.
    const state = JSON.stringify({ ...this.draft, key: setup.key });
    if (this.sent) return { kind: 'complete', value: JSON.stringify(this.sent.assessment), state };
    const missing = this.missingItems(setup);
    const [first] = missing;
    const assessment = assessmentOf(
      { ...setup, id: this.draft.id, instrument: setup.instrument.id },
      this.draft,
    );
    if (!first) return { kind: 'complete', value: JSON.stringify(assessment), state };
    const anchor = () =>
      this.itemTarget(first.id) ?? this.renderRoot.querySelector<HTMLElement>('.submit') ?? undefined;
    return { kind: 'missing', count: missing.length, state, anchor };
  }
}
