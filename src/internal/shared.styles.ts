import { css } from 'lit';

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
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* A field for a person's own words (the form's notes, the guide's answers); each element sizes it. */
  textarea {
    inline-size: 100%;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
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
