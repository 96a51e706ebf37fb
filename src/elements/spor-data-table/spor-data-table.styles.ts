import { css } from 'lit';

export const styles = css`
  :host {
    --_max-height: var(--spor-data-table-max-height, 28rem);
    --_stripe: var(--spor-data-table-stripe, #f4f5f7);
    display: block;
    font-size: var(--_font-size);
  }
  .scroller {
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
  tbody tr:nth-child(even) {
    background: var(--_stripe);
  }
  .gap {
    color: var(--_color-text-muted);
  }
  .empty {
    margin: 0;
    padding: var(--_space);
    color: var(--_color-text-muted);
  }
  @media (forced-colors: active) {
    th,
    td {
      border-color: CanvasText;
    }
    tbody tr:nth-child(even) {
      background: Canvas;
    }
  }
`;
