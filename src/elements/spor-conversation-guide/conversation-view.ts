/**
 * What the guide draws, from what it holds: the prompt with its context (the changes, the notes,
 * the areas to choose from), the consent switch, the closing overview and the buttons. Every
 * decision is core's or a controller's; this file only lays their results out, each line in the
 * element's language with the young person's beneath it (`secondLineOf`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  labelIn,
  labelOf,
  limits,
  type Cadence,
  type Change,
  type Prompt,
  type PromptSet,
} from '../../core/index.js';
import { nowValueOf, shownChangesOf } from '../../core/progress/conversation-rules.js';
import {
  changeLineOf,
  changeSentenceFor,
  changeSentenceIn,
  type Voice,
} from '../../controllers/change-words.js';
import { areaValueOf } from '../../controllers/conversation-words.js';
import type { ProgressModel } from '../../controllers/progress-model.js';
import type { AreaGroup } from '../../controllers/progress-view.js';
import { formatDay } from '../../i18n/locale.js';
import type { ConversationTranslation, SecondLanguage } from '../../i18n/translation.js';
import { bdi, isolate, withIsolates } from '../../internal/bidi.js';
import type { ConversationDraft } from './conversation-draft.js';
import { renderNextStep, renderOwnExamples, renderOwnOverview, renderOwnReading } from './own-side-view.js';
import { secondLineOf } from './second-line.js';

/** How many of the companies' notes are shown. */
const shownNotes = 3;

/** What one conversation is about: its prompts, the data's model and its dates. */
export interface ConversationSetup {
  readonly promptSet: PromptSet;
  readonly model: ProgressModel;
  /** The conversation's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The previous conversation's date, where "since last time" starts. */
  readonly since: string | undefined;
  /** The focus chosen in the previous conversation that chose one, and its date. */
  readonly lastFocus: { readonly id: string; readonly date: string } | undefined;
}

/** What a person can do in the guide. */
export interface GuideActions {
  readonly write: (promptId: string, text: string) => void;
  readonly choose: (id: string) => void;
  /** The young person's next step, in their own words. */
  readonly writeNextStep: (text: string) => void;
  /** A target on the focus area's scale, or none. */
  readonly chooseTarget: (target: number | undefined) => void;
  readonly toggleConsent: () => void;
  /** Opens or closes the whole list of changes. */
  readonly toggleAll: () => void;
  readonly goTo: (step: number) => void;
  readonly finish: () => void;
  readonly startAgain: () => void;
  readonly pointerDown: (event: PointerEvent) => void;
  readonly pointerUp: (event: PointerEvent) => void;
}

/** Everything the guide draws from, resolved by the element for one render. */
export interface GuideView {
  readonly t: ConversationTranslation;
  readonly locale: string;
  readonly second: Voice<SecondLanguage> | undefined;
  readonly setup: ConversationSetup;
  readonly draft: ConversationDraft;
  /** The storage's notice (a draft restored, a storage that refuses). */
  readonly notice: string | undefined;
  /** The host's input broke mid-conversation: the last good one is kept. */
  readonly isStale: boolean;
  /** The dimensions this viewer may see now, each with its areas (core's audience policy). */
  readonly groups: ReadonlyArray<AreaGroup>;
  /** Whether this viewer may see the area now. */
  readonly isShown: (id: string) => boolean;
  /** Whether the young person is asked about resilience here (core's `isConsentAsked`). */
  readonly isConsentAsked: boolean;
  /** Whether the whole list of changes is open ("Show all"). */
  readonly isAllShown: boolean;
  /** The guide fills a given height: what the step shows scrolls in its own panel. */
  readonly isFill: boolean;
  readonly on: GuideActions;
}

