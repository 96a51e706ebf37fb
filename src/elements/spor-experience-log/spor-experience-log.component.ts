import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { localDateOf, logFor, parseExperience, participantIdOf, type Experience } from '../../core/index.js';
import { isolateIfSensitive } from '../../core/read/bidi-text.js';
import { AfterDrawController } from '../../controllers/after-draw.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { InputResolver, unusable, type Resolution } from '../../controllers/input-resolution.js';
import type { ProgressModel } from '../../controllers/progress-model.js';
import { logWords } from '../../i18n/log/words.js';
import type { LogTranslation } from '../../i18n/translation.js';
import type { Persist } from '../../internal/draft-storage.js';
import { renderInvalidData } from '../../internal/invalid-data-view.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { headingLevelFrom } from '../../internal/heading-level.js';
import { tokens } from '../../themes/tokens.js';
import { SporDataElement } from '../shared/spor-data-element.js';
import {
  emptyExperienceDraft,
  entryOf,
  experienceDraftFrom,
  isEmptyExperienceDraft,
  type ExperienceDraft,
} from './experience-draft.js';
import { renderLog, type Field, type LogActions } from './experience-view.js';
import { styles } from './spor-experience-log.styles.js';

/** What the log shows, resolved and checked from the properties. */
interface LogSetup {
  readonly model: ProgressModel;
  /** Today in the framework's time zone, `YYYY-MM-DD`: a new entry's date unless another is chosen. */
  readonly today: string;
  /** The entries this audience may see, newest first (core's `logFor`). */
  readonly entries: ReadonlyArray<Experience>;
  /** Whose log it is: `data.participant.id`, empty before the data names a person. */
  readonly participant: string;
  readonly isAnonymous: boolean;
  /** The new entry's draft key; a change to an entry is kept under this key and the entry's id. */
  readonly key: string;
}

/**
 * The young person's own log, phone first: write a short entry about something that happened
 * (the date, today by default; what it is about: work, social or other; the text) and choose who
 * will see it. Private is the default, and the switch says in words who sees the entry: only you,
 * or your mentor and the company at the next conversation. Below, the entries, newest first, each
 * with Change and Delete (Delete asks once).
 *
 * The element shows the host's `data`: saving and deleting fire events, and the host sets `data`
 * anew. With `audience="young-person"` every entry shows; without it, or with any other audience,
 * only the shared ones (core's policy: privacy fails closed). What is typed is never lost: drafts follow the same rules as
 * the conversation guide's (`persist`, storage that refuses, a host that refetches, another person).
 *
 * @tagname spor-experience-log
 * @summary The young person's log of work and social experiences, private unless shared.
 *
 * @fires spor-experience-save - An entry written or changed: `{ entry, participant, isNew }`, the entry valid under `ExperienceSchema`.
 * @fires spor-experience-delete - An entry the young person deleted (after saying yes once): `{ id, participant }`.
 * @fires spor-invalid-data - When `data` or `today` cannot be used; `detail.issues` says what is wrong.
 *
 * @csspart base - The log's outer box.
 * @csspart title - The log's title.
 * @csspart form - The form to write or change an entry.
 * @csspart date - The date field.
 * @csspart kind - The choice of what the entry is about.
 * @csspart text - The text field.
 * @csspart share - The switch that shares the entry.
 * @csspart save - The Save button.
 * @csspart entries - The list of entries.
 * @csspart entry - One entry.
 * @csspart error - The error state shown instead of the log.
 * @csspart input-notice - The notice that the host's data broke while something was being written; what is written stays.
 *
 * @cssprop [--spor-experience-log-accent=var(--spor-color-focus)] - The Save button, the switch when on, the entry being changed.
 * @cssprop [--spor-experience-log-background=var(--spor-color-surface)] - The log's background.
 */
export class SporExperienceLog extends SporDataElement<LogTranslation> {
  protected readonly words = logWords;

  static override styles = [tokens, sharedStyles, styles];
  static override dependencies = {};

  /** The day a new entry is dated by default, `YYYY-MM-DD`; default: today in the framework's time zone. */
  @property() today = '';

  /** Keeps what is being written across a reload: `none` (default), `session` or `local` storage. */
  @property() persist: Persist = 'none';

