import { css } from 'lit';

/**
 * A live region (`.live`) that is always there, so its first message is announced, and takes no
 * room while it has nothing to say; its messages (`.status`) stand out by a bar at their start.
 */
export const liveStatus = css`
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
`;

/**
 * A switch (`button.switch[role=switch]` holding `.track` with its `.thumb`, then its words): a round
 * track whose thumb slides over, filled with the element's `--_accent`, when `aria-checked` is true
 * (at once for a reader who asks for less motion); in forced colours the button's colours, the
 * highlight when on. Each element sets the words' weight and the switch's place.
 */
export const toggleSwitch = css`
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
  @media (prefers-reduced-motion: reduce) {
    .thumb {
      transition: none;
    }
  }
  @media (forced-colors: active) {
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
  }
`;

/**
 * An element's action buttons: a primary one (filled with the element's `--_accent`), a secondary
 * one (outlined) and a dangerous one (its colours are the element's), at least 44 px wide, bold, and
 * the primary in forced colours as a button. Each element sets their height, padding and size.
 */
export const actionButtons = css`
  .primary,
  .secondary,
  .danger {
    min-inline-size: 2.75rem;
    border-radius: var(--_radius);
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
  @media (forced-colors: active) {
    .primary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;

/** A list's declarations: no bullets and no indent, its items stacked a little apart (a list of cards). */
export const stackedList = css`
  display: flex;
  flex-direction: column;
  gap: 0.75rem;
  margin: 0;
  padding: 0;
  list-style: none;
`;

/** A sparkline drawn under a number in a card: as wide as the card, 2.5rem high. */
export const cardSparkline = css`
  spor-sparkline {
    --spor-sparkline-width: 100%;
    --spor-sparkline-height: 2.5rem;
    display: block;
  }
`;

/** A control's frame on the surface (buttons, fields): its border, corners, fill and text colour. */
export const surfaceControl = css`
  border: 1px solid var(--_color-border);
  border-radius: var(--_radius);
  background: var(--_color-surface);
  color: var(--_color-text);
`;

/** Hidden on screen, present for screen readers: for a class, or a part (`::part(…)`) of a child. */
export const visuallyHidden = css`
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/** Styles every element shares: the box model, the error state and honest forced-colors support. */
export const sharedStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--_font-family);
    color: var(--_color-text);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /*
   * Drawings are placed in plain x and y: time runs left to right and the value axis stands on
   * the left in every language (as in most Arabic and Hebrew charts), so their text anchors must
   * not flip with a right-to-left page. Words inside them still run their own way.
   */
  svg {
    direction: ltr;
  }
  /* Hidden on screen, present for screen readers. */
  .visually-hidden {
    ${visuallyHidden}
  }
  /* A field for a person's own words (the form's notes, the guide's answers); each element sizes it. */
  textarea {
    inline-size: 100%;
    ${surfaceControl}
    font: inherit;
    resize: vertical;
  }
  .error {
    border: 2px solid var(--_color-error);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    color: var(--_color-text);
    background: var(--_color-surface);
    font-size: var(--_font-size);
  }
  .error__title {
    margin: 0 0 0.25em;
    font-weight: 700;
    color: var(--_color-error);
  }
  .error p,
  .error ul {
    margin: 0.25em 0;
  }
  /* A problem with the host's input that the element works around (an unknown audience). */
  .notice {
    margin: 0 0 calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-inline-start: 4px solid var(--_color-error);
    background: var(--_color-surface);
    color: var(--_color-text);
    font-size: var(--_font-size-small);
  }
  .error--compact {
    display: inline-block;
    padding: 0 0.25em;
    border-width: 1px;
    font-size: max(0.75rem, var(--_font-size-small));
  }
  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
  }
`;