/** The guide on a step: the progress, the prompt or the overview, and the buttons. */
export function renderGuide(view: GuideView): TemplateResult {
  const { t, setup, draft } = view;
  const prompts = setup.promptSet.prompts;
  const step = Math.min(draft.step, prompts.length);
  const prompt = prompts[step];
  return html`<section part="base" class="guide" aria-labelledby="prompt" @pointerdown=${view.on.pointerDown} @pointerup=${view.on.pointerUp}>
      <header class="top">
        <p class="set">${bdi(labelOf(setup.promptSet.label, view.locale))}</p>
        <div part="progress" class="progress">
          <!-- Heard as part of the prompt's heading, where focus goes; shown here. -->
          <span class="progress-text" aria-hidden="true">${prompt ? t.conversation.progress(step + 1, prompts.length) : t.conversation.overview}</span>
          <span class="steps" aria-hidden="true">
            ${prompts.map((_, i) => html`<span class="dot ${i < step ? 'is-done' : i === step ? 'is-current' : ''}"></span>`)}
          </span>
        </div>
      </header>
      <div class="live" role="status">${view.notice ? html`<p class="status">${view.notice}</p>` : nothing}${
        view.isStale ? html`<p part="input-notice" class="notice">${t.invalidData.kept}</p>` : nothing
      }</div>
      ${prompt ? renderPrompt(view, prompt, step, prompts.length) : renderOverview(view)}
      ${renderNav(view, step)}
    </section>`;
}

/** The closing words after the record was handed over. */
export function renderFinished(t: ConversationTranslation, startAgain: () => void): TemplateResult {
  return html`<section part="base" class="guide is-finished" aria-labelledby="done">
      <p class="done" id="done" tabindex="-1">${t.conversation.done}</p>
      <button type="button" class="secondary" @click=${startAgain}>${t.conversation.again}</button>
    </section>`;
}

function renderPrompt(view: GuideView, prompt: Prompt, step: number, count: number): TemplateResult {
  const { t, second } = view;
  const text = view.draft.answers[prompt.id] ?? '';
  const context =
    prompt.purpose === 'changes'
      ? html`${renderChanges(view)}${renderOwnReading(view)}`
      : prompt.purpose === 'examples'
        ? html`${renderExamples(view)}${renderChanges(view)}`
        : prompt.purpose === 'focus'
          ? renderAreas(view)
          : nothing;
  // Focus moves to the heading on every step: "Step 2 of 4" is in it, so it is heard there.
  const secondText = second && labelIn(prompt.text, second.locale);
  return html`<h2 part="prompt" class="prompt" id="prompt" tabindex="-1"><span class="visually-hidden">${t.guide.stepHeading(step + 1, count)} </span><span
        class="prompt-text" id="prompt-text">${bdi(labelOf(prompt.text, view.locale))}</span>${secondLineOf(second, () => secondText, { id: 'prompt-second', className: 'prompt-second' })}</h2>
      ${prompt.purpose === 'appreciation' ? renderHint(view, (voice) => voice.t.conversation.appreciationHint) : nothing}
      ${
        context === nothing
          ? nothing
          : html`<div part="context" class="context" role=${scrolls(view, 'group')} tabindex=${scrolls(view, 0)} aria-label=${scrolls(view, t.conversation.stepShows)}>${context}${renderConsent(view)}</div>`
      }
      <div class="fields">
      <div class="answer">
        <label class="answer-label" for="answer">${t.conversation.answer}</label>
        <textarea
          part="answer"
          id="answer"
          rows="4"
          maxlength=${limits.answer}
          aria-describedby=${secondText ? 'prompt-text prompt-second' : 'prompt-text'}
          .value=${live(text)}
          @input=${(event: Event) => view.on.write(prompt.id, (event.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      ${
        prompt.purpose === 'focus'
          ? html`<div class="follow-up" role=${scrolls(view, 'group')} tabindex=${scrolls(view, 0)} aria-label=${scrolls(view, t.conversationOwn.nextStepLabel)}>${renderNextStep(view)}</div>`
          : nothing
      }
      </div>`;
}

/**
 * An attribute of a panel that scrolls when the guide fills a given height (none otherwise): one
 * tab stop with a name, so a keyboard reaches what is below its edge.
 */
function scrolls<T extends string | number>(view: GuideView, value: T): T | typeof nothing {
  return view.isFill ? value : nothing;
}

/** A short line of the kit's own beside a prompt that shows no data, and beneath it in the young person's language. */
function renderHint(view: GuideView, say: (voice: Voice<SecondLanguage>) => string): TemplateResult {
  return html`<p class="prompt-hint">${say({ locale: view.locale, t: view.t })}${secondLineOf(view.second, say)}</p>`;
}

