/**
 * The young person's own side in the guide: at the changes prompt one gentle question where their
 * own reading and the company's lie a whole step apart; at the examples prompt their shared log
 * entries since last time beside the companies' notes; at the focus prompt their next step in
 * their own words and, if they want, a target on the focus area's scale. Which entries, which
 * readings and which targets are core's (`core/progress/conversation-own-side.ts`,
 * `conversation-rules.ts`); this file lays them out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { limits, seriesScaleOf, type Scale } from '../../core/index.js';
import { scaleDecimalsOf, scaleValuesOf } from '../../core/progress/assessment-form.js';
import { ownExamplesOf } from '../../core/progress/conversation-own-side.js';
import { isTargetOnScale } from '../../core/progress/conversation-rules.js';
import { readingGapsIn, readingQuestionOf } from '../../controllers/conversation-words.js';
import { formatDay, formatNumber } from '../../i18n/locale.js';
import { bdi, isolate, withIsolates } from '../../internal/bidi.js';
import type { Voice } from '../../controllers/change-words.js';
import type { ProgressModel } from '../../controllers/progress-model.js';
import type { ConversationTranslation, SecondLanguage } from '../../i18n/translation.js';
import type { ConversationDraft } from './conversation-draft.js';
import { secondLineOf } from './second-line.js';

/** What the young person's side is drawn from: the part of the guide's view it reads. */
interface GuideView {
  readonly t: ConversationTranslation;
  readonly locale: string;
  /** The young person's language beneath the element's own (`second-locale`), if any. */
  readonly second: Voice<SecondLanguage> | undefined;
  readonly setup: {
    readonly model: ProgressModel;
    /** The conversation's date and the previous one's, `YYYY-MM-DD`. */
    readonly date: string;
    readonly since: string | undefined;
  };
  readonly draft: ConversationDraft;
  /** Whether this viewer may see the area now (core's audience policy). */
  readonly isShown: (id: string) => boolean;
  readonly on: {
    readonly writeNextStep: (text: string) => void;
    readonly chooseTarget: (target: number | undefined) => void;
  };
}

/**
 * At the changes prompt: the one question about the trait where the young person's reading and
 * the company's lie furthest apart (a whole step or more), in the conversation only.
 */
export function renderOwnReading(view: GuideView): TemplateResult | typeof nothing {
  const { t, locale, setup, second } = view;
  const gap = readingGapsIn(setup.model, setup.date, setup.since).find((candidate) =>
    view.isShown(candidate.id),
  );
  if (!gap) return nothing;
  const label = (voice?: Voice<SecondLanguage>) => isolate(setup.model.labelOf(gap.id, voice?.locale));
  return html`<div class="own-reading">
      <p class="context-title">${t.conversationOwn.readingTitle}${secondLineOf(second, (voice) => voice.t.conversationOwn.readingTitle)}</p>
      <p class="own-question">${withIsolates(readingQuestionOf({ locale, t }, label(), gap))}${secondLineOf(second, (voice) => readingQuestionOf(voice, label(voice), gap))}</p>
    </div>`;
}

/** At the examples prompt: the young person's shared log entries since last time, newest first. */
export function renderOwnExamples(view: GuideView): TemplateResult | typeof nothing {
  const { t, locale, setup } = view;
  const examples = ownExamplesOf(setup.model.data?.experiences, { from: setup.since, to: setup.date });
  if (examples.length === 0) return nothing;
  const year = Number(setup.date.slice(0, 4));
  const words = t.conversationOwn;
  return html`<div class="notes own-examples">
      <p class="context-title">${words.examplesTitle}${secondLineOf(view.second, (voice) => voice.t.conversationOwn.examplesTitle)}</p>
      <ul class="note-list">
        ${examples.map(
          (entry) => html`<li class="note own-example">
            <p class="note-text">${bdi(entry.text)}</p>
            <p class="note-by">${words.exampleBy(formatDay(locale, entry.date, year, 'short'), words.kinds[entry.kind])}</p>
          </li>`,
        )}
      </ul>
    </div>`;
}

