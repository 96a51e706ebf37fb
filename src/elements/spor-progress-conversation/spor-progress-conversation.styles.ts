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
  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
    }
  }
`;
