/**
 * What the log draws: the form to write or change an entry (date, kind, text, who sees it) and
 * the young person's entries, newest first, each with Change and Delete (Delete asks once). The
 * element decides; this file only draws what it is given.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { experienceKinds, limits, type Experience } from '../../core/index.js';
import { formatDay } from '../../i18n/locale.js';
import type { LogTranslation } from '../../i18n/translation.js';
import { bdi } from '../../internal/bidi.js';
import type { ExperienceDraft, ExperienceKind } from './experience-draft.js';

/** The fields a message can be about; anything else is said above the Save button. */
export type Field = 'date' | 'text' | 'form';

/** What a person can do. */
export interface LogActions {
  readonly setDate: (value: string) => void;
  readonly setKind: (kind: ExperienceKind) => void;
  readonly write: (text: string) => void;
  readonly toggleShare: () => void;
  readonly save: (event: Event) => void;
  readonly cancelEdit: () => void;
  readonly startEdit: (id: string) => void;
  readonly askDelete: (id: string) => void;
  readonly confirmDelete: (id: string) => void;
  readonly keep: (id: string) => void;
}

export interface LogView {
  readonly t: LogTranslation;
  readonly locale: string;
  readonly today: string;
  readonly draft: ExperienceDraft;
  readonly entries: ReadonlyArray<Experience>;
  /** The id of the entry being changed; undefined while a new one is written. */
  readonly editing: string | undefined;
  /** The id of the entry whose deletion is being asked about. */
  readonly confirming: string | undefined;
  readonly issues: Partial<Record<Field, string>>;
  /** The lines of the status region: a draft came back, storage refused, saved, deleted. */
  readonly notices: ReadonlyArray<string>;
  /** True while the host's data is unusable and the last good data is kept. */
  readonly isStale: boolean;
  readonly heading: (offset: number, content: unknown, id: string, part?: string) => TemplateResult;
  readonly on: LogActions;
}

const icons = {
  // A padlock: only you.
  private: svg`<rect x="5" y="11" width="14" height="10" rx="2"></rect><path d="M8,11V8a4,4 0 0 1 8,0v3"></path>`,
  // Two people: shared.
  shared: svg`<circle cx="9" cy="8" r="3"></circle><path d="M3,20a6,6 0 0 1 12,0"></path><circle cx="17" cy="9" r="2.5"></circle><path d="M15,14.5a5,5 0 0 1 7,4.5"></path>`,
};

