import { css } from 'lit';

export const styles = css`
  :host {
    --_bar-color: var(--spor-cohort-outcomes-bar-color, var(--_color-series-1));
    --_track-color: var(--spor-cohort-outcomes-track-color, #e8ebef);
    --_goal-color: var(--spor-cohort-outcomes-goal-color, var(--_color-text));
    --_bar-height: var(--spor-cohort-outcomes-bar-height, 1rem);
  }
  .period,
  .took-part {
    margin: 0;
  }
  .period {
    font-weight: 600;
  }
  .measures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .measure {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-content: start;
    gap: 0.25rem 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_color-grid);
    border-radius: var(--_radius);
  }
  .measure.is-cursor {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 1px;
  }
  .measure p {
    margin: 0;
  }
  .label {
    font-weight: 700;
  }
  .value {
    font-size: 1.5rem;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .value.is-hidden {
    font-size: var(--_font-size-small);
    font-weight: 600;
    align-self: center;
  }
  .bar {
    grid-column: 1 / -1;
    display: block;
    inline-size: 100%;
    block-size: var(--_bar-height);
    margin-block: 0.25rem;
    overflow: visible;
  }
  .track {
    fill: var(--_track-color);
    stroke: var(--_color-border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  /* A hidden share draws no bar: an empty, dashed track, so it never reads as a zero. */
  .bar.is-hidden .track {
    fill: none;
    stroke-dasharray: 4 3;
  }
  .fill {
    fill: var(--_bar-color);
  }
  .goal,
  .goal-halo {
    stroke: var(--_goal-color);
    stroke-width: 3px;
    vector-effect: non-scaling-stroke;
  }
  /* A light edge either side of the mark, so it stands out on the filled part of the bar too. */
  .goal-halo {
    stroke: var(--_color-surface);
    stroke-width: 7px;
  }
  .counts,
  .goal-text,
  .change,
  .note {
    grid-column: 1 / -1;
    font-size: var(--_font-size-small);
  }
  .change,
  .note {
    color: var(--_color-text-muted);
  }
  .met {
    font-weight: 600;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    vertical-align: top;
  }
  thead th {
    border-block-end: 2px solid var(--_color-border);
  }
  table:focus-visible {
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .measure {
      border-color: CanvasText;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .fill {
      fill: CanvasText;
    }
    .goal {
      stroke: CanvasText;
    }
    .goal-halo {
      stroke: Canvas;
    }
    .measure.is-cursor {
      outline-color: Highlight;
    }
  }
`;