/** The focus chosen and its scale, where this viewer may see it (a target needs both). */
function focusScaleOf(view: GuideView): { readonly id: string; readonly scale: Scale } | undefined {
  const id = view.draft.focus;
  const framework = view.setup.model.framework;
  if (id === undefined || !framework || !view.isShown(id)) return undefined;
  const scale = seriesScaleOf(framework, id);
  return scale ? { id, scale } : undefined;
}

/** At the focus prompt, after the answer: the next step in the young person's words, and a target. */
export function renderNextStep(view: GuideView): TemplateResult {
  const words = view.t.conversationOwn;
  const focus = focusScaleOf(view);
  const second = view.second;
  return html`<div class="answer next-step">
      <label class="answer-label" for="next-step">${words.nextStepLabel}${secondLineOf(second, (voice) => voice.t.conversationOwn.nextStepLabel)}</label>
      <p class="hint" id="next-step-hint">${words.nextStepHint}${secondLineOf(second, (voice) => voice.t.conversationOwn.nextStepHint)}</p>
      <textarea
        id="next-step"
        rows="2"
        maxlength=${limits.note}
        aria-describedby="next-step-hint"
        .value=${live(view.draft.nextStep ?? '')}
        @input=${(event: Event) => view.on.writeNextStep((event.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
    ${focus ? renderTarget(view, focus.id, focus.scale) : nothing}`;
}

/** The target: "no target" and each of the scale's steps, as radio buttons (arrow keys move). */
function renderTarget(view: GuideView, focus: string, scale: Scale): TemplateResult {
  const { t, locale, draft, second } = view;
  const words = t.conversationOwn;
  const decimals = scaleDecimalsOf(scale);
  const label = (voice?: Voice<SecondLanguage>) => isolate(view.setup.model.labelOf(focus, voice?.locale));
  const choice = (value: number | undefined, text: string, below: unknown = nothing) =>
    html`<label class="target-step ${draft.target === value ? 'is-chosen' : ''}">
      <input type="radio" name="target" .value=${value === undefined ? '' : String(value)}
        .checked=${live(draft.target === value)} @change=${() => view.on.chooseTarget(value)} />
      <span>${text}${below}</span>
    </label>`;
  return html`<fieldset class="target">
      <legend class="target-legend">${withIsolates(words.targetLegend(label()))}${secondLineOf(second, (voice) => voice.t.conversationOwn.targetLegend(label(voice)))}</legend>
      <div class="target-steps">
        ${choice(
          undefined,
          words.noTarget,
          secondLineOf(second, (voice) => voice.t.conversationOwn.noTarget),
        )}
        ${scaleValuesOf(scale, locale).map(({ value, label }) =>
          choice(value, words.targetValue(formatNumber(locale, value, decimals), label)),
        )}
      </div>
    </fieldset>`;
}

/** In the closing overview, under the focus: the next step and the target as they will be handed on. */
export function renderOwnOverview(view: GuideView): TemplateResult {
  const { t, locale, draft } = view;
  const words = t.conversationOwn;
  const nextStep = draft.nextStep?.trim() ?? '';
  const focus = focusScaleOf(view);
  const framework = view.setup.model.framework;
  const target = draft.target;
  const isTargetShown =
    focus !== undefined && target !== undefined && isTargetOnScale(framework, focus.id, target);
  const decimals = focus ? scaleDecimalsOf(focus.scale) : 0;
  return html`<p class="overview-next-step ${nextStep ? '' : 'is-empty'}">${
    nextStep ? withIsolates(words.nextStep(isolate(nextStep))) : words.noNextStep
  }</p>${
    isTargetShown
      ? html`<p class="overview-target">${words.target(
          formatNumber(locale, target ?? 0, decimals),
          formatNumber(locale, focus.scale.max, decimals),
        )}</p>`
      : nothing
  }`;
}
