import { html, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { ChartsTranslation } from '../i18n/translation.js';

/**
 * The text summary under a chart: always in the accessibility tree, shown on screen on request.
 * Sentences are text (never markup), or templates that isolate the host text in them.
 */
export function renderSummary(
  t: Pick<ChartsTranslation, 'summary'>,
  sentences: ReadonlyArray<unknown>,
  isShown: boolean,
  headingLevel = 3,
): TemplateResult {
  // The chart's title is a heading `headingLevel - 1`; the tag comes from this fixed list, never data.
  const level = Number.isFinite(headingLevel) ? Math.round(headingLevel) : 3;
  const tag = unsafeStatic(`h${Math.max(1, Math.min(6, level))}`);
  // A plain block, not a <section>: a page with several charts would get several landmarks of one name.
  return staticHtml`<div part="summary" class="summary ${isShown ? '' : 'visually-hidden'}">
    <${tag} class="summary-title">${t.summary.title}</${tag}>
    <ul>
      ${sentences.map((sentence) => html`<li>${sentence}</li>`)}
    </ul>
  </div>`;
}
