import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--spor-progress-conversation-gap, 1.25rem);
    --_panel-background: var(--spor-progress-conversation-panel-background, var(--_color-surface));
    display: block;
    container-type: inline-size;
    font-size: var(--_font-size);
  }
  p {
    margin: 0;
  }
  .layout {
    display: grid;
    gap: var(--_gap);
    align-items: start;
  }
  .charts {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .panel {
    min-inline-size: 0;
    padding: 1rem 1.125rem 1.125rem;
    border: 1px solid var(--_color-grid);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_panel-background);
  }
  .panel-title {
    margin-block-end: 0.5rem;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .guide {
    min-inline-size: 0;
  }
  /* A portrait tablet (768 px): the star and the dimensions side by side above the guide. */
  @container (min-width: 40rem) and (max-width: 55.99rem) {
    .charts.is-pair {
      grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr);
    }
  }
  /*
   * A landscape tablet (1024 px): the charts beside the guide. The charts stay in view while the
   * guide scrolls through a long list of areas.
   */
  @container (min-width: 56rem) {
    .layout {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
    }
    .charts {
      position: sticky;
      inset-block-start: var(--_gap);
    }
  }
  /* After Finish: the printable page, then the guide's closing words, in one column. */
  .layout.is-finished {
    grid-template-columns: minmax(0, 1fr);
  }
  .is-finished .charts {
    position: static;
  }
  .record-actions {
    display: flex;
    justify-content: flex-end;
  }
  .print {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_color-focus);
    color: var(--_color-surface);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .print:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .summary {
    padding: 1.5rem;
    border: 1px solid var(--_color-grid);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_panel-background);
  }
  /* On paper: after Finish only the page for the case file; before it, the charts without the guide's controls. */
  @media print {
    .is-finished .guide,
    .record-actions {
      display: none;
    }
    .summary {
      padding: 0;
      border: 0;
    }
    .layout {
      display: block;
    }
    .panel {
      break-inside: avoid;
      margin-block-end: 1rem;
    }
  }
  @media (forced-colors: active) {
    .print {
      border: 2px solid ButtonText;
    }
    .panel {
      border-color: CanvasText;
    }
  }
`;
