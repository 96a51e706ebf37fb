import { css } from 'lit';

export const styles = css`
  :host {
    --_max-width: var(--spor-conversation-summary-max-width, 48rem);
    --_rule: var(--spor-conversation-summary-rule, 1px solid var(--_color-grid));
    display: block;
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  .page {
    max-inline-size: var(--_max-width);
    margin-inline: auto;
    background: var(--_color-surface);
  }
  .heading {
    margin: 0 0 0.5rem;
    line-height: 1.25;
  }
  .h0 {
    font-size: 1.75rem;
  }
  .h1 {
    font-size: 1.25rem;
  }
  .h2 {
    font-size: 1.0625rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 2rem;
    margin: 0;
    color: var(--_color-text-muted);
  }
  .meta div {
    display: flex;
    gap: 0.5rem;
  }
  .meta dt {
    font-weight: 700;
  }
  .meta dd {
    margin: 0;
  }
  .section {
    margin-block-start: 1.5rem;
    padding-block-start: 1rem;
    border-block-start: var(--_rule);
  }
  .answer-list,
  .change-list {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  .answer {
    margin-block-end: 0.75rem;
    break-inside: avoid;
  }
  .prompt {
    margin: 0;
    font-weight: 700;
  }
  .answer-text {
    margin: 0.25rem 0 0;
    white-space: pre-wrap;
    overflow-wrap: break-word;
  }
  .answer-text.is-empty,
  .empty {
    color: var(--_color-text-muted);
    font-style: italic;
  }
  .focus p {
    margin: 0 0 0.5rem;
  }
  .focus-now {
    font-weight: 700;
  }
  /* The young person's own words, as they wrote them: set off from the kit's sentences by a rule. */
  .next-step {
    margin-block-start: 0.75rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_color-grid);
  }
  .next-step-text {
    white-space: pre-line;
  }
  .change {
    margin-block-end: 0.375rem;
  }
  /* The direction is in the words; the list marker repeats it in shape, never in colour alone. */
  .change.rose {
    list-style-type: '▲  ';
  }
  .change.dipped {
    list-style-type: '▼  ';
  }
  .change.steady {
    list-style-type: '→  ';
  }
  .star {
    display: block;
    margin-block-end: 1.5rem;
  }
  .cards {
    break-inside: avoid;
  }

  /*
   * On paper (A4 portrait): no screen width limit, black text on white, each section whole where
   * it fits, and the charts on a page of their own so neither is cut between two pages.
   */
  @media print {
    :host {
      --_color-text: #000;
      --_color-text-muted: #333;
      --_color-surface: #fff;
      font-size: 11pt;
      line-height: 1.35;
    }
    .section {
      margin-block-start: 1rem;
      padding-block-start: 0.75rem;
    }
    .answer {
      margin-block-end: 0.5rem;
    }
    .change {
      margin-block-end: 0.125rem;
    }
    .page {
      max-inline-size: none;
    }
    /* Long answers and lists may go on over a page; a single answer or sentence never splits. */
    .change,
    .focus,
    .next-step {
      break-inside: avoid;
    }
    .next-step {
      border-inline-start-color: #000;
    }
    .charts {
      break-before: page;
      border-block-start: 0;
      margin-block-start: 0;
      padding-block-start: 0;
    }
    .heading {
      break-after: avoid;
    }
  }
  @media (forced-colors: active) {
    .section {
      border-block-start-color: CanvasText;
    }
  }
`;
