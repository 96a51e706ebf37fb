/**
 * The young person's next step on the printed page: their own words as they wrote them, and the
 * target on the focus area's scale ("The target is 4 of 5: Almost always."), where the record has
 * them. Only the record's fields are read: a conversation's record never holds a log entry.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { seriesScaleOf, type ConversationRecord } from '../../core/index.js';
import { scaleDecimalsOf, scaleValuesOf } from '../../core/progress/assessment-form.js';
import { isTargetOnScale } from '../../core/progress/conversation-rules.js';
import type { ProgressModel } from '../../controllers/progress-model.js';
import { formatNumber } from '../../i18n/locale.js';
import type { ConversationTranslation } from '../../i18n/translation.js';
import { bdi } from '../../internal/bidi.js';
import { headingLevelFrom } from '../../internal/heading-level.js';

/** The next step and the target, under a heading at `level` (1–6); nothing when the record has neither. */
export function renderNextStep(
  t: ConversationTranslation,
  locale: string,
  model: ProgressModel,
  record: ConversationRecord,
  level: number,
): TemplateResult | typeof nothing {
  const words = t.conversationOwn;
  const framework = model.framework;
  const { focus, target } = record;
  const scale = framework && focus !== undefined ? seriesScaleOf(framework, focus) : undefined;
  const isTargetShown =
    scale !== undefined &&
    focus !== undefined &&
    target !== undefined &&
    isTargetOnScale(framework, focus, target);
  if (record.nextStep === undefined && !isTargetShown) return nothing;
  const tag = unsafeStatic(`h${headingLevelFrom(level)}`);
  let targetText = '';
  if (isTargetShown) {
    const decimals = scaleDecimalsOf(scale);
    const label = scaleValuesOf(scale, locale).find((step) => step.value === target)?.label ?? '';
    const n = (value: number) => formatNumber(locale, value, decimals);
    targetText = words.recordTarget(n(target), n(scale.max), label);
  }
  return html`<div class="next-step">
    ${staticHtml`<${tag} class="heading h2">${words.recordNextStep}</${tag}>`}
    ${record.nextStep !== undefined ? html`<p class="next-step-text">${bdi(record.nextStep)}</p>` : nothing}
    ${isTargetShown ? html`<p class="next-step-target">${targetText}</p>` : nothing}
  </div>`;
}
