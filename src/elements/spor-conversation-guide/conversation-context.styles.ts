import { css } from 'lit';
import { toggleSwitch } from '../../internal/shared.styles.js';

/** What a prompt shows beside it: the changes, the notes, the areas to choose from and the consent switch. */
export const contextStyles = css`
  .context {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    padding: 1rem 1.125rem;
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  .context-title {
    margin-block-end: 0.375rem;
    font-weight: 700;
  }
  .change-list,
  .note-list,
  .overview {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .change {
    display: flex;
    gap: 0.5rem;
    padding-block: 0.25rem;
  }
  .mark {
    flex: none;
    inline-size: 1.25rem;
    text-align: center;
    font-size: 0.875rem;
    line-height: 1.6;
  }
  .is-rose .mark {
    color: var(--_color-series-3);
  }
  /* A dip is neutral, never alarm red. */
  .is-dipped .mark {
    color: var(--_color-text-muted);
  }
  .is-steady .mark,
  .line-window {
    color: var(--_color-text-muted);
  }
  /* The values read as numbers in a row: 3,0 → 3,8 lines up from line to line. */
  .values {
    font-variant-numeric: tabular-nums;
  }
  .show-all {
    align-self: flex-start;
    margin-block-start: 0.5rem;
  }
  .more-changes {
    margin-block-start: 0.5rem;
  }
  .more-changes[hidden] {
    display: none;
  }
  .note {
    padding: 0.625rem 0.875rem;
    margin-block-end: 0.5rem;
    border-inline-start: 4px solid var(--_color-series-3);
    /* Square where the rule is, on the start side: the left, or the right in a right-to-left language. */
    border-radius: var(--_radius);
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    background: var(--_color-surface);
  }
  .note-text {
    font-style: italic;
  }
  .note-by {
    margin-block-start: 0.25rem;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .areas {
    display: flex;
    flex-direction: column;
    gap: 0.875rem;
  }
  .last-focus {
    font-weight: 600;
  }
  .last-focus p + p {
    margin-block-start: 0.25rem;
  }
  /* A choice among boxed buttons in a grid: a focus area in its group, and a step of the target. */
  .group,
  .target {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .group-label,
  .target-legend {
    padding: 0;
    margin-block-end: 0.375rem;
    font-weight: 700;
  }
  .group-areas,
  .target-steps {
    display: grid;
    gap: 0.5rem;
  }
  .group-areas {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
  }
  .target-steps {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5rem), 1fr));
  }
  .area,
  .target-step {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-block-size: 2.75rem;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    cursor: pointer;
    touch-action: manipulation;
  }
  .target-step {
    gap: 0.5rem;
  }
  .area.is-chosen,
  .target-step.is-chosen {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .area input,
  .target-step input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .area:has(input:focus-visible),
  .target-step:has(input:focus-visible) {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .area input:focus-visible,
  .target-step input:focus-visible {
    outline: none;
  }
  .area-text {
    display: flex;
    flex: 1;
    flex-direction: column;
  }
  .area-label {
    font-weight: 600;
    line-height: 1.25;
    overflow-wrap: break-word;
  }
  .area-value {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .chosen {
    font-weight: 700;
  }
  .consent {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_color-grid);
  }
  ${toggleSwitch}
  .switch {
    font-weight: 600;
  }
  .hint {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  /* The young person's own side: their examples beside the companies' notes, their question, their step. */
  .examples {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 1rem;
  }
  .own-example {
    border-inline-start-color: var(--_accent);
  }
  .own-example .note-text {
    font-style: normal;
  }
  .own-question {
    font-size: 1.125rem;
    font-weight: 600;
  }
  .next-step textarea {
    min-block-size: 4.5rem;
  }
  .overview-next-step.is-empty {
    color: var(--_color-text-muted);
  }
`;