  /** The level of the title heading (`heading-level`, 1–6, default 3); the form and the list sit one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The entry being changed, by id; undefined while a new one is written. */
  @state() private editing: string | undefined;
  /** The entry whose deletion is being asked about. */
  @state() private confirming: string | undefined;
  @state() private status = '';
  @state() private issues: Partial<Record<Field, string>> = {};
  /** The person whose log was shown last: another person starts with nothing of theirs open. */
  private shownParticipant = '';
  private readonly afterDraw = new AfterDrawController(this, (issues) =>
    this.emit('spor-invalid-data', { issues }),
  );

  private readonly inputs = new InputResolver<LogSetup>(() => this.i18n.t.invalidData.title);
  private readonly drafts = new DraftController<ExperienceDraft>(this, {
    persist: () => this.persist,
    empty: emptyExperienceDraft,
    isEmpty: isEmptyExperienceDraft,
    notices: () => this.i18n.t.log,
  });

  /** True while something is written that is not saved yet. */
  get isInProgress(): boolean {
    return this.inputs.setup !== undefined && this.drafts.isInProgress;
  }

  // After the controllers' `hostUpdate`: the data's model is current.
  protected override update(changed: PropertyValues<this>): void {
    const participant = participantIdOf(this.data);
    if (participant !== '' && participant !== this.shownParticipant) {
      this.editing = undefined;
      this.confirming = undefined;
      this.status = '';
      this.issues = {};
      this.shownParticipant = participant;
    }
    this.resolve();
    super.update(changed);
  }

  /**
   * The setup from the properties, and the draft's key with it. While something is being written,
   * data that is missing or broken for a moment (a host refetching) keeps the last good setup, so
   * the text stays on screen, in focus and under the person's key. Another person's never does.
   */
  private resolve(): void {
    const previous = this.inputs.setup;
    const participant = participantIdOf(this.data);
    const isSamePerson = participant === '' || participant === previous?.participant;
    this.inputs.resolve(() => this.resolution(), this.drafts.isInProgress && isSamePerson);
    const issues = this.inputs.takeNewIssues();
    // The data controller fires its own event for bad data; ours is `today`.
    this.afterDraw.reportIssues(this.progress.result.status === 'ready' ? issues : undefined);
    const setup = this.inputs.setup;
    if (!setup || this.inputs.isStale) return;
    const entry = setup.entries.find((e) => e.id === this.editing);
    const key = this.editing === undefined ? setup.key : `${setup.key}:${this.editing}`;
    const isOpen = this.drafts.open(key, setup.isAnonymous, {
      restore: experienceDraftFrom,
      fromValue: () => (entry ? experienceDraftFrom(entry) : undefined),
    });
    if (!isOpen) {
      this.inputs.setup = previous;
      return;
    }
    // A change saved or given up earlier left an empty draft under the entry's key: the entry again.
    const fromEntry = entry && !this.drafts.isInProgress ? experienceDraftFrom(entry) : undefined;
    if (fromEntry) this.drafts.replace(fromEntry);
  }

  private resolution(): Resolution<LogSetup> {
    const result = this.progress.result;
    if (result.status === 'invalid') return { setup: undefined, issues: result.issues };
    const model = result.model;
    const today = localDateOf(this.today || new Date().toISOString(), model.timeZone);
    if (today === undefined) {
      return unusable(['today'], this.i18n.t.log.invalid.today(isolateIfSensitive(String(this.today))));
    }
    const participant =
      model.participantName === '' && model.framework === undefined ? '' : participantIdOf(this.data);
    return {
      setup: {
        model,
        today,
        entries: model.data ? logFor(model.data, { audience: this.shownAudience }) : [],
        participant,
        isAnonymous: participant === '',
        key: ['spor-experience-log', participant].join(':'),
      },
      issues: [],
    };
  }

  /** A real heading (`h1`–`h6`) `offset` levels below the title; the tag is from a fixed list, never data. */
  private heading = (offset: number, content: unknown, id: string, part?: string) => {
    const tag = unsafeStatic(`h${headingLevelFrom(this.headingLevel, offset)}`);
    return staticHtml`<${tag} id=${id} part=${part ?? id} class=${id} tabindex="-1">${content}</${tag}>`;
  };

  protected override render() {
    return html`${this.renderAudienceNotice()}${this.renderModel()}`;
  }

