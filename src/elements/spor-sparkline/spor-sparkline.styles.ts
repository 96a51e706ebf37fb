import { css } from 'lit';

export const styles = css`
  :host {
    --_width: var(--spor-sparkline-width, 8rem);
    --_height: var(--spor-sparkline-height, 2rem);
    --_stroke: var(--spor-sparkline-color, var(--_color-series-1));
    --_stroke-width: var(--spor-sparkline-stroke-width, 2px);
    display: inline-block;
    vertical-align: middle;
    inline-size: var(--_width);
    block-size: var(--_height);
    line-height: 0;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .line,
  .marker {
    fill: none;
    stroke: var(--_stroke);
    vector-effect: non-scaling-stroke;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .line {
    stroke-width: var(--_stroke-width);
  }
  /* A zero-length segment with a round cap: a dot that stays round when the SVG is stretched. */
  .marker {
    stroke-width: calc(var(--_stroke-width) * 3);
  }
  .empty {
    display: inline-block;
    line-height: var(--_height);
    font-size: max(0.75rem, var(--_font-size-small));
    color: var(--_color-text-muted);
  }
  /* On paper: the line prints as drawn (its colour may turn grey; its shape is the meaning). */
  @media print {
    :host {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .line,
    .marker {
      stroke: CanvasText;
    }
  }
`;
