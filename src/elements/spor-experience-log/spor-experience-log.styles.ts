import { css } from 'lit';
import {
  actionButtons,
  liveStatus,
  stackedList,
  surfaceControl,
  toggleSwitch,
} from '../../internal/shared.styles.js';

/**
 * Phone first: one column from 320 px up, every control at least 44 × 44 px, nothing wider than
 * the screen; text in rem, so it grows with the reader's text size.
 */
export const styles = css`
  :host {
    --_accent: var(--spor-experience-log-accent, var(--_color-focus));
    --_background: var(--spor-experience-log-background, var(--_color-surface));
    --_tint: color-mix(in srgb, var(--_accent) 7%, var(--_color-surface));
    display: block;
    font-size: var(--_font-size);
    line-height: 1.45;
  }
  p,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }
  .log {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 1rem;
    min-inline-size: 0;
    background: var(--_background);
    container-type: inline-size;
    /*
     * A long word (a workplace's name, a Danish compound at 200 % text) breaks inside the line
     * rather than pushing past it: hyphenated where the browser knows the language (Safari wants the
     * prefix), else anywhere.
     */
    overflow-wrap: anywhere;
    -webkit-hyphens: auto;
    hyphens: auto;
  }
  .title {
    font-size: 1.5rem;
    line-height: 1.25;
  }
  .form-title,
  .list-title {
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .title:focus,
  .form-title:focus,
  .list-title:focus {
    outline: none;
  }
  .list-title:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .lead,
  .empty {
    color: var(--_color-text-muted);
  }
  .form {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    padding: 1rem;
    border: 1px solid var(--_color-grid);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_tint);
  }
  .form.is-editing {
    border: 2px solid var(--_accent);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  label,
  legend {
    font-weight: 700;
  }
  input[type='date'] {
    align-self: flex-start;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    ${surfaceControl}
    font: inherit;
  }
  textarea {
    min-block-size: 7rem;
    padding: 0.75rem 0.875rem;
    font-size: 1.0625rem;
    line-height: 1.5;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_color-error);
  }
  .field-error {
    color: var(--_color-error);
    font-weight: 600;
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .kinds legend {
    margin-block-end: 0.375rem;
    padding: 0;
  }
  .kind {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 1rem 0.25rem 0.75rem;
    border: 1px solid var(--_color-border);
    border-radius: 999px;
    background: var(--_color-surface);
    font-weight: 400;
    cursor: pointer;
  }
  .kind:has(input:checked) {
    border: 2px solid var(--_accent);
    font-weight: 700;
  }
  .kind input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .share {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  ${toggleSwitch}
  .switch {
    align-self: flex-start;
    max-inline-size: 100%;
    font-weight: 700;
    text-align: start;
  }
  .track {
    flex: none;
  }
  .who {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_color-border);
    background: var(--_color-surface);
  }
  /* A flex item may shrink below its longest word, which then wraps (overflow-wrap above). */
  .who > span,
  .switch > span:last-child {
    min-inline-size: 0;
  }
  .who.is-shared {
    border-inline-start-color: var(--_accent);
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .buttons,
  .entry-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  button {
    font: inherit;
  }
  ${actionButtons}
  .primary,
  .secondary,
  .danger {
    min-block-size: 2.75rem;
    padding: 0.375rem 1.25rem;
  }
  .danger {
    border: 2px solid var(--_color-error);
    background: var(--_color-error);
    color: var(--_color-surface);
  }
  button:focus-visible,
  textarea:focus-visible,
  input:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  ${liveStatus}
  .entries {
    ${stackedList}
  }
  .entry {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.875rem 1rem;
    border: 1px solid var(--_color-grid);
    border-radius: var(--_radius);
  }
  .entry.is-editing {
    border: 2px solid var(--_accent);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  .badge.is-shared {
    color: var(--_accent);
  }
  /*
   * The young person's lines as written; a space where a line wraps stays inside the line
   * (break-spaces) instead of hanging past the entry's edge as pre-wrap lets it.
   */
  .entry-text {
    white-space: break-spaces;
  }
  .confirm {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_color-error);
  }
  .confirm-question {
    font-weight: 700;
  }
  /* Narrow (a phone at 200 % text size): less room around the fields, more for the words. */
  @container (max-width: 20rem) {
    .form {
      padding: 0.75rem 0.5rem;
      border-inline-width: 0;
      border-radius: 0;
    }
    .who {
      padding-inline: 0.5rem;
    }
    input[type='date'] {
      padding-inline: 0.375rem;
    }
    .entry {
      padding: 0.75rem 0.5rem;
    }
    .switch {
      gap: 0.5rem;
      padding-inline-end: 0;
    }
  }
  /* Very narrow: the words below the switch and the icon, so long words keep whole. */
  @container (max-width: 16rem) {
    .switch,
    .who {
      flex-direction: column;
      align-items: flex-start;
    }
  }
  @media print {
    .form,
    .entry-actions,
    .confirm {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .form,
    .entry,
    .kind,
    .badge {
      border: 1px solid CanvasText;
    }
    .form.is-editing,
    .entry.is-editing,
    .kind:has(input:checked) {
      outline: 3px solid Highlight;
    }
    .danger {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    button:focus-visible,
    textarea:focus-visible,
    input:focus-visible {
      outline-color: Highlight;
    }
  }
`;