const icon = (which: keyof typeof icons) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${icons[which]}</svg>`;

export function renderLog(view: LogView): TemplateResult {
  const { t, notices, isStale } = view;
  return html`<section part="base" class="log" aria-labelledby="title">
    ${view.heading(0, t.log.title, 'title', 'title')}
    <p class="lead">${t.log.lead}</p>
    <div class="live" role="status">${notices.map((line) => html`<p class="status">${line}</p>`)}${
      isStale ? html`<p part="input-notice" class="notice">${t.invalidData.kept}</p>` : nothing
    }</div>
    ${renderForm(view)} ${renderEntries(view)}
  </section>`;
}

function describedBy(view: LogView, field: Field): string | typeof nothing {
  return view.issues[field] ? `${field}-error` : nothing;
}

function fieldError(view: LogView, field: Field): TemplateResult | typeof nothing {
  const message = view.issues[field];
  if (!message) return nothing;
  return html`<p class="field-error" id="${field}-error">${field === 'form' ? `${view.t.log.fix} ` : ''}${message}</p>`;
}

function renderForm(view: LogView): TemplateResult {
  const { t, draft, on } = view;
  const isEditing = view.editing !== undefined;
  return html`<form part="form" class="form${isEditing ? ' is-editing' : ''}" aria-labelledby="form-title" novalidate @submit=${on.save}>
    ${view.heading(1, isEditing ? t.log.editTitle : t.log.writeTitle, 'form-title')}
    <div class="field">
      <label for="date">${t.log.date}</label>
      <input type="date" id="date" part="date" required .value=${live(draft.date || view.today)}
        aria-invalid=${view.issues.date ? 'true' : 'false'} aria-describedby=${describedBy(view, 'date')}
        @change=${(event: Event) => on.setDate((event.target as HTMLInputElement).value)} />
      ${fieldError(view, 'date')}
    </div>
    <fieldset part="kind" class="kinds">
      <legend>${t.log.kind}</legend>
      ${experienceKinds.map(
        (kind) => html`<label class="kind">
          <input type="radio" name="kind" .value=${kind} .checked=${live(draft.kind === kind)}
            @change=${() => on.setKind(kind)} />
          <span>${t.log.kinds[kind]}</span>
        </label>`,
      )}
    </fieldset>
    <div class="field">
      <label for="text">${t.log.text}</label>
      <textarea id="text" part="text" rows="4" maxlength=${limits.note} .value=${live(draft.text)}
        aria-invalid=${view.issues.text ? 'true' : 'false'} aria-describedby=${describedBy(view, 'text')}
        @input=${(event: Event) => on.write((event.target as HTMLTextAreaElement).value)}></textarea>
      ${fieldError(view, 'text')}
    </div>
    ${renderShare(view)} ${fieldError(view, 'form')}
    <div class="buttons">
      <button type="submit" part="save" class="primary" id="save">${t.log.save}</button>
      ${isEditing ? html`<button type="button" class="secondary" id="cancel" @click=${on.cancelEdit}>${t.log.cancel}</button>` : nothing}
    </div>
  </form>`;
}

/** The switch says who will see the entry, in words, beside it and in its description. */
function renderShare(view: LogView): TemplateResult {
  const { t, draft } = view;
  const isShared = draft.shared;
  return html`<div class="share">
    <button type="button" part="share" class="switch" id="share" role="switch" aria-checked=${isShared ? 'true' : 'false'}
      aria-describedby="who" @click=${view.on.toggleShare}>
      <span class="track" aria-hidden="true"><span class="thumb"></span></span>
      <span>${t.log.share}</span>
    </button>
    <p class="who ${isShared ? 'is-shared' : 'is-private'}" id="who">
      ${icon(isShared ? 'shared' : 'private')}<span>${t.log.who} <strong>${isShared ? t.log.whoShared : t.log.whoPrivate}</strong></span>
    </p>
  </div>`;
}

function renderEntries(view: LogView): TemplateResult {
  const { t, entries } = view;
  const year = Number(view.today.slice(0, 4));
  return html`${view.heading(1, t.log.listTitle, 'list-title')}
    ${
      entries.length === 0
        ? html`<p class="empty">${t.log.empty}</p>`
        : html`<ol part="entries" class="entries" aria-labelledby="list-title">
            ${entries.map((entry) => renderEntry(view, entry, formatDay(view.locale, entry.date, year)))}
          </ol>`
    }`;
}

function renderEntry(view: LogView, entry: Experience, day: string): TemplateResult {
  const { t, on } = view;
  const kind = t.log.kinds[entry.kind];
  const about = t.log.about(kind, day);
  const isEditing = view.editing === entry.id;
  const actions =
    view.confirming === entry.id
      ? html`<div class="confirm" role="group" aria-labelledby="confirm-question">
          <p class="confirm-question" id="confirm-question">${t.log.confirm}</p>
          <div class="entry-actions">
            <button type="button" class="danger" data-action="yes" @click=${() => on.confirmDelete(entry.id)}>${t.log.confirmYes}</button>
            <button type="button" class="secondary" data-action="no" @click=${() => on.keep(entry.id)}>${t.log.confirmNo}</button>
          </div>
        </div>`
      : html`<div class="entry-actions">
          <button type="button" class="secondary" data-action="edit"
            @click=${() => on.startEdit(entry.id)}>${t.log.edit}<span class="visually-hidden">: ${about}</span></button>
          <button type="button" class="secondary" data-action="delete"
            @click=${() => on.askDelete(entry.id)}>${t.log.delete}<span class="visually-hidden">: ${about}</span></button>
        </div>`;
  return html`<li part="entry" class="entry${isEditing ? ' is-editing' : ''}" data-id=${entry.id}>
    <p class="meta">
      <span class="day">${day}</span><span class="sep" aria-hidden="true">·</span><span class="visually-hidden">, </span>
      <span class="kind-word">${kind}</span><span class="visually-hidden">, </span>
      <span class="badge ${entry.shared ? 'is-shared' : 'is-private'}">${icon(entry.shared ? 'shared' : 'private')}${entry.shared ? t.log.isShared : t.log.isPrivate}</span>
    </p>
    <p class="entry-text">${bdi(entry.text)}</p>
    ${actions}
  </li>`;
}
