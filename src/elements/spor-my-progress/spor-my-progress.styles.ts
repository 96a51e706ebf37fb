import { css } from 'lit';
import { cardSparkline, stackedList, surfaceControl } from '../../internal/shared.styles.js';

export const styles = css`
  :host {
    --_card-background: var(--spor-my-progress-card-background, var(--_color-surface));
    --_card-border: var(--spor-my-progress-card-border, #c8ccd2);
    display: block;
    font-size: var(--_font-size);
    line-height: 1.45;
    /*
     * A long Danish compound ("Ansvarsbevidsthed") at 200 % text on a phone: hyphenated where the
     * browser has the language's dictionary (Safari wants the prefix), else broken anywhere rather
     * than pushed past the edge. A number keeps its "af 5" by the words' no-break spaces.
     */
    overflow-wrap: anywhere;
    -webkit-hyphens: auto;
    hyphens: auto;
  }
  .page {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .title {
    margin: 0;
    font-size: 1.5rem;
    line-height: 1.2;
  }
  .intro,
  .lead {
    margin: 0;
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    /* On a narrow phone at large text the padding gives way to the words. */
    padding: min(var(--_space), 4vw);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-background);
  }
  /* The focus: a solid edge in the text colour, and the heading says it (never colour alone). */
  .section.is-focus {
    border: 2px solid var(--_color-text);
    padding: calc(min(var(--_space), 4vw) - 1px);
  }
  .heading {
    margin: 0;
    font-size: 1.1875rem;
    line-height: 1.25;
  }
  ul {
    ${stackedList}
  }
  li {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  .note {
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_color-series-3);
  }
  p {
    margin: 0;
  }
  .meta,
  .empty {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .focus {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .focus-area,
  .reading-label,
  .trait-text {
    font-weight: 700;
  }
  .subheading {
    margin: 0.25rem 0 0;
    font-size: 1rem;
    line-height: 1.3;
  }
  .step {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_color-series-1) 10%, transparent);
    font-style: italic;
  }
  ${cardSparkline}
  /* The mark hangs beside its sentence: a sentence that wraps at large text stays clear of it. */
  .you,
  .company {
    display: flex;
    align-items: baseline;
  }
  .mark {
    flex: none;
    display: inline-block;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    margin-inline-end: 0.5rem;
    border-radius: 50%;
    vertical-align: baseline;
  }
  .you-mark {
    background: var(--_color-series-1);
  }
  .company-mark {
    border: 2px solid var(--_color-text);
    border-radius: 0;
  }
  .more {
    align-self: flex-start;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5rem 1rem;
    ${surfaceControl}
    font: inherit;
    cursor: pointer;
  }
  .more:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  @media print {
    .section {
      break-inside: avoid;
    }
    .more {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .section,
    .section.is-focus {
      border-color: CanvasText;
    }
    .note {
      border-inline-start-color: CanvasText;
    }
    .you-mark {
      background: CanvasText;
    }
  }
`;
