import { css } from 'lit';
import { surfaceControl } from './shared.styles.js';

/**
 * What every chart element shares: title and caption, the toolbar and its 44×44 px buttons,
 * the plot's focus ring and hint, the summary, the empty state and the skip link.
 */
export const chartStyles = css`
  :host {
    display: block;
    /* Reflows down to a 320 px screen (WCAG 1.4.10): the drawing shrinks with its container. */
    min-inline-size: 0;
    font-size: var(--_font-size);
  }
  /* Host text inside SVG <text>: a bidi control in a company's name reorders only that name. */
  .isolate {
    unicode-bidi: isolate;
  }
  .chart {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
  }
  .title-row {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .title {
    flex: 1 1 auto;
    min-inline-size: 0;
    margin: 0;
    font-size: 1.125rem;
    font-weight: 700;
  }
  .actions-toggle {
    flex: none;
    padding-inline: 0.625rem;
  }
  .chevron {
    inline-size: 12px;
    block-size: 12px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2px;
  }
  .actions-toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .actions[hidden] {
    display: none;
  }
  /* The summary toggle's box, ticked while the summary is on screen (aria-pressed). */
  .summary-toggle .check {
    flex: none;
    inline-size: 14px;
    block-size: 14px;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5px;
  }
  .summary-toggle .tick {
    stroke-width: 2px;
    visibility: hidden;
  }
  .summary-toggle[aria-pressed='true'] .tick {
    visibility: visible;
  }
  .caption {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  button {
    font: inherit;
    font-size: var(--_font-size-small);
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.25rem 0.75rem;
    ${surfaceControl}
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  button:focus-visible,
  .plot:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .plot {
    position: relative;
    border-radius: var(--_radius);
  }
  .plot svg.drawing {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
    font-family: var(--_font-family);
  }
  .cursor {
    fill: none;
    stroke: var(--_color-focus);
    stroke-width: 3px;
  }
  /* In the flow below the drawing (not over it): the x-axis labels stay readable. */
  .hint {
    margin: 0.25rem 0 0;
    padding: 0.25rem 0.5rem;
    font-size: var(--_font-size-small);
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .summary .summary-title {
    margin: 0 0 0.25rem;
    font-size: var(--_font-size);
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .empty {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-text-muted);
  }
  /*
   * The skip link lies over the drawing's top corner when it has focus (both in one box): the
   * chart under it does not move while the keyboard passes it.
   */
  .plot-area {
    position: relative;
  }
  .skip {
    position: absolute;
    inset-block-start: 0.25rem;
    inset-inline-start: 0.25rem;
    z-index: 2;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.875rem;
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 2px solid var(--_color-focus);
    border-radius: var(--_radius);
  }
  .skip:not(:focus) {
    inline-size: 1px;
    block-size: 1px;
    min-inline-size: 0;
    min-block-size: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
  }
  /*
   * On paper: the drawing, its key and its words, none of the controls (the chart redraws at its
   * print width first, see SizeController).
   */
  @media print {
    .actions-toggle,
    .actions,
    .skip,
    .hint,
    .cursor,
    .export {
      display: none;
    }
    /* The title and caption stay with the drawing; a chart taller than a page may break between panels. */
    .title-row,
    .caption,
    .toolbar {
      break-after: avoid;
    }
    .plot {
      outline: none;
    }
  }
  @media (forced-colors: active) {
    .cursor {
      stroke: Highlight;
    }
  }
  /* A chart's small key of marks (the star's now and last time, the hours' activities). */
  ul.key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
  }
  ul.key li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
`;
