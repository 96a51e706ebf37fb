import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { type ProgressModel } from '../../controllers/progress-model.js';
import {
  ownViewOf,
  plainVoiceOf,
  type OwnFocus,
  type OwnLevel,
  type OwnReading,
  type OwnScale,
  type OwnTrait,
  type OwnView,
} from '../../controllers/own-view.js';
import { audienceOf, maySeeOwnReading, participantIdOf, type Audience } from '../../core/index.js';
import { formatDay, formatNumber } from '../../i18n/locale.js';
import { ownWords } from '../../i18n/own/words.js';
import type { OwnTranslation } from '../../i18n/translation.js';
import { bdi } from '../../internal/bidi.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { headingLevelFrom } from '../../internal/heading-level.js';
import { tokens } from '../../themes/tokens.js';
import { SporDataElement } from '../shared/spor-data-element.js';
import { SporSparkline } from '../spor-sparkline/spor-sparkline.component.js';
import { styles } from './spor-my-progress.styles.js';

/** The notes shown before "show all": the newest few, so the page stays short on a phone. */
const firstNotes = 5;

/**
 * The young person's own page, phone first: what went well (the companies' "done well" notes,
 * newest first), their focus and next step from the last conversation with how the focus has moved
 * since, their traits now in plain words with a small line each, and their own reading beside the
 * company's. It never shows more than the `young-person` audience may see, whatever `audience` the
 * host sets: no counsellor ratings or notes, no companies' concerns, resilience only as their own
 * answers; and a host that says it is a company (or an unknown audience) gets no own readings.
 * Every number comes with words ("4 af 5"); headings and lists carry the structure.
 *
 * @tagname spor-my-progress
 * @summary The young person's own page: what went well, my focus, my traits, my own reading.
 *
 * @fires spor-invalid-data - When `data` cannot be shown; `detail.issues` lists what is wrong.
 *
 * @csspart base - The page.
 * @csspart title - The page's heading.
 * @csspart section - Each of the four parts.
 * @csspart note - One "done well" note.
 * @csspart focus - The focus, next step and how it moved.
 * @csspart trait - One trait's line.
 * @csspart reading - One trait's own reading beside the company's.
 * @csspart error - The error state shown instead of the page.
 *
 * @cssprop [--spor-my-progress-card-background=var(--spor-color-surface)] - A part's background.
 * @cssprop [--spor-my-progress-card-border=#c8ccd2] - A part's edge.
 */
export class SporMyProgress extends SporDataElement<OwnTranslation> {
  protected readonly words = ownWords;

  static override styles = [tokens, sharedStyles, styles];
  static override dependencies = { 'spor-sparkline': SporSparkline };

  /** The level of the page's heading (`heading-level`, 1–6, default 2); the parts sit one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Whose notes are all open: the person's id, so a host that switches to someone else shows
   * them the page as it opens for them (the newest few), never what the last person had opened.
   */
  @state() private notesOpenFor: string | undefined;

  private get isAllNotesShown(): boolean {
    const participant = participantIdOf(this.data);
    return participant !== '' && this.notesOpenFor === participant;
  }

  /** The young person's own page is always the `young-person` audience's view. */
  protected override get requestedAudience(): Audience {
    return 'young-person';
  }

  protected override renderModel(model: ProgressModel): TemplateResult {
    const t = this.i18n.t.own;
    if (!model.data) return this.renderEmpty();
    // The scale's maximum, as "af 5": a whole number.
    const format = (value: number) => formatNumber(this.i18n.locale, value, 0);
    // Privacy fails closed: a host that says it is a company (or says something unknown) gets no own readings.
    const isOwnShown = maySeeOwnReading({ audience: audienceOf(this.audience).audience });
    const view = ownViewOf(model, plainVoiceOf(this.i18n.locale, this.i18n.t, format), isOwnShown);
    return html`<article part="base" class="page" aria-labelledby="title">
      ${this.heading(0, t.title, 'title')}
      <p class="intro">${t.intro}</p>
      ${this.renderNotes(view)} ${this.renderFocus(view.focus)} ${this.renderTraits(view.traits)}
      ${this.renderReadings(view.readings)}
    </article>`;
  }

  private heading(offset: number, content: unknown, id: string): TemplateResult {
    const tag = unsafeStatic(`h${headingLevelFrom(this.headingLevel, offset, 2)}`);
    return staticHtml`<${tag} id=${id} part=${offset === 0 ? 'title' : nothing} class=${offset === 0 ? 'title' : offset === 1 ? 'heading' : 'subheading'}>${content}</${tag}>`;
  }

  private section(id: string, heading: string, body: unknown, extra = ''): TemplateResult {
    return html`<section part="section" class="section ${extra}" aria-labelledby=${id}>
      ${this.heading(1, heading, id)} ${body}
    </section>`;
  }

