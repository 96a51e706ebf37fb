import { css } from 'lit';

export const styles = css`
  :host {
    --_internship: var(--spor-week-hours-internship, var(--_color-series-1));
    --_teaching: var(--spor-week-hours-teaching, var(--_color-series-2));
    --_other: var(--spor-week-hours-other, var(--_color-series-3));
    --_minimum: var(--spor-week-hours-minimum, var(--_color-text));
  }
  .key svg {
    inline-size: 16px;
    block-size: 16px;
  }
  .key svg:has(.minimum) {
    inline-size: 28px;
  }
  .tick {
    font-size: 0.75rem;
    fill: var(--_color-text-muted);
  }
  .gap {
    font-size: 0.875rem;
    fill: var(--_color-text-muted);
  }
  .grid {
    stroke: var(--_color-grid);
  }
  .axis {
    stroke: var(--_color-border);
  }
  .minimum {
    stroke: var(--_minimum);
    stroke-width: 2px;
    stroke-dasharray: 6 4;
  }
  /*
   * Planned: an outline in the activity's colour, internship solid, teaching dashed, other dotted
   * (so they differ without colour too). Attended: filled, teaching hatched, other dotted.
   */
  .planned {
    fill: var(--_color-surface);
    stroke-width: 1.5px;
  }
  .planned.internship {
    stroke: var(--_internship);
  }
  .planned.teaching {
    stroke: var(--_teaching);
    stroke-dasharray: 4 2;
  }
  .planned.other {
    stroke: var(--_other);
    stroke-dasharray: 1.5 1.5;
  }
  /* The key's "planned" and "attended", whatever the activity. */
  .planned.neutral {
    stroke: var(--_color-text-muted);
  }
  .attended.neutral {
    fill: var(--_color-text-muted);
  }
  .attended {
    stroke: var(--_color-surface);
    stroke-width: 1px;
  }
  .attended.internship {
    fill: var(--_internship);
  }
  .attended.teaching {
    fill: url(#hatch) var(--_teaching);
  }
  .attended.other {
    fill: url(#dots) var(--_other);
  }
  .pattern-bg.teaching {
    fill: var(--_teaching);
  }
  .pattern-bg.other {
    fill: var(--_other);
  }
  .key .attended.teaching,
  .key .attended.other {
    stroke-width: 0;
  }
  .pattern {
    stroke: var(--_color-surface);
    stroke-width: 1.5px;
  }
  .pattern-dot {
    fill: var(--_color-surface);
  }
  .readout {
    margin: 0;
    font-size: var(--_font-size-small);
  }
  /* Selectors as specific as the coloured ones above, so these win. */
  @media (forced-colors: active) {
    .planned:is(.internship, .teaching, .other, .neutral) {
      fill: Canvas;
      stroke: CanvasText;
    }
    .attended:is(.internship, .neutral) {
      fill: CanvasText;
    }
    .attended:is(.teaching, .other) {
      stroke: CanvasText;
    }
    .pattern-bg:is(.teaching, .other) {
      fill: Canvas;
    }
    .pattern {
      stroke: CanvasText;
    }
    .pattern-dot {
      fill: CanvasText;
    }
    .minimum,
    .axis {
      stroke: CanvasText;
    }
    .grid {
      stroke: GrayText;
    }
    .tick,
    .gap {
      fill: CanvasText;
    }
  }
`;
