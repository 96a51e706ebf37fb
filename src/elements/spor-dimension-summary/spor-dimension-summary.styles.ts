import { css } from 'lit';
import { cardSparkline } from '../../internal/shared.styles.js';

export const styles = css`
  :host {
    --_card-background: var(--spor-dimension-summary-card-background, var(--_color-surface));
    --_card-border: var(--spor-dimension-summary-card-border, #c8ccd2);
    --_min-card-width: var(--spor-dimension-summary-min-card-width, 12.5rem);
    display: block;
    font-size: var(--_font-size);
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_min-card-width)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    padding: var(--_space);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-background);
  }
  /* The focus area: a labelled, solid edge in the text colour (not the focus ring's colour). */
  .card.is-focus {
    border: 2px solid var(--_color-text);
    padding: calc(var(--_space) - 1px);
  }
  .focus-badge {
    align-self: flex-start;
    margin: 0;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    background: var(--_color-text);
    color: var(--_color-surface);
    font-size: 0.75rem;
    font-weight: 700;
  }
  .label {
    margin: 0;
    font-size: 1.0625rem;
    font-weight: 700;
  }
  .value {
    margin: 0;
    font-size: 2rem;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .value .of {
    font-size: 1rem;
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .change {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.375rem;
    font-weight: 600;
  }
  .arrow {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-size: 0.875rem;
    line-height: 1;
  }
  .change.rose .arrow {
    color: var(--_color-series-3);
  }
  .compared,
  .meta,
  .note,
  .band {
    margin: 0;
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .band {
    color: var(--_color-text);
  }
  .note {
    font-style: italic;
  }
  ${cardSparkline}
  .empty {
    margin: 0;
    color: var(--_color-text-muted);
  }
  /* On paper: a card is never split between two pages; the arrow and the word carry the change. */
  @media print {
    .card {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .card.is-focus {
      border-color: CanvasText;
    }
    .focus-badge {
      border: 1px solid CanvasText;
    }
  }
`;
