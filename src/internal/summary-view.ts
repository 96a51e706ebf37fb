import { html, type TemplateResult } from 'lit';
import type { Translation } from '../i18n/index.js';

/**
 * The text summary under a chart: always in the accessibility tree, shown on screen on request.
 * Sentences are plain text (never markup).
 */
export function renderSummary(t: Translation, sentences: ReadonlyArray<string>, isShown: boolean): TemplateResult {
  return html`<section part="summary" class="summary ${isShown ? '' : 'visually-hidden'}" aria-labelledby="summary-title">
    <h3 id="summary-title">${t.summary.title}</h3>
    <ul>
      ${sentences.map((sentence) => html`<li>${sentence}</li>`)}
    </ul>
  </section>`;
}
