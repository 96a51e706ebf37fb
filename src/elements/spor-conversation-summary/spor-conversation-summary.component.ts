import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import {
  isConsentValid,
  labelOf,
  ownerOf,
  participantIdOf,
  recordFit,
  type RecordContext,
  parseConversationRecord,
  parsePromptSet,
  resolvePromptSet,
  type Change,
  type ConversationRecord,
  type PromptSet,
  type PromptSetInput,
} from '../../core/index.js';
import { type ProgressModel } from '../../controllers/progress-model.js';
import { areaGroupsOf } from '../../controllers/progress-view.js';
import { InputResolver, unusable, type Resolution } from '../../controllers/input-resolution.js';
import type { InvalidDataIssue } from '../../events/index.js';
import { formatDay } from '../../i18n/locale.js';
import { bdi, isolate, withIsolates } from '../../internal/bidi.js';
import { renderInvalidData } from '../../internal/invalid-data-view.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { headingLevelFrom } from '../../internal/heading-level.js';
import { tokens } from '../../themes/tokens.js';
import { SporDataElement } from '../shared/spor-data-element.js';
import { SporDimensionSummary } from '../spor-dimension-summary/spor-dimension-summary.component.js';
import { SporTraitStar } from '../spor-trait-star/spor-trait-star.component.js';
import { styles } from './spor-conversation-summary.styles.js';
import { conversationWords } from '../../i18n/conversation/words.js';
import type { ConversationTranslation } from '../../i18n/translation.js';
import { changeSentenceIn } from '../../controllers/change-words.js';
import { renderNextStep } from './next-step-view.js';

/** The record and its prompt set, once both are known to fit together. */
interface Setup {
  readonly record: ConversationRecord;
  readonly promptSet: PromptSet;
}

/** Rises lead, as everywhere in the kit; then steady, then dips; then what has no comparison. */
const directionOrder: Readonly<Record<Change['direction'], number>> = {
  rose: 0,
  steady: 1,
  dipped: 2,
  new: 3,
  none: 4,
};

/**
 * One finished conversation on one printable page, for the case file: the young person's name,
 * the date and the prompt set, every prompt with its answer, the focus area chosen (and last
 * time's, with how it went since), the young person's next step in their own words and their
 * target on the focus area's scale, what changed since last time in the kit's own sentences, the
 * trait star (now and last time) and the dimensions. Printed (or saved as PDF) it is an A4
 * portrait document: sections do not split across pages, the charts start on a page of their own.
 *
 * Resilience (self-reported, health-like) appears only when the record says that the young person
 * agreed in that conversation (`record.resilienceConsent`); core's audience policy decides with it,
 * and the element's own `resilience-consent` attribute is not read. A company never sees it.
 *
 * For A4 portrait, the host page sets `@page { size: A4 portrait; margin: 15mm }` (a page rule
 * cannot reach out of a shadow root).
 *
 * @tagname spor-conversation-summary
 * @summary A finished conversation as a printable page: answers, focus, changes and the charts.
 *
 * @fires spor-invalid-data - When `data`, `record` or `promptSet` cannot be used; `detail.issues` lists what is wrong.
 *
 * @csspart base - The page.
 * @csspart title - The heading with the young person's name.
 * @csspart meta - The date and the prompt set.
 * @csspart section - One section (answers, focus, changes, charts).
 * @csspart answer - One prompt with its answer.
 * @csspart error - The error state shown instead of the page.
 *
 * @cssprop [--spor-conversation-summary-max-width=48rem] - The page's width on screen.
 * @cssprop [--spor-conversation-summary-rule=1px solid var(--spor-color-grid)] - The line between sections.
 */
export class SporConversationSummary extends SporDataElement<ConversationTranslation> {
  protected readonly words = conversationWords;

  static override styles = [tokens, sharedStyles, styles];
  static override dependencies = {
    'spor-trait-star': SporTraitStar,
    'spor-dimension-summary': SporDimensionSummary,
  };

  /**
   * The finished conversation, as `spor-conversation-complete` hands it over: of the person shown
   * when it is set (with another person's `data` it is refused).
   */
  @property({ attribute: false }) record: ConversationRecord | undefined;

  /**
   * The record's prompts: a host's own prompt-set object, or empty (default) for the built-in set
   * the record names (`nextwork`, `next-level`).
   */
  @property({ attribute: 'prompt-set' }) promptSet: string | PromptSetInput = '';

  /** The level of the page's title heading (`heading-level`, 1–6, default 2); sections sit one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private readonly inputs = new InputResolver<Setup>(() => this.i18n.t.record.invalid);
  private newIssues: ReadonlyArray<InvalidDataIssue> | undefined;
  /** Whom the host's `record` was given for: the person shown when it was set (see `ownerOf`). */
  private recordGivenFor = '';

