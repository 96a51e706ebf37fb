import { html, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { ChartsTranslation } from '../i18n/translation.js';
import { headingLevelFrom } from './heading-level.js';

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
  const tag = unsafeStatic(`h${headingLevelFrom(headingLevel)}`);
  // A plain block, not a <section>: a page with several charts would get several landmarks of one name.
  return staticHtml`<div part="summary" class="summary ${isShown ? '' : 'visually-hidden'}">
    <${tag} class="summary-title">${t.summary.title}</${tag}>
    <ul>
      ${sentences.map((sentence) => html`<li>${sentence}</li>`)}
    </ul>
  </div>`;
}

/**
 * The summary's toggle. The summary is read out whether or not it is on screen, so the button
 * expands nothing for a screen reader (no `aria-expanded`): it is a toggle button, "show the
 * summary on screen", pressed while it is, its name the same either way. A tick in its box shows
 * the pressed state on screen.
 */
export function renderSummaryToggle(
  t: Pick<ChartsTranslation, 'chart'>,
  isShown: boolean,
  onToggle: () => void,
): TemplateResult {
  return html`<button type="button" class="summary-toggle" aria-pressed=${isShown ? 'true' : 'false'} @click=${onToggle}>
    <svg class="check" viewBox="0 0 14 14" aria-hidden="true"><rect x="1" y="1" width="12" height="12" rx="2"></rect><path class="tick" d="M3.5,7.5l2.5,2.5l4.5,-5.5"></path></svg>${t.chart.summaryOnScreen}
  </button>`;
}
