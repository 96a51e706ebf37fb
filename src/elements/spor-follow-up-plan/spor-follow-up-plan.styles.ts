import { css } from 'lit';

export const styles = css`
  :host {
    --_done: var(--spor-follow-up-plan-done, var(--_color-series-3));
    --_open: var(--spor-follow-up-plan-open, var(--_color-series-2));
    --_line: var(--spor-follow-up-plan-line, var(--_color-grid));
    container-type: inline-size;
  }
  .job {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding-block: 0.5rem;
    border-block-start: 1px solid var(--_line);
  }
  .job-title {
    margin: 0;
    font-size: 1rem;
  }
  .meta,
  .employed {
    margin: 0;
    font-size: var(--_font-size-small);
  }
  .meta {
    color: var(--_color-text-muted);
  }
  .employed {
    font-weight: 600;
  }
  /* A row of steps joined by a line on a wide screen; a column on a narrow one. */
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
  }
  .timeline li {
    position: relative;
    display: flex;
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-block-start: calc(0.5rem + 11px);
    inset-inline: 0;
    border-block-start: 2px solid var(--_line);
  }
  .timeline li:first-child::before {
    inset-inline-start: 50%;
  }
  .timeline li:last-child::before {
    inset-inline-end: 50%;
  }
  .start,
  .check-in button {
    position: relative;
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.125rem;
    padding: 0.5rem 0.25rem;
    text-align: center;
    font-size: var(--_font-size-small);
  }
  .check-in button {
    border-color: transparent;
    background: transparent;
  }
  .check-in button:hover {
    border-color: var(--_color-border);
  }
  .marker {
    /* Positioned, so it is painted over the time line drawn by its item's ::before. */
    position: relative;
    inline-size: 24px;
    block-size: 24px;
    flex: none;
    fill: var(--_color-surface);
    stroke: var(--_color-text-muted);
    stroke-width: 2px;
  }
  .start .marker {
    fill: var(--_color-text-muted);
  }
  .glyph {
    fill: none;
    stroke: var(--_color-surface);
    stroke-width: 2.5px;
    stroke-linecap: round;
  }
  .done .marker {
    fill: var(--_done);
    stroke: var(--_done);
  }
  .overdue .marker {
    fill: var(--_open);
    stroke: var(--_open);
  }
  .due-soon .marker {
    stroke: var(--_open);
  }
  .half {
    fill: var(--_open);
    stroke: none;
  }
  .declined .marker {
    stroke: var(--_color-text-muted);
  }
  .declined .glyph {
    stroke: var(--_color-text-muted);
  }
  .step {
    font-weight: 700;
  }
  .detail,
  .date {
    color: var(--_color-text-muted);
  }
  .line {
    display: block;
  }
  th,
  td {
    vertical-align: top;
  }
  .shown {
    margin: 0;
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .earlier {
    align-self: start;
  }
  @container (max-width: 30rem) {
    .timeline {
      grid-auto-flow: row;
    }
    .timeline li::before {
      inset-block: 0;
      inset-inline-start: calc(0.25rem + 12px);
      inset-inline-end: auto;
      border-block-start: none;
      border-inline-start: 2px solid var(--_line);
    }
    .timeline li:first-child::before {
      inset-block-start: 50%;
      inset-inline-start: calc(0.25rem + 12px);
    }
    .timeline li:last-child::before {
      inset-block-end: 50%;
      inset-inline-end: auto;
    }
    .timeline .start,
    .check-in button {
      display: grid;
      grid-template-columns: 24px 1fr;
      column-gap: 0.5rem;
      align-items: start;
      text-align: start;
    }
    .marker {
      grid-row: span 3;
    }
  }
  /* Selectors as specific as the coloured ones above, and later, so these win. */
  @media (forced-colors: active) {
    .timeline .marker,
    .timeline .glyph {
      stroke: CanvasText;
    }
    .marker,
    .declined .glyph {
      fill: Canvas;
    }
    .done .marker,
    .overdue .marker,
    .start .marker,
    .half {
      fill: CanvasText;
    }
    .done .glyph,
    .overdue .glyph {
      stroke: Canvas;
    }
    .timeline li::before {
      border-color: CanvasText;
    }
  }
`;
