import { css } from 'lit';

/**
 * The plain table the programme views (follow-up plan, week hours, cohort outcomes) show beside
 * or instead of their drawing: full width, small text, a rule under each row, a focus ring when
 * it scrolls. Each element adds its own (a caption, a heavier header rule, cell alignment).
 */
export const tableStyles = css`
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: var(--_font-size-small);
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    border-block-end: 1px solid var(--_color-grid);
    text-align: start;
  }
  table:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
  }
`;
