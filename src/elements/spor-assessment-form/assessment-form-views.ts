/**
 * The assessment form's items and score as Lit templates: what the element draws for one item, from
 * its setup and draft. Every decision comes from core (`missingItemsOf`, `legendOf`, `shownScoreOf`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { labelOf, limits, roleLabel, type Assessment, type InstrumentItem } from '../../core/index.js';
import { answeredCountOf, legendOf, shownScoreOf } from '../../core/progress/assessment-form.js';
import type { AssessmentSetup, Choice } from '../../controllers/assessment-setup.js';
import { formatDay, formatNumber } from '../../i18n/locale.js';
import type { FormTranslation } from '../../i18n/translation.js';
import { bdi, isolate, withIsolates } from '../../internal/bidi.js';
import type { Draft } from '../../controllers/assessment-draft.js';
import { isAlreadyRated } from '../../controllers/self-rating-check.js';
import type { InvalidDataIssue } from '../../events/index.js';
import type { CommonTranslation } from '../../i18n/translation.js';
import { renderInvalidData } from '../../internal/invalid-data-view.js';

/** What the form's items are drawn from, and what a person's input calls. */
export interface FormView {
  readonly setup: AssessmentSetup;
  readonly draft: Draft;
  readonly t: FormTranslation;
  readonly locale: string;
  /** The ids of the items that still need an answer (core's `missingItemsOf`). */
  readonly missing: ReadonlySet<string>;
  /** True once the missing answers are to be shown at their items. */
  readonly showErrors: boolean;
  readonly isDisabled: boolean;
  readonly choose: (itemId: string, value: number | null) => void;
  readonly write: (itemId: string, text: string) => void;
  readonly onScaleKey: (event: KeyboardEvent, item: InstrumentItem) => void;
  /** The statement shown one at a time (a questionnaire); past the last: the review. */
  readonly screen: number;
  readonly showScore: boolean;
  /** The score of the answers so far, and what was sent (with its score) once it is. */
  readonly score: number | undefined;
  readonly sent: { readonly assessment: Assessment; readonly score: number | undefined } | undefined;
  readonly goTo: (screen: number) => unknown;
  readonly submit: () => unknown;
  readonly startAgain: () => unknown;
}

/** A questionnaire's score and band, or that it comes once every statement is answered; nothing without a scoring rule. */
export function renderScore(view: FormView, score: number | undefined): TemplateResult {
  const { setup, t } = view;
  const scoring = setup.instrument.scoring;
  if (!scoring) return html``;
  const shown = shownScoreOf(setup.framework, setup.instrument, score);
  if (!shown) return html`<p class="score is-pending">${t.form.scoreIncomplete}</p>`;
  const locale = view.locale;
  const { value, band } = shown;
  return html`<p class="score">
    ${withIsolates(t.form.score(isolate(labelOf(scoring.label, locale)), formatNumber(locale, value, 2), band ? isolate(labelOf(band.label, locale)) : ''))}
  </p>`;
}

/**
 * What the form shows when its inputs cannot be used: the error state, or, when the only problem is
 * a week the young person has rated already, that as a plain note (still `part="error"`).
 */
export function renderUnusable(
  t: CommonTranslation,
  issues: ReadonlyArray<InvalidDataIssue>,
): TemplateResult {
  const [only] = issues;
  if (issues.length !== 1 || !only || !isAlreadyRated(only)) return renderInvalidData(t, issues);
  return html`<div part="error" class="sent rated" role="status">
    <p class="sent-title">${withIsolates(only.message)}</p>
  </div>`;
}

/** The instrument's name, and who is assessed, on which day, by whom. */
export function renderHead(view: FormView): TemplateResult {
  const { setup, t, locale } = view;
  const raterText = t.form.rater(
    isolate(roleLabel(setup.framework, setup.rater.role, locale)),
    isolate(setup.rater.name ?? ''),
  );
  // A div, not a header: a header here would be a page banner, and a page with two forms two.
  return html`<div class="head">
    <p part="title" class="title" id="title">${bdi(labelOf(setup.instrument.label, locale))}</p>
    <p class="meta">${withIsolates(t.form.about(isolate(setup.participantName), formatDay(locale, setup.date, 0)))} · ${withIsolates(raterText)}</p>
  </div>`;
}

