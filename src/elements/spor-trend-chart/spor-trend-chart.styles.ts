import { css } from 'lit';

export const styles = css`
  :host {
    --_line-width: var(--spor-trend-chart-line-width, 2px);
    --_focus-line-width: var(--spor-trend-chart-focus-line-width, 4px);
    --_band-color: var(--spor-trend-chart-band-color, #eef2f7);
    --_band-border: var(--spor-trend-chart-band-border, #8c96a3);
    --_conversation-color: var(--spor-trend-chart-conversation-color, #3d3d3d);
    --_callout-background: var(--spor-trend-chart-callout-background, var(--_color-surface));
    --_rating-opacity: var(--spor-trend-chart-rating-opacity, 0.45);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .legend button[aria-pressed='false'] {
    color: var(--_color-text-muted);
    border-style: dashed;
  }
  .legend button[aria-pressed='false'] .key {
    opacity: 0.35;
  }
  .focus-tag {
    padding: 0 0.375rem;
    border-radius: 999px;
    background: var(--_color-text);
    color: var(--_color-surface);
    font-size: 0.75rem;
    font-weight: 700;
  }
  .key {
    inline-size: 24px;
    block-size: 16px;
    flex: none;
  }
  .plot {
    touch-action: pan-y;
  }
  .grid {
    stroke: var(--_color-grid);
    stroke-width: 1px;
  }
  .axis text,
  .band-label {
    fill: var(--_color-text-muted);
    font-size: 0.75rem;
  }
  .axis .year {
    fill: var(--_color-text);
    font-weight: 600;
  }
  .axis-line {
    stroke: var(--_color-border);
  }
  .band-label {
    fill: var(--_color-text);
  }
  .conversation-flag {
    fill: var(--_conversation-color);
  }
  .series .line {
    fill: none;
    stroke: var(--_series-color);
    stroke-width: var(--_line-width);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .series.month .line {
    stroke-dasharray: 1 0;
  }
  .series .markers {
    fill: var(--_series-color);
    stroke: var(--_color-surface);
    stroke-width: 1px;
  }
  .series.counsellor .line {
    stroke-dasharray: 6 4;
  }
  .series.counsellor .markers {
    fill: var(--_color-surface);
    stroke: var(--_series-color);
    stroke-width: 2px;
  }
  /* The ratings behind a rolling mean: small and light inside, so the line reads first, with an
     outline in the full series colour, so each mark stands out 3:1 from a band's fill (WCAG 1.4.11;
     the light fill alone measured 1.8–2.1:1 on the default look's band). */
  .series.is-rolled .markers {
    fill: var(--_series-color);
    fill-opacity: var(--_rating-opacity);
    stroke: var(--_series-color);
    stroke-width: 1px;
  }
  .series.is-focus .line {
    stroke-width: var(--_focus-line-width);
  }
  .series.is-muted .line {
    stroke-width: 1.5px;
  }
  /* The young person's own reading: hollow diamonds on a dotted line, by shape and line style. */
  .own .own-line {
    fill: none;
    stroke: var(--_series-color, var(--_color-text));
    stroke-width: 2px;
    stroke-dasharray: 1 4;
    stroke-linecap: round;
  }
  .own .own-markers {
    fill: var(--_color-surface);
    stroke: var(--_series-color, var(--_color-text));
    stroke-width: 2px;
  }
  /* The target: a long-dashed line at its level, labelled "Mål 4". */
  .target-line {
    fill: none;
    stroke: var(--_color-text);
    stroke-width: 2px;
    stroke-dasharray: 10 4;
  }
  .target-label {
    fill: var(--_color-text);
    font-size: 0.75rem;
    font-weight: 600;
    stroke: var(--_color-surface);
    stroke-width: 3px;
    paint-order: stroke;
  }
  .c1 { --_series-color: var(--_color-series-1); }
  .c2 { --_series-color: var(--_color-series-2); }
  .c3 { --_series-color: var(--_color-series-3); }
  .c4 { --_series-color: var(--_color-series-4); }
  .c5 { --_series-color: var(--_color-series-5); }
  .c6 { --_series-color: var(--_color-series-6); }
  .key-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.875rem;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_color-text-muted);
    font-size: 0.75rem;
  }
  .key-list li {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .key-swatch {
    inline-size: 20px;
    block-size: 14px;
    flex: none;
  }
  .band,
  .key-swatch .swatch-band {
    fill: var(--_band-color);
    stroke: var(--_band-border);
    stroke-width: 1px;
    stroke-dasharray: 2 3;
  }
  .conversation,
  .key-swatch .swatch-conversation {
    fill: none;
    stroke: var(--_conversation-color);
    stroke-width: 1.5px;
    stroke-dasharray: 4 3;
  }
  .key-swatch .mark {
    fill: var(--_color-text-muted);
    fill-opacity: 0.6;
    stroke: var(--_color-text-muted);
    stroke-width: 1px;
  }
  .key-swatch .mean {
    fill: none;
    stroke: var(--_color-text);
    stroke-width: 2px;
  }
  .panels {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .panel-group {
    display: flex;
    flex-direction: column;
  }
  .group-name {
    margin: 0.25rem 0 0;
    font-size: var(--_font-size-small);
    font-weight: 700;
    color: var(--_color-text);
  }
  .panel {
    border-inline-start: 3px solid transparent;
    padding-inline-start: 0.25rem;
  }
  .panel.is-focus {
    border-inline-start-color: var(--_color-text);
    background: var(--_band-color);
  }
  .panel-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
    padding-inline-start: 28px;
  }
  .panel-name {
    margin: 0;
    font-size: var(--_font-size-small);
    font-weight: 700;
  }
  .panel-change {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: 0.75rem;
  }
  .panel-drawing .tick,
  .time-axis text {
    fill: var(--_color-text-muted);
    font-size: 0.75rem;
  }
  .time-axis .year {
    fill: var(--_color-text);
    font-weight: 600;
  }
  /* Placed from the point in plain x and y (the plot runs left to right in every language). */
  .callout {
    position: absolute;
    top: 0;
    left: 0;
    transform: translate(var(--_callout-x, 0), var(--_callout-y, 0));
    max-inline-size: min(18rem, 100%);
    padding: 0.5rem 2.75rem 0.5rem 0.75rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_callout-background);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    font-size: var(--_font-size-small);
    z-index: 1;
  }
  .callout p {
    margin: 0;
  }
  .callout .callout-value {
    font-size: var(--_font-size);
    font-weight: 700;
  }
  .callout button {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    border: 0;
    background: transparent;
    padding: 0;
    justify-content: center;
  }
  @media (prefers-reduced-motion: no-preference) {
    .callout {
      transition: transform 120ms ease-out;
    }
  }
  /* On paper: no callout; the panels of the small multiples stay whole; the legend is a key, not buttons. */
  @media print {
    .callout {
      display: none;
    }
    .panel {
      break-inside: avoid;
    }
    .legend button {
      border-color: transparent;
      background: none;
    }
    /* In black and white the colours are greys: the cadence shows in the dash too, as in forced colours. */
    .series.month .line {
      stroke-dasharray: 8 3;
    }
    .series.half-year .line {
      stroke-dasharray: 2 3;
    }
  }
  @media (forced-colors: active) {
    .own .own-line,
    .own .own-markers,
    .target-line,
    .series .line,
    .cursor,
    .conversation,
    .key-swatch .swatch-conversation,
    .key-swatch .mean {
      stroke: CanvasText;
    }
    /* An author fill vanishes on a black canvas: the flags take the text colour. */
    .conversation-flag,
    .key-swatch .mark,
    .series.is-rolled .markers {
      fill: CanvasText;
    }
    .panel.is-focus {
      border-inline-start-color: Highlight;
      background: Canvas;
    }
    .panel-drawing .tick,
    .time-axis text {
      fill: CanvasText;
    }
    .series .markers {
      fill: CanvasText;
      stroke: Canvas;
    }
    .series.counsellor .markers {
      fill: Canvas;
      stroke: CanvasText;
    }
    .series.is-rolled .markers {
      stroke: CanvasText;
    }
    /* One colour for all: cadence shows in the dash as well as in the markers. */
    .series.month .line {
      stroke-dasharray: 8 3;
    }
    .series.half-year .line {
      stroke-dasharray: 2 3;
    }
    .band,
    .key-swatch .swatch-band {
      fill: Canvas;
      stroke: GrayText;
    }
    .axis text,
    .band-label,
    .target-label {
      fill: CanvasText;
    }
    .own .own-markers {
      fill: Canvas;
    }
    .legend button[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
  }
`;
