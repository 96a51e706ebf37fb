import { css } from 'lit';

/**
 * The plain table the programme views (follow-up plan, week hours, cohort outcomes) show beside
 * or instead of their drawing: full width, small text, a rule under each row, a focus ring when
 * it scrolls. Each element adds its own (a caption, a heavier header rule, cell alignment).
 *
 * A table wider than the screen scrolls sideways in its own box (`.table-scroll`), never the page
 * (WCAG 1.4.10 at 320 px); the box is a tab stop and a region named by the element's title, so a
 * keyboard can scroll it and a screen reader says what it is.
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
  .table-scroll {
    overflow-x: auto;
  }
  table:focus-visible,
  .table-scroll:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
  }
  .table-scroll:focus-visible {
    outline-offset: 2px;
  }
  /* On paper nothing scrolls: the whole table. */
  @media print {
    .table-scroll {
      overflow: visible;
    }
  }
`;
