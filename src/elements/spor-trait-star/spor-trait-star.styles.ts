import { css } from 'lit';

export const styles = css`
  :host {
    --_now-color: var(--spor-trait-star-now-color, var(--_color-series-1));
    --_before-color: var(--spor-trait-star-before-color, #4d4d4d);
    --_fill-opacity: var(--spor-trait-star-fill-opacity, 0.12);
    --_self-color: var(--spor-trait-star-self-color, var(--_color-series-4));
  }
  .key svg {
    inline-size: 28px;
    block-size: 12px;
  }
  .ring,
  .spoke {
    fill: none;
    stroke: var(--_color-grid);
    stroke-width: 1px;
  }
  .ring-label {
    fill: var(--_color-text-muted);
    font-size: 0.75rem;
    /* A halo in the surface colour keeps the number readable over the outlines. */
    stroke: var(--_color-surface);
    stroke-width: 3px;
    paint-order: stroke;
  }
  .now {
    fill: var(--_now-color);
    fill-opacity: var(--_fill-opacity);
    stroke: var(--_now-color);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .now.open {
    fill: none;
  }
  .before {
    fill: none;
    stroke: var(--_before-color);
    stroke-width: 2px;
    stroke-dasharray: 6 4;
    stroke-linejoin: round;
  }
  .dot-now {
    fill: var(--_now-color);
  }
  .dot-before {
    fill: var(--_color-surface);
    stroke: var(--_before-color);
    stroke-width: 2px;
  }
  /* The young person's own reading: a dotted line through diamonds, told apart from the now mark by shape. */
  .self {
    fill: none;
    stroke: var(--_self-color);
    stroke-width: 2px;
    stroke-dasharray: 1 4;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .dot-self {
    fill: var(--_self-color);
    stroke: var(--_color-surface);
    stroke-width: 1.5px;
  }
  .axis-label {
    fill: var(--_color-text);
    font-size: 0.8125rem;
  }
  .axis-value {
    fill: var(--_color-text-muted);
    font-size: 0.75rem;
  }
  .axis-label.is-marked {
    font-weight: 700;
  }
  .change {
    font-size: 0.75rem;
    font-weight: 700;
    fill: var(--_color-text);
  }
  .slope-labels {
    display: grid;
    grid-auto-flow: column;
    /* minmax(0, 1fr): a long word may not widen its column past the drawing's panels. */
    grid-auto-columns: minmax(0, 1fr);
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    /* Under the slopes, not under the scale's numbers (the drawing's 28 px on the left). */
    padding-inline-start: 28px;
    list-style: none;
    text-align: center;
    font-size: 0.75rem;
    /* Columns are chosen only where each holds its longest word; a word breaks only if a host's
       name is longer than a whole column or row, never to save room. */
    overflow-wrap: break-word;
  }
  /* Rows where columns would break words: each trait's name whole, its slope and values beside or below. */
  .slope-labels.is-rows {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding-inline-start: 0;
    text-align: start;
    font-size: var(--_font-size-small);
  }
  .is-rows li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0 0.75rem;
    min-block-size: 44px;
    padding: 0.125rem 0.5rem;
    border-radius: var(--_radius);
  }
  .is-rows .row-values {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  .is-rows .row-slope {
    flex: none;
  }
  .is-rows .row-values .change-text {
    display: inline;
  }
  .is-rows .row-change {
    font-weight: 700;
    color: var(--_color-text);
  }
  .is-rows li.is-cursor {
    outline: 3px solid var(--_color-focus);
    outline-offset: -3px;
  }
  .slope-labels .is-marked {
    font-weight: 700;
  }
  .slope-labels .change-text {
    display: block;
    color: var(--_color-text-muted);
  }
  .readout {
    margin: 0;
    padding: 0.25rem 0.5rem;
    font-size: var(--_font-size-small);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  /* On paper: the star and its readout stay together. */
  @media print {
    .plot {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    /* The author grey (#d9d9d9) nearly vanishes on a high-contrast canvas; the system's own grey
       keeps the rings and spokes behind the outlines without competing with them. */
    .ring,
    .spoke {
      stroke: GrayText;
    }
    /* "Now" solid and "last time" dashed stay apart by line style, as every colour is the same. */
    .now,
    .before,
    .cursor {
      stroke: CanvasText;
      fill: none;
    }
    .dot-now {
      fill: CanvasText;
    }
    .dot-before {
      fill: Canvas;
      stroke: CanvasText;
    }
    .self {
      stroke: CanvasText;
    }
    .dot-self {
      fill: Canvas;
      stroke: CanvasText;
    }
    .is-rows li.is-cursor {
      outline-color: CanvasText;
    }
    .axis-label,
    .axis-value,
    .change,
    .ring-label {
      fill: CanvasText;
    }
  }
`;
