import { css } from 'lit';
import { actionButtons, liveStatus } from '../../internal/shared.styles.js';
import { contextStyles } from './conversation-context.styles.js';

/** The guide's frame: the host, the progress, the prompt and its second line. */
const frameStyles = css`
  :host {
    --_background: var(--spor-conversation-guide-background, var(--_color-surface));
    --_accent: var(--spor-conversation-guide-accent, var(--_color-focus));
    --_prompt-size: var(--spor-conversation-guide-prompt-size, clamp(1.5rem, 5cqi, 2rem));
    --_border: var(--spor-conversation-guide-border, 1px solid var(--_color-grid));
    --_padding: var(--spor-conversation-guide-padding, 1.5rem);
    --_tint: color-mix(in srgb, var(--_accent) 7%, var(--_color-surface));
    display: block;
    font-size: var(--_font-size);
    line-height: 1.45;
  }
  p {
    margin: 0;
  }
  .guide {
    /* Holds the empty live region, which is positioned, inside the guide. */
    position: relative;
    container-type: inline-size;
    /* Vertical scrolling stays the browser's; a sideways swipe reaches the guide. */
    touch-action: pan-y;
    display: flex;
    flex-direction: column;
    gap: 1.25rem;
    padding: var(--_padding);
    border: var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_background);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .set {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    font-weight: 700;
  }
  .steps {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .dot {
    inline-size: 1.75rem;
    block-size: 0.375rem;
    border-radius: 999px;
    background: var(--_color-grid);
  }
  .dot.is-done {
    background: color-mix(in srgb, var(--_accent) 55%, var(--_color-surface));
  }
  /* Taller than the rest, so "here" reads by shape as well as by colour. */
  .dot.is-current {
    block-size: 0.75rem;
    background: var(--_accent);
  }
  .prompt {
    margin: 0;
    font-size: var(--_prompt-size);
    font-weight: 700;
    line-height: 1.25;
    text-wrap: balance;
  }
  .prompt:focus {
    outline: none;
  }
  .prompt:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 4px;
  }
  .lead {
    color: var(--_color-text-muted);
  }
  /*
   * The young person's language beneath the element's own (second-locale): its own line, aligned
   * to its own start (the right, for Arabic), a little smaller, and marked by a rule on that side.
   */
  .second {
    display: block;
    margin-block-start: 0.25rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid var(--_color-grid);
    text-align: start;
    font-weight: 400;
    font-size: 0.9375em;
    line-height: 1.4;
  }
  .prompt .second {
    margin-block-start: 0.5rem;
    font-size: 0.8em;
    font-weight: 600;
  }
  .area-value .second {
    border: 0;
    padding: 0;
    margin: 0;
  }
`;

/** The answer, the live notices, the buttons, the overview, and the guide in print and forced colours. */
const closingStyles = css`
  .answer {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  .answer-label {
    font-weight: 700;
  }
  textarea {
    min-block-size: 7rem;
    padding: 0.75rem 0.875rem;
    font-size: 1.125rem;
    line-height: 1.5;
  }
  /*
   * The live region is always there, so its first message is announced; while it has nothing to
   * say it takes no room (visually hidden, as shared.styles' .visually-hidden, inside the guide).
   */
  ${liveStatus}
  .nav {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
  }
  button {
    font: inherit;
  }
  ${actionButtons}
  .primary,
  .secondary {
    min-block-size: 3rem;
    padding: 0.5rem 1.5rem;
    font-size: 1.0625rem;
  }
  .small {
    min-block-size: 2.75rem;
    padding: 0.25rem 1rem;
    font-size: var(--_font-size);
  }
  button:focus-visible,
  textarea:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .overview {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    counter-reset: step;
  }
  .overview-item {
    padding: 0.875rem 1rem;
    border: 1px solid var(--_color-grid);
    border-radius: var(--_radius);
  }
  .overview-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1rem;
  }
  .overview-prompt {
    font-weight: 700;
  }
  .overview-answer {
    margin-block-start: 0.375rem;
    white-space: pre-wrap;
  }
  .overview-answer.is-empty {
    color: var(--_color-text-muted);
    font-style: italic;
  }
  .overview-focus {
    margin-block-start: 0.375rem;
    font-weight: 600;
  }
  .is-finished {
    align-items: flex-start;
  }
  .done {
    font-size: var(--_prompt-size);
    font-weight: 700;
    line-height: 1.25;
  }
  .done:focus {
    outline: none;
  }
  /* On paper: the prompt, the words and the answers; no buttons, switch or progress bar. */
  @media print {
    .nav,
    .consent,
    .progress,
    button {
      display: none;
    }
    textarea {
      border-color: #000;
      resize: none;
    }
    .guide {
      border: 0;
    }
  }
  @media (forced-colors: active) {
    .guide,
    .context,
    .area,
    .overview-item,
    .last-focus,
    .note {
      border: 1px solid CanvasText;
    }
    .area.is-chosen {
      outline: 3px solid Highlight;
      box-shadow: none;
    }
    /* Three shapes, not three colours: a thin outline to come, a flat bar done, a tall framed bar here. */
    .dot {
      forced-color-adjust: none;
      box-sizing: border-box;
      border: 1px solid GrayText;
      background: Canvas;
    }
    .dot.is-done {
      border-color: CanvasText;
      background: CanvasText;
    }
    .dot.is-current {
      block-size: 0.875rem;
      border: 3px solid CanvasText;
      border-radius: 0.125rem;
      background: Highlight;
    }
    .prompt:focus-visible,
    button:focus-visible,
    textarea:focus-visible,
    .area:has(input:focus-visible) {
      outline-color: Highlight;
    }
  }
`;

/** In the cascade's order: the frame, the prompt's context, then the rest. */
export const styles = [frameStyles, contextStyles, closingStyles];
