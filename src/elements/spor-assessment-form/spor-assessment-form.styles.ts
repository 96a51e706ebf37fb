import { css } from 'lit';
import { surfaceControl } from '../../internal/shared.styles.js';

export const styles = css`
  :host {
    --_background: var(--spor-assessment-form-background, var(--_color-surface));
    --_accent: var(--spor-assessment-form-accent, var(--_color-focus));
    --_option-min-size: var(--spor-assessment-form-option-min-size, 2.75rem);
    --_border: var(--spor-assessment-form-border, 1px solid var(--_color-grid));
    --_padding: var(--spor-assessment-form-padding, calc(var(--_space) * 1.25));
    display: block;
    font-size: var(--_font-size);
    line-height: 1.4;
  }
  .form {
    container-type: inline-size;
    padding: var(--_padding);
    border: var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  p {
    margin: 0;
  }
  .head {
    margin-block-end: var(--_space);
  }
  .title {
    font-size: 1.25rem;
    font-weight: 700;
    line-height: 1.25;
  }
  .meta {
    margin-block-start: 0.25rem;
    color: var(--_color-text-muted);
  }
  .items {
    display: flex;
    flex-direction: column;
  }
  .item {
    display: grid;
    gap: 0.5rem;
    padding-block: 0.875rem;
    border-block-start: 1px solid var(--_color-grid);
  }
  .item:first-child {
    border-block-start: 0;
    padding-block-start: 0;
  }
  .item-label {
    font-size: 1.0625rem;
    font-weight: 600;
  }
  .optional {
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .has-error {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_color-error);
  }
  .error-text,
  .missing {
    color: var(--_color-error);
    font-weight: 600;
  }

  /*
   * The scale: the values as a row of equal buttons, "not observed" beside them (5 : 1, so it is
   * as wide as one value on a five-point scale); a long scale wraps, with "not observed" below.
   */
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .values {
    flex: 5 1 0;
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: inherit;
  }
  .not-observed {
    flex: 1 1 0;
  }
  .is-long .values {
    flex-basis: 100%;
    grid-auto-flow: row;
    grid-template-columns: repeat(auto-fit, minmax(var(--_option-min-size), 1fr));
  }
  .is-long .not-observed {
    flex-basis: 100%;
  }
  .option {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.125rem;
    min-inline-size: var(--_option-min-size);
    min-block-size: var(--_option-min-size);
    padding: 0.375rem 0.25rem;
    ${surfaceControl}
    font: inherit;
    text-align: center;
    cursor: pointer;
    touch-action: manipulation;
  }
  .option .value {
    font-size: 1.25rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }
  .option .label {
    min-inline-size: 0;
    font-size: 0.8125rem;
    line-height: 1.2;
    hyphens: auto;
    overflow-wrap: anywhere;
  }
  .option.not-observed {
    border-style: dashed;
    font-size: 0.875rem;
    color: var(--_color-text-muted);
  }
  .option:hover:not(:disabled) {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_color-surface));
  }
  .option[aria-checked='true'],
  .option[aria-checked='true']:hover {
    border-color: var(--_accent);
    background: var(--_accent);
    /* The surface's colour on the accent, as every primary button of the kit: in the dark look the
       accent is light (#7cb7ff) and white text on it read 2.1:1. */
    color: var(--_color-surface);
  }
  .legend {
    font-size: max(0.75rem, var(--_font-size-small));
    color: var(--_color-text-muted);
  }
  .legend:not(.is-long) {
    display: none;
  }
  textarea {
    min-block-size: 5.5rem;
    padding: 0.625rem 0.75rem;
  }
  button:disabled,
  textarea:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .option:focus-visible,
  .primary:focus-visible,
  .secondary:focus-visible,
  textarea:focus-visible,
  .sent-title:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }

  .actions,
  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin-block-start: var(--_space);
  }
  .nav {
    justify-content: space-between;
  }
  .missing {
    margin-inline-end: auto;
  }
  .primary,
  .secondary {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5rem 1.5rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
    touch-action: manipulation;
  }
  .primary {
    background: var(--_accent);
    color: var(--_color-surface);
  }
  .secondary {
    background: var(--_color-surface);
    color: var(--_accent);
  }

  /* One statement at a time, readable at arm's length. */
  .progress {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin-block-end: var(--_space);
    color: var(--_color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  progress {
    flex: 1;
    block-size: 0.5rem;
    border: 0;
    border-radius: 999px;
    overflow: hidden;
    appearance: none;
    background: var(--_color-grid);
  }
  progress::-webkit-progress-bar {
    background: var(--_color-grid);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  .one .item-label {
    font-size: 1.375rem;
    line-height: 1.3;
    min-block-size: 3.5em;
  }
  .one .option {
    min-block-size: 4.5rem;
  }
  .review {
    display: grid;
    gap: var(--_space);
  }
  .answered {
    font-size: 1.125rem;
  }
  .score {
    padding: 0.75rem var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 7%, var(--_color-surface));
    font-size: 1.125rem;
    font-weight: 700;
  }
  .score.is-pending {
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .sent {
    display: grid;
    justify-items: start;
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 7%, var(--_color-surface));
  }
  .sent-title {
    font-size: 1.125rem;
    font-weight: 700;
  }
  .status {
    margin-block-start: 0.5rem;
    font-size: max(0.75rem, var(--_font-size-small));
    color: var(--_color-text-muted);
  }

  /* Wide: the label beside its scale. */
  @container (min-width: 52rem) {
    .items:not(.one) .item:not(.text-item) {
      grid-template-columns: minmax(10rem, 14rem) 1fr;
      align-items: center;
      column-gap: var(--_space);
    }
    .items:not(.one) .item:not(.text-item) > :not(.item-label, .scale) {
      grid-column: 2;
    }
  }
  /*
   * Narrow (a phone): a report's rows keep their numbers side by side, the words in a line below,
   * so eight items fit in a few thumb-lengths; a questionnaire's answers stack with their words.
   */
  @container (max-width: 34rem) {
    .items:not(.one) .scale {
      gap: 0.25rem;
    }
    .items:not(.one) .values {
      flex-basis: 100%;
    }
    .items:not(.one) .scale:not(.is-long) .label {
      display: none;
    }
    .items:not(.one) .not-observed {
      flex-basis: 100%;
    }
    .items:not(.one) .legend {
      display: block;
    }
    .one .values {
      flex-basis: 100%;
    }
    .one .scale:not(.is-long) .values {
      grid-auto-flow: row;
    }
    .one .scale:not(.is-long) .option {
      flex-direction: row;
      justify-content: flex-start;
      gap: 0.75rem;
      padding-inline: 0.875rem;
      text-align: start;
    }
    .one .scale:not(.is-long) .option .label {
      font-size: 0.9375rem;
    }
    .one .option {
      min-block-size: var(--_option-min-size);
    }
  }
  /* On paper: the questions and what was answered; no buttons. */
  @media print {
    .nav,
    .actions,
    button {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .form,
    .option,
    textarea,
    .primary,
    .secondary {
      border-color: ButtonText;
    }
    .option[aria-checked='true'],
    .option[aria-checked='true']:hover {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .option:focus-visible,
    .primary:focus-visible,
    .secondary:focus-visible,
    textarea:focus-visible,
    .sent-title:focus-visible {
      outline-color: Highlight;
    }
    .has-error {
      border-inline-start-color: CanvasText;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    .score {
      border-inline-start-color: CanvasText;
    }
  }
`;