/** Every item at once, then the send button. */
export function renderList(view: FormView): TemplateResult {
  return html`<div class="items">
      ${view.setup.ratedItems.map((item) => renderRated(view, item))}
      ${view.setup.textItems.map((item) => renderText(view, item))}
    </div>
    ${renderActions(view)}`;
}

/** A questionnaire one statement at a time: its progress, the statement, then the review and send. */
export function renderScreen(view: FormView): TemplateResult {
  const { setup, t } = view;
  const total = setup.ratedItems.length;
  const index = Math.min(view.screen, total);
  const item = setup.ratedItems[index];
  const answered = answeredCountOf(setup.ratedItems, view.draft);
  return html`<div class="progress" part="progress">
      <span class="progress-text">${item ? t.form.progress(index + 1, total) : t.form.review}</span>
      <progress max=${total} .value=${item ? index + 1 : total} aria-hidden="true"></progress>
    </div>
    ${
      item
        ? html`<div class="items one">${renderRated(view, item)}</div>
          <div class="nav">
            ${
              index > 0
                ? html`<button type="button" class="secondary" ?disabled=${view.isDisabled} @click=${() => view.goTo(index - 1)}>
                  ${t.form.previous}
                </button>`
                : html`<span></span>`
            }
            <button type="button" class="primary" ?disabled=${view.isDisabled} @click=${() => view.goTo(index + 1)}>
              ${t.form.next}
            </button>
          </div>`
        : html`<div class="review">
            <p class="answered">${t.form.answered(answered, total)}</p>
            ${view.showScore ? renderScore(view, view.score) : nothing}
            ${setup.textItems.length > 0 ? html`<div class="items">${setup.textItems.map((text) => renderText(view, text))}</div>` : nothing}
          </div>
          ${renderActions(view, index - 1)}`
    }`;
}

/** The missing answers' count once shown, the send button, and "previous" on the review screen. */
export function renderActions(view: FormView, previous?: number): TemplateResult {
  const t = view.t;
  const missing = view.showErrors ? view.missing.size : 0;
  return html`<div class="actions">
    ${
      previous !== undefined && previous >= 0
        ? html`<button type="button" class="secondary" ?disabled=${view.isDisabled} @click=${() => view.goTo(previous)}>
          ${t.form.previous}
        </button>`
        : nothing
    }
    <p class="missing" id="missing" role="status">${missing > 0 ? t.form.missing(missing) : ''}</p>
    <button
      type="button"
      part="submit"
      class="primary submit"
      aria-describedby=${missing > 0 ? 'missing' : nothing}
      ?disabled=${view.isDisabled}
      @click=${view.submit}
    >
      ${t.form.submit}
    </button>
  </div>`;
}

/** The thank-you after sending, the score when the host shows it, and "start again". */
export function renderSent(view: FormView): TemplateResult {
  const { setup, t } = view;
  return html`<div part="confirmation" class="sent">
    <p class="sent-title" id="sent" tabindex="-1">
      ${t.form.sent(formatDay(view.locale, view.sent?.assessment.date ?? setup.date, 0))}
    </p>
    ${view.showScore ? renderScore(view, view.sent?.score) : nothing}
    <button type="button" class="secondary" ?disabled=${view.isDisabled} @click=${view.startAgain}>${t.form.again}</button>
  </div>`;
}