  /** The record beside the person shown now; its conversation is its own date. */
  private get recordContext(): RecordContext {
    const date = String((this.record as { date?: unknown } | undefined)?.date ?? '');
    return { givenFor: this.recordGivenFor, participant: participantIdOf(this.data), recordDate: date, date };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A record is the person's who was shown when the host set it: another person's never prints.
    this.recordGivenFor = changed.has('record')
      ? participantIdOf(this.data)
      : ownerOf(this.recordGivenFor, participantIdOf(this.data));
    // The young person's answer in that conversation, not the host's, and only on their own
    // record: core decides, and its policy reads it (the data controller runs after this hook).
    this.resilienceConsent = this.record !== undefined && isConsentValid(this.record, this.recordContext);
    if (changed.has('record') || changed.has('promptSet') || changed.has('data') || changed.has('locale')) {
      this.newIssues = undefined;
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    const result = this.progress.result;
    if (result.status === 'ready' && this.record !== undefined) {
      this.inputs.resolve(() => this.resolve(result), false);
      // New data is a new input too: a record refused for the next person is said for that person.
      this.newIssues = this.inputs.takeNewIssues(
        changed.has('record') || changed.has('promptSet') || changed.has('data'),
      );
    }
    super.update(changed);
  }

  protected override updated(): void {
    const issues = this.newIssues;
    this.newIssues = undefined;
    if (issues) this.emit('spor-invalid-data', { issues });
  }

  protected override renderModel(model: ProgressModel): TemplateResult {
    const t = this.i18n.t;
    if (this.record === undefined) return html`<p class="empty">${t.record.empty}</p>`;
    const setup = this.inputs.setup;
    if (!setup || this.inputs.issues.length > 0) return renderInvalidData(t, this.inputs.issues);
    const { record, promptSet } = setup;
    const locale = this.i18n.locale;
    const since = model.previousConversationDate(record.date) ?? '';
    const name = model.participantName;
    // A reference year of 0: the date on the page always says its year.
    const day = formatDay(locale, record.date, 0);
    return html`<article part="base" class="page" aria-labelledby="title">
      <header class="head">
        ${this.heading(0, withIsolates(t.record.title(isolate(name))), 'title')}
        <dl part="meta" class="meta">
          <div><dt>${t.record.date}</dt><dd>${day}</dd></div>
          <div><dt>${t.record.promptSet}</dt><dd>${bdi(labelOf(promptSet.label, locale))}</dd></div>
        </dl>
      </header>
      ${this.renderAnswers(promptSet, record)} ${this.renderFocus(model, record)}
      ${this.renderChanges(model, record, since)} ${this.renderCharts(model, record, since)}
    </article>`;
  }

  private renderAnswers(promptSet: PromptSet, record: ConversationRecord): TemplateResult {
    const t = this.i18n.t;
    return html`<section part="section" class="section answers">
      ${this.heading(1, t.record.answers)}
      <ol class="answer-list">
        ${promptSet.prompts.map((prompt) => {
          const answer = record.answers[prompt.id]?.trim() ?? '';
          return html`<li part="answer" class="answer">
            <p class="prompt">${bdi(labelOf(prompt.text, this.i18n.locale))}</p>
            <p class="answer-text ${answer ? '' : 'is-empty'}">${answer ? bdi(answer) : t.record.notAnswered}</p>
          </li>`;
        })}
      </ol>
    </section>`;
  }

  private renderFocus(model: ProgressModel, record: ConversationRecord): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    const last = model.previousFocus(record.date);
    if (!record.focus && !last && record.nextStep === undefined) return nothing;
    const label = (id: string) => isolate(model.labelOf(id));
    // How last time's area went since it was chosen: the model's one sentence, as the guide says it.
    const lastChange = last
      ? model.changesSince(last.date, record.date).find((c) => c.id === last.id)
      : undefined;
    const isLastShown = last !== undefined && model.seriesById(last.id) !== undefined;
    return html`<section part="section" class="section focus">
      ${this.heading(1, t.record.focusTitle)}
      <p class="focus-now">${record.focus ? withIsolates(t.record.focus(label(record.focus))) : t.record.noFocus}</p>
      ${
        last && isLastShown
          ? html`<p class="focus-last">
              ${withIsolates(t.record.lastFocus(label(last.id), formatDay(this.i18n.locale, last.date, Number(record.date.slice(0, 4)))))}
              ${lastChange ? withIsolates(changeSentenceIn(model, label(last.id), lastChange, last.date, last.id)) : nothing}
            </p>`
          : nothing
      }
      ${renderNextStep(t, this.i18n.locale, model, record, this.levelOf(2))}
    </section>`;
  }