  private n(value: number, digits = 1): string {
    return formatNumber(this.i18n.locale, value, digits);
  }

  private day(date: string): string {
    return formatDay(this.i18n.locale, date);
  }

  private renderNotes(view: OwnView): TemplateResult {
    const t = this.i18n.t.own.wentWell;
    const notes = view.notes;
    if (notes.length === 0)
      return this.section('went-well', t.heading, html`<p class="empty">${t.empty}</p>`);
    const shown = this.isAllNotesShown ? notes : notes.slice(0, firstNotes);
    return this.section(
      'went-well',
      t.heading,
      html`<p class="lead">${t.intro}</p>
        <ul class="notes" id="notes">
          ${shown.map(
            (note) => html`<li part="note" class="note">
              <p class="note-text">${bdi(note.text)}</p>
              <p class="meta"><time datetime=${note.date}>${formatDay(this.i18n.locale, note.date, undefined, 'short')}</time></p>
            </li>`,
          )}
        </ul>
        ${
          notes.length > firstNotes
            ? html`<button type="button" class="more" aria-controls="notes" aria-expanded=${this.isAllNotesShown ? 'true' : 'false'}
                @click=${() => (this.notesOpenFor = this.isAllNotesShown ? undefined : participantIdOf(this.data))}>
                ${this.isAllNotesShown ? t.showFewer : t.showAll(notes.length)}
              </button>`
            : nothing
        }`,
    );
  }

  private renderFocus(focus: OwnFocus | undefined): TemplateResult {
    const t = this.i18n.t.own.focus;
    if (!focus) return this.section('focus', t.heading, html`<p class="empty">${t.none}</p>`);
    const max = this.n(focus.scale.max, 0);
    return this.section(
      'focus',
      t.heading,
      html`<div part="focus" class="focus">
        <p class="focus-area">${t.area(focus.label)}</p>
        <p class="meta">${t.from(this.day(focus.date))}</p>
        ${this.heading(2, t.stepHeading, 'next-step')}
        ${
          focus.nextStep
            ? html`<blockquote class="step"><p>${bdi(focus.nextStep)}</p></blockquote>`
            : html`<p class="empty">${t.noStep}</p>`
        }
        ${focus.target !== undefined ? html`<p class="target">${t.target(this.n(focus.target, 0), max)}</p>` : nothing}
        ${this.heading(2, t.movedHeading, 'moved')}
        <p class="moved">${focus.moved}</p>
      </div>`,
      'is-focus',
    );
  }

  private levelText(label: string, level: OwnLevel | undefined, scale: OwnScale): string {
    const t = this.i18n.t.own.traits;
    if (!level) return t.none(label);
    return t.line(label, this.n(level.now.value), this.n(scale.max, 0), t.steps[level.step]);
  }

  private renderTraits(traits: ReadonlyArray<OwnTrait>): TemplateResult {
    const t = this.i18n.t.own.traits;
    if (traits.length === 0) return this.section('traits', t.heading, html`<p class="empty">${t.empty}</p>`);
    const sparkline = unsafeStatic(this.tagOf('spor-sparkline'));
    return this.section(
      'traits',
      t.heading,
      html`<ul class="traits">
        ${traits.map(
          (trait) => html`<li part="trait" class="trait">
            <p class="trait-text">${this.levelText(trait.label, trait.level, trait.scale)}</p>
            ${
              trait.line.length > 1
                ? staticHtml`<${sparkline} .values=${trait.line} .min=${trait.scale.min} .max=${trait.scale.max}
                  label=${trait.label} locale=${this.i18n.locale}></${sparkline}>`
                : nothing
            }
          </li>`,
        )}
      </ul>`,
    );
  }

  private renderReadings(readings: ReadonlyArray<OwnReading>): TemplateResult {
    const t = this.i18n.t.own.self;
    if (readings.length === 0) return this.section('own', t.heading, html`<p class="empty">${t.empty}</p>`);
    return this.section(
      'own',
      t.heading,
      html`<p class="lead">${t.intro}</p>
        <ul class="readings">
          ${readings.map((reading) => {
            const max = this.n(reading.scale.max, 0);
            return html`<li part="reading" class="reading">
              <p class="reading-label">${bdi(reading.label)}</p>
              <p class="you"><span class="mark you-mark" aria-hidden="true"></span>${t.you(this.n(reading.self.now.value), max)}</p>
              <p class="company">
                <span class="mark company-mark" aria-hidden="true"></span>${
                  reading.company ? t.company(this.n(reading.company.now.value), max) : t.noCompany
                }
              </p>
            </li>`;
          })}
        </ul>`,
    );
  }
}
