import { html, type TemplateResult } from 'lit';
import type { Translation } from '../i18n/index.js';

/**
 * The text summary under a chart: always in the accessibility tree, shown on screen on request.
 * Sentences are text (never markup), or templates that isolate the host text in them.
 */
export function renderSummary(
  t: Translation,
  sentences: ReadonlyArray<unknown>,
  isShown: boolean,
): TemplateResult {
  // A plain block, not a <section>: a page with several charts would get several landmarks of one name.
  return html`<div part="summary" class="summary ${isShown ? '' : 'visually-hidden'}">
    <h3>${t.summary.title}</h3>
    <ul>
      ${sentences.map((sentence) => html`<li>${sentence}</li>`)}
    </ul>
  </div>`;
}
