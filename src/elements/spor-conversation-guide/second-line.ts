import { html, nothing, type TemplateResult } from 'lit';
import { directionOf } from '../../i18n/locale.js';
import { secondLanguageNow } from '../../i18n/second/on-demand.js';
import type { SecondLanguage } from '../../i18n/translation.js';
import { withIsolates } from '../../internal/bidi.js';
import type { Voice } from '../../controllers/change-words.js';

/**
 * The voice of `second-locale`: its resolved tag, words and direction, or undefined when it is
 * empty, unknown, the element's own language (`locale`), or a draft whose words are still loading
 * (`loadSecondLanguage` loads them).
 */
export function secondVoiceOf(
  requested: string | undefined,
  locale: string,
): Voice<SecondLanguage> | undefined {
  const found = secondLanguageNow(requested);
  if (!found || found.locale === locale) return undefined;
  return { ...found, dir: directionOf(found.locale) };
}

/**
 * A line beneath the element's own, in the young person's language, marked with its `lang` and
 * `dir` (WCAG 3.1.2): a screen reader switches voice for it and Arabic runs right to left inside
 * a Danish page. Nothing without a voice or a text (a prompt set without that language).
 */
export function secondLine(
  voice: Voice<SecondLanguage> | undefined,
  text: string | undefined,
  options: { readonly id?: string; readonly className?: string } = {},
): TemplateResult | typeof nothing {
  if (!voice || !text) return nothing;
  return html`<span class="second ${options.className ?? ''}" id=${options.id ?? nothing} lang=${voice.locale}
    dir=${voice.dir ?? directionOf(voice.locale)}>${withIsolates(text)}</span>`;
}

/**
 * The line beneath in the young person's language, when there is one: `say` words it in that
 * voice (the same call the element's own line makes in its own), and nothing is drawn without a
 * voice or a text. Every second line of the guide is drawn by this one helper.
 */
export function secondLineOf(
  voice: Voice<SecondLanguage> | undefined,
  say: (voice: Voice<SecondLanguage>) => string | undefined,
  options: { readonly id?: string; readonly className?: string } = {},
): TemplateResult | typeof nothing {
  return voice ? secondLine(voice, say(voice), options) : nothing;
}
