import { html, type TemplateResult } from 'lit';
import type { InvalidDataIssue } from '../events/index.js';
import type { CommonTranslation } from '../i18n/translation.js';
import { withIsolates } from './bidi.js';

const shownIssues = 3;

/**
 * The error state every element shows instead of a chart when its data is invalid: a short title
 * and the first few problems as text (never markup), so a portal developer can see what to fix.
 * `part` is `input-notice` where it stands beside a conversation that is kept on screen.
 */
export function renderInvalidData(
  t: CommonTranslation,
  issues: ReadonlyArray<InvalidDataIssue>,
  { compact = false, part = 'error' }: { compact?: boolean; part?: 'error' | 'input-notice' } = {},
): TemplateResult {
  if (compact) {
    return html`<span part="error" class="error error--compact" role="img" aria-label=${t.invalidData.title}
      >${t.invalidData.title}</span
    >`;
  }
  const rest = issues.length - shownIssues;
  return html`<div part=${part} class="error" role="group" aria-label=${t.invalidData.title}>
    <p class="error__title">${t.invalidData.title}</p>
    <p>${t.invalidData.lead}</p>
    <ul>
      ${issues.slice(0, shownIssues).map((issue) => html`<li>${renderPath(issue.path)}${withIsolates(issue.message)}</li>`)}
    </ul>
    ${rest > 0 ? html`<p>${t.invalidData.more(rest)}</p>` : null}
  </div>`;
}

/** Where the problem is; the keys can be the host's (an item id), so they stand in an isolate. */
function renderPath(path: ReadonlyArray<string | number>): TemplateResult | string {
  if (path.length === 0) return '';
  const text = path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
    .join('')
    .replace(/^\./, '');
  return html`<bdi>${text}</bdi>: `;
}