  protected override renderModel() {
    const setup = this.inputs.setup;
    if (!setup) return renderInvalidData(this.i18n.t, this.inputs.issues);
    return renderLog({
      t: this.i18n.t,
      locale: this.i18n.locale,
      today: setup.today,
      draft: this.drafts.draft,
      entries: setup.entries,
      editing: this.editing,
      confirming: this.confirming,
      issues: this.issues,
      notices: [this.drafts.notice, this.status].filter((line) => line !== ''),
      isStale: this.inputs.isStale,
      heading: this.heading,
      on: this.actions,
    });
  }

  private find(selector: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(selector);
  }

  /** A button of the entry `id` (`edit`, `delete`, `yes`, `no`). */
  private entryButton(id: string, action: string): HTMLElement | null {
    const entry = [...this.renderRoot.querySelectorAll<HTMLElement>('.entry')].find(
      (e) => e.dataset['id'] === id,
    );
    return entry?.querySelector<HTMLElement>(`[data-action="${action}"]`) ?? null;
  }

  /** A person changed the draft: stored now; the status and a message about the text go. */
  private change(draft: ExperienceDraft, field?: Field): void {
    this.status = '';
    if (field && this.issues[field]) this.issues = { ...this.issues, [field]: undefined };
    this.drafts.edit(draft);
  }

  private readonly actions: LogActions = {
    setDate: (value) => this.change({ ...this.drafts.draft, date: value }, 'date'),
    setKind: (kind) => this.change({ ...this.drafts.draft, kind }),
    write: (text) => {
      const draft = this.drafts.draft;
      // The day is fixed when writing starts: a draft finished tomorrow keeps today's date.
      this.change({ ...draft, text, date: draft.date || (this.inputs.setup?.today ?? '') }, 'text');
    },
    toggleShare: () => this.change({ ...this.drafts.draft, shared: !this.drafts.draft.shared }),
    save: (event) => {
      event.preventDefault();
      this.save();
    },
    cancelEdit: () => {
      const id = this.editing;
      this.drafts.clear();
      this.editing = undefined;
      this.issues = {};
      this.afterDraw.focusOn(() => (id === undefined ? null : this.entryButton(id, 'edit')));
    },
    startEdit: (id) => {
      this.editing = id;
      this.confirming = undefined;
      this.status = '';
      this.issues = {};
      this.afterDraw.focusOn(() => this.find('#text'));
    },
    askDelete: (id) => {
      this.confirming = id;
      this.status = '';
      this.afterDraw.focusOn(() => this.entryButton(id, 'no'));
    },
    keep: (id) => {
      this.confirming = undefined;
      this.afterDraw.focusOn(() => this.entryButton(id, 'delete'));
    },
    confirmDelete: (id) => this.delete(id),
  };

  private save(): void {
    const setup = this.inputs.setup;
    if (!setup) return;
    const t = this.i18n.t.log;
    const draft = this.drafts.draft;
    if (draft.text.trim() === '') {
      this.issues = { text: t.needsText };
      this.afterDraw.focusOn(() => this.find('#text'));
      return;
    }
    const parsed = parseExperience(entryOf(draft, setup.today), {
      framework: setup.model.framework,
      locale: this.i18n.locale,
    });
    if (!parsed.ok) {
      const issues: Partial<Record<Field, string>> = {};
      for (const issue of parsed.issues) {
        const field: Field = issue.path[0] === 'date' || issue.path[0] === 'text' ? issue.path[0] : 'form';
        issues[field] ??= issue.message;
      }
      this.issues = issues;
      const first = issues.date ? '#date' : issues.text ? '#text' : '#save';
      this.afterDraw.focusOn(() => this.find(first));
      return;
    }
    const isNew = !setup.entries.some((entry) => entry.id === parsed.data.id);
    this.emit('spor-experience-save', { entry: parsed.data, participant: setup.participant, isNew });
    this.drafts.clear();
    this.editing = undefined;
    this.issues = {};
    this.status = t.saved;
  }

  private delete(id: string): void {
    const setup = this.inputs.setup;
    if (!setup) return;
    this.emit('spor-experience-delete', { id, participant: setup.participant });
    if (this.editing === id) {
      this.drafts.clear();
      this.editing = undefined;
    }
    this.confirming = undefined;
    this.status = this.i18n.t.log.deleted;
    this.afterDraw.focusOn(() => this.find('#list-title'));
  }
}