  private renderChanges(model: ProgressModel, record: ConversationRecord, since: string): TemplateResult {
    const t = this.i18n.t;
    // The areas the conversation talked about (each dimension this viewer may see, then what is
    // under it), as the guide offers them; the sentences are the model's, by core's rule.
    const ids = areaGroupsOf(model).flatMap((group) => [group.id, ...group.areas.map((area) => area.id)]);
    const changes = since ? model.changesSince(since, record.date) : [];
    const byId = new Map(changes.map((c) => [c.id, c]));
    const ordered = since
      ? ids
          .map((id, index) => ({ id, index, change: byId.get(id) }))
          .sort(
            (a, b) =>
              directionOrder[a.change?.direction ?? 'none'] - directionOrder[b.change?.direction ?? 'none'] ||
              a.index - b.index,
          )
      : ids.map((id, index) => ({ id, index, change: undefined }));
    const title = since
      ? t.record.changesTitle(formatDay(this.i18n.locale, since, Number(record.date.slice(0, 4))))
      : t.record.firstTitle;
    return html`<section part="section" class="section changes">
      ${this.heading(1, title)}
      ${
        ordered.length === 0
          ? html`<p>${t.conversation.noData}</p>`
          : html`<ul class="change-list">
              ${ordered.map(
                ({ id, change }) =>
                  html`<li class="change ${change?.direction ?? ''}" data-series=${id}>${withIsolates(
                    changeSentenceIn(model, isolate(model.labelOf(id)), change, since, id),
                  )}</li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private renderCharts(model: ProgressModel, record: ConversationRecord, since: string): TemplateResult {
    const t = this.i18n.t;
    const star = unsafeStatic(this.tagOf('spor-trait-star'));
    const cards = unsafeStatic(this.tagOf('spor-dimension-summary'));
    const consent = this.resilienceConsent;
    const level = this.levelOf(2);
    return html`<section part="section" class="section charts">
      ${this.heading(1, t.record.chartsTitle)}
      ${
        model.selection('traits').length > 0
          ? staticHtml`<${star} class="star" .data=${this.data} date=${record.date} since=${since} heading-level=${level}
              audience=${this.shownAudience} ?resilience-consent=${consent} locale=${this.i18n.locale}></${star}>`
          : nothing
      }
      <div class="cards">
        ${this.heading(2, t.conversation.summaryTitle)}
        ${staticHtml`<${cards} .data=${this.data} date=${record.date} since=${since} focus=${record.focus ?? ''}
          audience=${this.shownAudience} ?resilience-consent=${consent} locale=${this.i18n.locale}></${cards}>`}
      </div>
    </section>`;
  }

  /** A heading `offset` levels below the title's, kept within h1–h6. */
  private heading(offset: number, content: unknown, id?: string): TemplateResult {
    const tag = unsafeStatic(`h${this.levelOf(offset)}`);
    return staticHtml`<${tag} part=${offset === 0 ? 'title' : nothing} class="heading h${offset}" id=${id ?? nothing}>${content}</${tag}>`;
  }

  private levelOf(offset: number): number {
    return headingLevelFrom(this.headingLevel, offset, 2);
  }

  /** The prompt set (the host's, or the built-in the record names) and the record, checked together. */
  private resolve(result: { readonly model: ProgressModel }): Resolution<Setup> {
    const t = this.i18n.t;
    const locale = this.i18n.locale;
    const model = result.model;
    if (recordFit(this.recordContext) === 'otherPerson') return unusable(['record'], t.record.otherPerson);
    const recordSet = (this.record as { promptSet?: unknown } | undefined)?.promptSet;
    const promptSet = this.inputs.builtinOrParsed(this.promptSet || undefined, {
      path: 'promptSet',
      locale,
      builtin: (id) => {
        const wanted = id ?? recordSet;
        return typeof wanted === 'string' ? resolvePromptSet(wanted) : undefined;
      },
      parse: parsePromptSet,
      unknownId: () => t.conversation.invalid.promptSet(String(recordSet ?? '')),
    });
    if (!('value' in promptSet)) return promptSet;
    const parsed = parseConversationRecord(this.record, {
      promptSet: promptSet.value,
      framework: model.framework,
      locale,
    });
    if (!parsed.ok) {
      return { setup: undefined, issues: parsed.issues.map((i) => ({ ...i, path: ['record', ...i.path] })) };
    }
    return { setup: { record: parsed.data, promptSet: promptSet.value }, issues: [] };
  }
}
