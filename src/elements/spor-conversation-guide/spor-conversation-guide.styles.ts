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
  /* A short line beside a prompt that shows no data (what you appreciated): the guide's voice, not the prompt's. */
  .prompt-hint {
    margin: 0;
    font-size: 1.0625rem;
    line-height: 1.4;
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
  /* The answer and, at the focus prompt, the next step: in the flow as they are, unless fill. */
  .fields {
    display: contents;
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

/**
 * `fill`: the guide takes the height it is given. The progress, the prompt, the answer and Back /
 * Next keep their room; what the step shows (the changes, the notes, the areas, the next step, the
 * overview) shrinks to what is left and scrolls inside, with a shadow at an edge where there is more
 * (the background's `local` covers scroll with the content and uncover the fixed shadows).
 */
const fillStyles = css`
  :host([fill]) {
    --_prompt-size: var(--spor-conversation-guide-prompt-size, clamp(1.25rem, 3.2cqi, 1.625rem));
    --_padding: var(--spor-conversation-guide-padding, 1rem 1.25rem);
    block-size: 100%;
    min-block-size: 0;
  }
  :host([fill]) .guide {
    box-sizing: border-box;
    block-size: 100%;
    min-block-size: 0;
    gap: 0.625rem;
    overflow: hidden;
  }
  :host([fill]) .guide > * {
    flex: none;
  }
  :host([fill]) .guide > .context,
  :host([fill]) .guide > .overview {
    flex: 1 1 0;
    min-block-size: 2.5rem;
  }
  /* It gives way only as far as the answer lets it (its least height is its content's, less the next step's list). */
  :host([fill]) .guide > .fields {
    flex: 0 1 auto;
    display: flex;
    flex-direction: column;
    gap: 0.625rem;
  }
  /* Back / Next at the foot of the box, however little the step holds. */
  :host([fill]) .nav {
    margin-block-start: auto;
  }
  :host([fill]) .fields > .answer {
    flex: none;
  }
  :host([fill]) .fields > .follow-up {
    flex: 0 1 auto;
    min-block-size: 2.5rem;
  }
  /* Wide enough: the next step beside the answer, as tall as it, scrolling in its own panel. */
  @container (min-width: 36rem) {
    :host([fill]) .fields:has(.follow-up) {
      flex-direction: row;
      gap: 1rem;
    }
    :host([fill]) .fields > .answer,
    :host([fill]) .fields > .follow-up {
      flex: 1 1 0;
      min-inline-size: 0;
    }
    :host([fill]) .fields > .follow-up {
      contain: size;
    }
  }
  :host([fill]) .context,
  :host([fill]) .follow-up,
  :host([fill]) .overview {
    --_cover: var(--_background);
    overflow: auto;
    overscroll-behavior: contain;
    background:
      linear-gradient(var(--_cover) 30%, transparent) top / 100% 1.5rem no-repeat local,
      linear-gradient(transparent, var(--_cover) 70%) bottom / 100% 1.5rem no-repeat local,
      radial-gradient(farthest-side at 50% 0, var(--_scroll-shadow), transparent) top / 100% 0.75rem no-repeat scroll,
      radial-gradient(farthest-side at 50% 100%, var(--_scroll-shadow), transparent) bottom / 100% 0.75rem no-repeat
        scroll,
      var(--_cover);
  }
  :host([fill]) .context {
    --_cover: var(--_tint);
  }
  :host([fill]) {
    --_scroll-shadow: color-mix(in srgb, var(--_color-text) 35%, transparent);
  }
  :host([fill]) .follow-up {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  :host([fill]) .context:focus-visible,
  :host([fill]) .follow-up:focus-visible,
  :host([fill]) .overview:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  :host([fill]) textarea {
    block-size: 4.75rem;
    min-block-size: 0;
    resize: none;
  }
  /* Choosing an area: the areas need the room; the answer (why this one) is short. */
  :host([fill]) .fields:has(.follow-up) textarea {
    block-size: 3.25rem;
  }
  /*
   * An on-screen keyboard open (the composed view says so with --_typing: 1, which it sets while
   * it keeps to what is seen): the whole step scrolls as one, without the progress line, Back / Next
   * pinned at its foot; a field scrolled to stays clear of them.
   */
  @container style(--_typing: 1) {
    :host([fill]) .guide {
      overflow: auto;
      gap: 0.5rem;
    }
    :host([fill]) .top {
      display: none;
    }
    :host([fill]) .guide > *,
    :host([fill]) .guide > .context,
    :host([fill]) .guide > .overview,
    :host([fill]) .guide > .fields,
    :host([fill]) .fields > .follow-up {
      flex: none;
      min-block-size: auto;
    }
    :host([fill]) .guide > .context,
    :host([fill]) .guide > .overview {
      max-block-size: 12rem;
    }
    :host([fill]) .nav {
      position: sticky;
      inset-block-end: 0;
      padding-block-start: 0.5rem;
      background: var(--_background);
    }
    :host([fill]) textarea {
      scroll-margin-block-end: 5rem;
    }
  }
`;

/** In the cascade's order: the frame, the prompt's context, then the rest, then `fill`. */
export const styles = [frameStyles, contextStyles, closingStyles, fillStyles];