/** The companies' notes and the young person's own examples, side by side where there is room. */
function renderExamples(view: GuideView): TemplateResult | typeof nothing {
  const notes = renderNotes(view);
  const own = renderOwnExamples(view);
  return notes === nothing && own === nothing ? nothing : html`<div class="examples">${notes}${own}</div>`;
}

/** A line in the element's words (host text isolated) and the same beneath in the young person's. */
function bothLines(view: GuideView, own: string, say: (voice: Voice<SecondLanguage>) => string | undefined) {
  return html`${withIsolates(own)}${secondLineOf(view.second, say)}`;
}

/**
 * The model's one sentence about a series' change, in both voices: the star, the cards and the
 * chart say the same. Each is drawn in one <span>, so the label's <bdi> stays in the line, not a
 * flex column of its own.
 */
function changeLines(view: GuideView, id: string, change: Change | undefined, since: string) {
  const model = view.setup.model;
  return bothLines(view, changeSentenceIn(model, isolate(model.labelOf(id)), change, since, id), (voice) =>
    changeSentenceFor(model, voice, isolate(model.labelOf(id, voice.locale)), change, since, id),
  );
}

function renderChanges(view: GuideView): TemplateResult {
  const { t, setup } = view;
  const model = setup.model;
  const shown = new Set(view.groups.flatMap((group) => [group.id, ...group.areas.map((area) => area.id)]));
  const since = setup.since;
  if (!since) {
    const dimensions = model.idsFor([...shown].filter((id) => model.seriesById(id)?.kind === 'dimension'));
    return html`<div class="changes">
        <p class="context-title">${t.conversation.firstTitle}</p>
        ${
          dimensions.length > 0
            ? html`<p>${t.conversation.firstLead}</p><ul class="change-list">${dimensions.map((id) => html`<li class="change"><span>${changeLines(view, id, undefined, '')}</span></li>`)}</ul>`
            : html`<p>${t.conversation.noData}</p>`
        }
      </div>`;
  }
  const year = Number(setup.date.slice(0, 4));
  const sinceText = formatDay(view.locale, since, year);
  const { rises, dips, rest } = shownChangesOf(model.changesSince(since).filter((c) => shown.has(c.id)));
  const first = [...rises, ...dips];
  const all = [...first, ...rest];
  // The window is said once, in the heading: the one most of the changes rest on. A line on
  // another window (a monthly area among weekly ones) names its own after the values.
  const windows = all.map((c) => windowKeyOf(model, c));
  const heading = mostCommon(windows);
  const average = (key: string | undefined, voice: Voice = model) => {
    const [size, cadence] = (key ?? '').split(' ') as [string, Cadence | undefined];
    return cadence && Number(size) > 1 ? voice.t.window.average(Number(size), cadence) : '';
  };
  const own = (key: string) =>
    key === heading ? '' : average(key) || t.conversation.changesEvery[cadenceOf(key)];
  const line = (c: Change, index: number) => renderChangeLine(view, c, own(windows[index] ?? ''));
  return html`<div class="changes">
      <p class="context-title">${t.conversation.changesTitle(sinceText, average(heading))}${secondLineOf(
        view.second,
        (voice) =>
          voice.t.conversation.changesTitle(formatDay(voice.locale, since, year), average(heading, voice)),
      )}</p>
      ${
        all.length === 0
          ? html`<p>${t.conversation.noChanges}</p>`
          : html`<ul class="change-list">${first.map((c, i) => line(c, i))}</ul>
            ${
              rest.length > 0
                ? html`<button type="button" class="secondary small show-all" aria-expanded=${view.isAllShown ? 'true' : 'false'}
                    aria-controls="more-changes" @click=${view.on.toggleAll}>${t.conversation.showAll(all.length)}</button>
                  <ul class="change-list more-changes" id="more-changes" ?hidden=${!view.isAllShown}>${rest.map((c, i) => line(c, first.length + i))}</ul>`
                : nothing
            }`
      }
    </div>`;
}

/** Which window a change rests on, as a key: "4 week". */
function windowKeyOf(model: ProgressModel, change: Change): string {
  const size = change.afterWindow?.size ?? change.beforeWindow?.size ?? 1;
  return `${size} ${model.seriesById(change.id)?.cadence ?? 'week'}`;
}
const cadenceOf = (key: string): Cadence => (key.split(' ')[1] ?? 'week') as Cadence;

