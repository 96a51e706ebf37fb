import { css } from 'lit';
import { surfaceControl } from '../../internal/shared.styles.js';

export const styles = css`
  :host {
    --_max-height: var(--spor-data-table-max-height, 28rem);
    --_stripe: var(--spor-data-table-stripe, #f4f5f7);
    display: block;
    font-size: var(--_font-size);
  }
  .scroller {
    /* The containing block of the gap cells' visually hidden text: without it that text is placed
       against the page and escapes the scroller, so the page scrolls sideways at 320 px (1.4.10). */
    position: relative;
    max-block-size: var(--_max-height);
    overflow: auto;
    border: 1px solid var(--_color-grid);
    border-radius: var(--_radius);
  }
  .scroller:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 0.5rem 0.75rem;
  }
  th,
  td {
    padding: 0.5rem 0.75rem;
    text-align: end;
    border-block-end: 1px solid var(--_color-grid);
    white-space: nowrap;
  }
  th[scope='row'] {
    text-align: start;
    font-weight: 400;
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_color-surface);
    border-block-end: 2px solid var(--_color-border);
    white-space: normal;
    vertical-align: bottom;
  }
  /* A conversation held in the period, under the period's name. */
  .conversation {
    display: block;
    font-size: var(--_font-size-small);
    font-weight: 700;
  }
  /* The internship: names wrap, so a long company name never widens the table past a phone. */
  .placement {
    white-space: normal;
    min-inline-size: 14rem;
    text-align: start;
  }
  .company {
    display: block;
  }
  .company + .company {
    margin-block-start: 0.25rem;
  }
  .span {
    display: block;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    white-space: nowrap;
  }
  tbody tr:nth-child(even) {
    background: var(--_stripe);
  }
  .gap {
    /* And each hidden text stays in its own cell, however the table scrolls. */
    position: relative;
    color: var(--_color-text-muted);
  }
  .empty {
    margin: 0;
    padding: var(--_space);
    color: var(--_color-text-muted);
  }
  .export {
    min-block-size: 2.75rem;
    margin-block-end: 0.5rem;
    padding: 0.5rem 1rem;
    ${surfaceControl}
    font: inherit;
    font-size: var(--_font-size-small);
    cursor: pointer;
  }
  .export:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  /* On paper: the whole table, its header on every page, no row split between two pages. */
  @media print {
    .export {
      display: none;
    }
    .scroller {
      max-block-size: none;
      overflow: visible;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    th,
    td {
      border-color: CanvasText;
    }
    /* The stripes give way to the system's canvas; the rows keep their rules. */
    tbody tr:nth-child(even) {
      background: Canvas;
    }
  }
`;
