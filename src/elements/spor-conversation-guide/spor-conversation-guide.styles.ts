import { css } from 'lit';

export const styles = css`
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
  .context {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    padding: 1rem 1.125rem;
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  .context-title {
    margin-block-end: 0.375rem;
    font-weight: 700;
  }
  .change-list,
  .note-list,
  .overview {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .change {
    display: flex;
    gap: 0.5rem;
    padding-block: 0.25rem;
  }
  .mark {
    flex: none;
    inline-size: 1.25rem;
    text-align: center;
    font-size: 0.875rem;
    line-height: 1.6;
  }
  .is-rose .mark {
    color: var(--_color-series-3);
  }
  /* A dip is neutral, never alarm red. */
  .is-dipped .mark {
    color: var(--_color-text-muted);
  }
  .steady,
  .more {
    color: var(--_color-text-muted);
    margin-block-start: 0.25rem;
  }
  .note {
    padding: 0.625rem 0.875rem;
    margin-block-end: 0.5rem;
    border-inline-start: 4px solid var(--_color-series-3);
    /* Square where the rule is, on the start side: the left, or the right in a right-to-left language. */
    border-radius: var(--_radius);
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    background: var(--_color-surface);
  }
  .note-text {
    font-style: italic;
  }
  .note-by {
    margin-block-start: 0.25rem;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .areas {
    display: flex;
    flex-direction: column;
    gap: 0.875rem;
  }
  .last-focus {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_color-grid);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .last-focus p + p {
    margin-block-start: 0.25rem;
  }
  .group {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .group-label {
    padding: 0;
    margin-block-end: 0.375rem;
    font-weight: 700;
  }
  .group-areas {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: 0.5rem;
  }
  .area {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-block-size: 2.75rem;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    cursor: pointer;
    touch-action: manipulation;
  }
  .area.is-chosen {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .area input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .area:has(input:focus-visible) {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .area input:focus-visible {
    outline: none;
  }
  .area-text {
    display: flex;
    flex: 1;
    flex-direction: column;
  }
  .area-label {
    font-weight: 600;
    line-height: 1.25;
    overflow-wrap: break-word;
  }
  .area-value {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .chosen {
    font-weight: 700;
  }
  .consent {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_color-grid);
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.75rem 0.25rem 0.25rem;
    border: 0;
    border-radius: 999px;
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .track {
    position: relative;
    inline-size: 3rem;
    block-size: 1.75rem;
    border: 2px solid var(--_color-border);
    border-radius: 999px;
    background: var(--_color-surface);
  }
  .thumb {
    position: absolute;
    inset-block-start: 0.1875rem;
    inset-inline-start: 0.1875rem;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    border-radius: 50%;
    background: var(--_color-border);
    transition: inset-inline-start 120ms ease;
  }
  .switch[aria-checked='true'] .track {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  .switch[aria-checked='true'] .thumb {
    inset-inline-start: 1.5rem;
    background: var(--_color-surface);
  }
  .hint {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
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
  .live {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .live:empty {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .status {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_color-border);
    background: var(--_tint);
  }
  .nav {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
  }
  button {
    font: inherit;
  }
  .primary,
  .secondary {
    min-inline-size: 2.75rem;
    min-block-size: 3rem;
    padding: 0.5rem 1.5rem;
    border-radius: var(--_radius);
    font-size: 1.0625rem;
    font-weight: 700;
    cursor: pointer;
    touch-action: manipulation;
  }
  .primary {
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_color-surface);
  }
  .secondary {
    border: 2px solid var(--_color-border);
    background: var(--_color-surface);
    color: var(--_color-text);
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
  @media (prefers-reduced-motion: reduce) {
    .thumb {
      transition: none;
    }
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
    .primary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .track {
      border-color: ButtonText;
    }
    .thumb {
      background: ButtonText;
    }
    .switch[aria-checked='true'] .track {
      background: Highlight;
      border-color: Highlight;
    }
    .switch[aria-checked='true'] .thumb {
      background: HighlightText;
    }
    .prompt:focus-visible,
    button:focus-visible,
    textarea:focus-visible,
    .area:has(input:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