/** The value most of the list holds (the first of equals), or undefined for an empty list. */
function mostCommon(keys: ReadonlyArray<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  let best: string | undefined;
  for (const [key, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = key;
  return best;
}

/** The symbol of a direction; the words go to a screen reader (the symbol is hidden from it). */
const symbols: Partial<Record<Change['direction'], string>> = { rose: '↑', dipped: '↓', steady: '→' };

/**
 * One change as one short line, "↑ Samarbejde 3,0 → 3,8" (a steady one "→ Beslutsomhed: stabil,
 * 3,4"): the values are core's, the words how far it moved the sentence's (`changeLineOf`), said
 * to a screen reader in place of the symbol and the arrow; the young person's line beneath.
 */
function renderChangeLine(view: GuideView, change: Change, window: string): TemplateResult {
  const model = view.setup.model;
  const scale = model.seriesById(change.id)?.scale;
  const label = isolate(model.labelOf(change.id));
  const line = changeLineOf(model, label, change, scale);
  if (!line) return html``;
  const windowText = window ? html` <span class="line-window">(${window})</span>` : nothing;
  const said = line.moves
    ? html`<span class="change-label">${withIsolates(label)}</span><span class="visually-hidden">: ${line.moves}</span><span
          class="values" aria-hidden="true"> ${line.before} → ${line.after}</span>`
    : withIsolates(line.text);
  const second = secondLineOf(
    view.second,
    (voice) => changeLineOf(voice, isolate(model.labelOf(change.id, voice.locale)), change, scale)?.text,
  );
  return html`<li class="change is-${change.direction}" data-series=${change.id}><span class="mark" aria-hidden="true">${symbols[change.direction]}</span><span class="line">${said}${windowText}${second}</span></li>`;
}

function renderNotes(view: GuideView): TemplateResult | typeof nothing {
  const { t, locale, setup } = view;
  const year = Number(setup.date.slice(0, 4));
  const notes = setup.model.notesBetween(setup.since, setup.date).slice(0, shownNotes);
  if (notes.length === 0) return nothing;
  return html`<div class="notes">
      <p class="context-title">${t.conversation.notesTitle}</p>
      <ul class="note-list">
        ${notes.map(
          (note) => html`<li class="note">
            <p class="note-text">${bdi(note.text)}</p>
            <p class="note-by">${withIsolates(t.conversation.noteBy(formatDay(locale, note.date, year, 'short'), isolate(note.rater.name ?? '')))}</p>
          </li>`,
        )}
      </ul>
    </div>`;
}

function renderAreas(view: GuideView): TemplateResult {
  const { t, locale, setup, draft } = view;
  const model = setup.model;
  const changes = new Map(setup.since ? model.changesSince(setup.since).map((c) => [c.id, c]) : []);
  const label = (id: string, voice?: Voice<SecondLanguage>) => isolate(model.labelOf(id, voice?.locale));
  const last = setup.lastFocus;
  const isLastShown = last !== undefined && view.isShown(last.id);
  // Chosen at the last conversation, its radio below already says how it went since (the same
  // change, the same window): said once, there. Chosen earlier, the line says how it went since then.
  const lastChange =
    last && last.date !== setup.since
      ? model.changesSince(last.date).find((c) => c.id === last.id)
      : undefined;
  // The value is the radio's description, not part of its name: a screen reader pauses between
  // "Ansvarsbevidsthed" and "Nu 3,0 · gik 1,0 ned" instead of running them together.
  let count = 0;
  const radio = (id: string, own: string, say: (voice: Voice<SecondLanguage>) => string) => {
    const key = `area-${(count += 1)}`;
    const change = changes.get(id);
    const now = nowValueOf(change, model.nowOf(id));
    return html`<label class="area ${draft.focus === id ? 'is-chosen' : ''}">
        <input type="radio" name="focus" .value=${id} .checked=${live(draft.focus === id)}
          aria-labelledby="${key}-label" aria-describedby="${key}-value" @change=${() => view.on.choose(id)} />
        <span class="area-text"><span class="area-label" id="${key}-label">${bothLines(view, own, say)}</span><span
          class="area-value" id="${key}-value">${areaValueOf({ locale, t }, now, change)}${secondLineOf(view.second, (voice) => areaValueOf(voice, now, change))}</span></span>
      </label>`;
  };
  return html`<div class="areas">
      ${
        last && isLastShown
          ? html`<div class="last-focus">
            <p>${bothLines(view, t.conversation.lastFocus(label(last.id)), (voice) => voice.t.conversation.lastFocus(label(last.id, voice)))}</p>
            ${lastChange ? html`<p>${changeLines(view, last.id, lastChange, last.date)}</p>` : nothing}
          </div>`
          : nothing
      }
      ${view.groups.map(
        (group) => html`<fieldset class="group">
          <legend class="group-label">${bdi(group.label)}</legend>
          <div class="group-areas">
            ${radio(group.id, t.conversation.whole(isolate(group.label)), (voice) => voice.t.conversation.whole(label(group.id, voice)))}
            ${group.areas.map((area) => radio(area.id, isolate(area.label), (voice) => label(area.id, voice)))}
          </div>
        </fieldset>`,
      )}
      <p class="chosen">${
        draft.focus
          ? bothLines(view, t.conversation.focus(label(draft.focus)), (voice) =>
              voice.t.conversation.focus(label(draft.focus ?? '', voice)),
            )
          : t.conversation.noFocus
      }</p>
    </div>`;
}

function renderConsent(view: GuideView): TemplateResult | typeof nothing {
  if (!view.isConsentAsked) return nothing;
  const t = view.t;
  const isOn = view.draft.isResilienceShown;
  return html`<div class="consent">
      <button
        type="button"
        part="consent"
        class="switch"
        role="switch"
        aria-checked=${isOn ? 'true' : 'false'}
        aria-describedby="consent-hint"
        @click=${view.on.toggleConsent}
      >
        <span class="track" aria-hidden="true"><span class="thumb"></span></span>
        <span>${t.conversation.consent}</span>
      </button>
      <p class="hint" id="consent-hint">${t.conversation.consentHint}</p>
    </div>`;
}

function renderOverview(view: GuideView): TemplateResult {
  const { t, locale, setup, draft } = view;
  return html`<h2 part="prompt" class="prompt is-overview" id="prompt" tabindex="-1">${t.conversation.overview}</h2>
      <p class="lead">${t.conversation.overviewLead}</p>
      <ol part="overview" class="overview" tabindex=${scrolls(view, 0)} aria-labelledby=${scrolls(view, 'prompt')}>
        ${setup.promptSet.prompts.map((prompt, index) => {
          const answer = (draft.answers[prompt.id] ?? '').trim();
          return html`<li class="overview-item">
            <div class="overview-head">
              <p class="overview-prompt">${bdi(labelOf(prompt.text, locale))}${secondLineOf(view.second, (voice) => labelIn(prompt.text, voice.locale))}</p>
              <button type="button" class="secondary small" aria-label=${t.conversation.edit(index + 1)} @click=${() => view.on.goTo(index)}>
                ${t.conversation.editText}
              </button>
            </div>
            <p class="overview-answer ${answer ? '' : 'is-empty'}">${answer ? bdi(answer) : t.conversation.notAnswered}</p>
            ${
              prompt.purpose === 'focus'
                ? html`<p class="overview-focus">
                  ${draft.focus ? withIsolates(t.conversation.focus(isolate(setup.model.labelOf(draft.focus)))) : t.conversation.noFocus}
                </p>${renderOwnOverview(view)}`
                : nothing
            }
          </li>`;
        })}
      </ol>`;
}

function renderNav(view: GuideView, step: number): TemplateResult {
  const t = view.t;
  const count = view.setup.promptSet.prompts.length;
  return html`<div part="nav" class="nav">
      ${
        step > 0
          ? html`<button type="button" class="secondary back" @click=${() => view.on.goTo(step - 1)}>${t.conversation.back}</button>`
          : html`<span></span>`
      }
      ${
        step < count
          ? html`<button type="button" class="primary next" @click=${() => view.on.goTo(step + 1)}>
            ${step === count - 1 ? t.conversation.toOverview : t.conversation.next}
          </button>`
          : html`<button type="button" class="primary finish" @click=${view.on.finish}>${t.conversation.finish}</button>`
      }
    </div>`;
}