/** A rated item: its label, a radiogroup of the scale's choices, the legend, and its error when missing. */
export function renderRated(view: FormView, item: InstrumentItem): TemplateResult {
  const { setup, t, locale } = view;
  const isAnswered = Object.hasOwn(view.draft.ratings, item.id);
  const current = view.draft.ratings[item.id];
  const isMissing = view.showErrors && view.missing.has(item.id);
  // One tab stop per group: the chosen button, else the first.
  const stop = isAnswered ? setup.choices.findIndex((choice) => choice.value === current) : 0;
  const legend = legendText(setup, isAnswered ? current : undefined);
  const radio = (choice: Choice, index: number) => {
    const isChecked = isAnswered && choice.value === current;
    return html`<button
      type="button"
      role="radio"
      part="option${isChecked ? ' checked' : ''}"
      class="option ${choice.value === null ? 'not-observed' : ''}"
      aria-checked=${isChecked ? 'true' : 'false'}
      aria-label=${choice.name}
      tabindex=${index === stop ? 0 : -1}
      data-index=${index}
      ?disabled=${view.isDisabled}
      @click=${() => view.choose(item.id, choice.value)}
    >
      ${
        choice.value === null
          ? choice.label
          : html`<span class="value">${choice.text}</span>${
              setup.isLongScale || !choice.label
                ? nothing
                : html`<span class="label">${bdi(choice.label)}</span>`
            }`
      }
    </button>`;
  };
  return html`<div part="item" class="item ${isMissing ? 'has-error' : ''}">
    <p class="item-label" id="label-${item.id}">${bdi(labelOf(item.label, locale))}</p>
    <div
      part="scale"
      class="scale ${setup.isLongScale ? 'is-long' : ''}"
      role="radiogroup"
      aria-labelledby="label-${item.id}"
      aria-required="true"
      aria-invalid=${isMissing ? 'true' : nothing}
      aria-describedby=${isMissing ? `error-${item.id}` : nothing}
      data-item=${item.id}
      @keydown=${(event: KeyboardEvent) => view.onScaleKey(event, item)}
    >
      <div class="values">${setup.choices.map((choice, index) => (choice.value === null ? nothing : radio(choice, index)))}</div>
      ${setup.choices.map((choice, index) => (choice.value === null ? radio(choice, index) : nothing))}
    </div>
    ${legend ? html`<p class="legend ${setup.isLongScale ? 'is-long' : ''}" aria-hidden="true">${withIsolates(legend)}</p>` : nothing}
    ${isMissing ? html`<p class="error-text" id="error-${item.id}">${t.form.missingChoice}</p>` : nothing}
  </div>`;
}

/** A text item: its label ("optional" unless required), the field, and its error when missing. */
export function renderText(view: FormView, item: InstrumentItem): TemplateResult {
  const { t } = view;
  const text = view.draft.notes[item.id] ?? '';
  const isMissing = view.showErrors && view.missing.has(item.id);
  return html`<div part="item" class="item text-item ${isMissing ? 'has-error' : ''}">
    <label class="item-label" for="text-${item.id}">
      ${bdi(labelOf(item.label, view.locale))} ${item.required ? nothing : html`<span class="optional">${t.form.optional}</span>`}
    </label>
    <textarea
      part="textarea"
      id="text-${item.id}"
      rows="3"
      maxlength=${limits.note}
      aria-required=${item.required ? 'true' : 'false'}
      aria-invalid=${isMissing ? 'true' : nothing}
      aria-describedby=${isMissing ? `error-${item.id}` : nothing}
      ?disabled=${view.isDisabled}
      .value=${live(text)}
      @input=${(event: Event) => view.write(item.id, (event.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${isMissing ? html`<p class="error-text" id="error-${item.id}">${t.form.missingText}</p>` : nothing}
  </div>`;
}

/**
 * The line under a scale whose buttons show numbers only (a long scale, or any scale on a phone):
 * core's `legendOf` in words. Screen readers have it in the buttons' names.
 */
function legendText(setup: AssessmentSetup, current: number | null | undefined): string {
  const legend = legendOf(setup.choices, current, setup.isLongScale);
  if ('chosen' in legend) return legend.chosen.shownName;
  return legend.labelled.map((choice: Choice) => `${choice.text} = ${isolate(choice.label)}`).join(' · ');
}
