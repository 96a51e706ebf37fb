import { css } from 'lit';
import { visuallyHidden } from '../../internal/shared.styles.js';

export const styles = css`
  :host {
    --_gap: var(--spor-progress-conversation-gap, 1.25rem);
    --_panel-background: var(--spor-progress-conversation-panel-background, var(--_color-surface));
    display: block;
    container-type: inline-size;
    font-size: var(--_font-size);
  }
  p {
    margin: 0;
  }
  .layout {
    display: grid;
    gap: var(--_gap);
    align-items: start;
  }
  .charts {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .panel {
    min-inline-size: 0;
    padding: 1rem 1.125rem 1.125rem;
    border: 1px solid var(--_color-grid);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_panel-background);
  }
  .panel-title {
    margin-block-end: 0.5rem;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .guide {
    min-inline-size: 0;
  }
  /* A portrait tablet (768 px): the star and the dimensions side by side above the guide. */
  @container (min-width: 40rem) and (max-width: 55.99rem) {
    .charts.is-pair {
      grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr);
    }
  }
  /*
   * A landscape tablet (1024 px): the charts beside the guide. The charts stay in view while the
   * guide scrolls through a long list of areas.
   */
  @container (min-width: 56rem) {
    .layout {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
    }
    .charts {
      position: sticky;
      inset-block-start: var(--_gap);
    }
  }
  /*
   * fill: the view takes the height it is given and stays in it, its size (not the viewport's)
   * choosing the layout: wider than tall, the charts beside the guide; taller than wide, above it.
   * The chart the step is about keeps its room; the lists scroll inside their panels.
   */
  :host([fill]) {
    --_gap: var(--spor-progress-conversation-gap, 0.75rem);
    display: flex;
    flex-direction: column;
    block-size: 100%;
    min-block-size: 0;
    container-type: size;
  }
  :host([fill]) .layout {
    flex: 1 1 0;
    min-block-size: 0;
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto minmax(0, 1fr);
    align-items: stretch;
  }
  :host([fill]) .charts {
    position: static;
    min-block-size: 0;
    max-block-size: calc(100cqb - var(--_guide-room));
    align-content: start;
    overflow: auto;
    overscroll-behavior: contain;
  }
  :host([fill]) .layout {
    /* The guide's least room: its progress, a prompt of two lines, a glimpse of the list, the answer and the buttons. */
    --_guide-room: 22rem;
  }
  /* The guide's room by what the step holds: a list to glimpse, or also the next step's field. */
  :host([fill]) .is-appreciation,
  :host([fill]) .is-open,
  :host([fill]) .is-finish {
    --_guide-room: 19rem;
  }
  :host([fill]) .is-focus {
    --_guide-room: 23rem;
  }
  :host([fill]) .panel {
    padding: 0.75rem 1rem;
  }
  /* The chart's own title says it: the panel's stays for a screen reader, out of the picture. */
  :host([fill]) .panel-title {
    ${visuallyHidden}
  }
  :host([fill]) .panel {
    position: relative;
  }
  :host([fill]) .guide {
    min-block-size: 0;
  }
  /* The dimensions' cards beside the star scroll in their own card, as tall as the star's. */
  :host([fill]) .charts.is-pair {
    grid-template-columns: minmax(0, min(calc(50cqb + 2rem + 2px), calc(100% - 13rem - var(--_gap)))) minmax(0, 1fr);
  }
  :host([fill]) .is-pair > .panel + .panel {
    contain: size;
    overflow: auto;
    overscroll-behavior: contain;
    background:
      linear-gradient(var(--_panel-background) 30%, transparent) top / 100% 1.5rem no-repeat local,
      linear-gradient(transparent, var(--_panel-background) 70%) bottom / 100% 1.5rem no-repeat local,
      radial-gradient(farthest-side at 50% 0, var(--_scroll-shadow), transparent) top / 100% 0.75rem no-repeat scroll,
      radial-gradient(farthest-side at 50% 100%, var(--_scroll-shadow), transparent) bottom / 100% 0.75rem no-repeat
        scroll,
      var(--_panel-background);
    --_scroll-shadow: color-mix(in srgb, var(--_color-text) 35%, transparent);
  }
  :host([fill]) .is-pair > .panel + .panel:focus-visible,
  :host([fill]) .charts:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  /*
   * A tall box (a phone, a tall tablet): the star takes the width, as large as the height allows;
   * the cards go beneath it, reached by scrolling the charts.
   */
  @container (max-width: 34rem) or (max-aspect-ratio: 2 / 3) {
    :host([fill]) .charts.is-pair {
      grid-template-columns: minmax(0, 1fr);
    }
    :host([fill]) .is-pair > .panel + .panel {
      contain: none;
    }
    :host([fill]) .is-pair > .panel:first-child > * {
      max-inline-size: calc(50cqb + 2px);
      margin-inline: auto;
    }
    /* The star's card (its plot at most 0.8 × 50cqb) and the first lines of the cards: the guide gets the rest. */
    :host([fill]) .charts.is-pair {
      max-block-size: min(calc(100cqb - var(--_guide-room)), calc(40cqb + 14rem));
    }
  }
  /*
   * A phone: no room for a chart and the guide at once. The guide is one screen of its own, the
   * charts above it, and the view scrolls between them (snapping to either).
   */
  @container (max-width: 34rem) {
    :host([fill]) .layout {
      grid-template-rows: auto 100cqb;
      overflow: auto;
      scroll-snap-type: y proximity;
    }
    :host([fill]) .layout > * {
      scroll-snap-align: start;
    }
    :host([fill]) .charts,
    :host([fill]) .charts.is-pair {
      max-block-size: none;
      overflow: visible;
    }
  }
  @container (orientation: landscape) and (min-width: 40rem) {
    :host([fill]) .layout {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      grid-template-rows: minmax(0, 1fr);
    }
    :host([fill]) .charts,
    :host([fill]) .charts.is-pair {
      display: flex;
      flex-direction: column;
      max-block-size: none;
    }
    :host([fill]) .charts > .panel {
      flex: none;
    }
    /* Choosing an area holds the most: the guide takes the wider column, the trend chart the other. */
    :host([fill]) .layout.is-focus {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.25fr);
    }
    :host([fill]) .is-pair > .panel + .panel {
      flex: 1 1 0;
      min-block-size: 6rem;
      contain: none;
    }
    /* The star leaves the cards beneath it room to show their first lines. */
    :host([fill]) .is-pair > .panel:first-child > * {
      max-inline-size: calc((100cqb - 17rem) * 1.25);
      margin-inline: auto;
    }
  }
  /*
   * Above the guide (taller than wide), the trend chart's reading line is for a screen reader only:
   * its plot keeps its share, and choosing an area gets the room to show the areas, not a glimpse.
   */
  @container (orientation: portrait) and (min-width: 34.01rem) {
    :host([fill]) spor-trend-chart::part(caption) {
      ${visuallyHidden}
    }
    :host([fill]) .is-focus {
      --_guide-room: 25rem;
    }
  }
  /*
   * An on-screen keyboard covers the lower part: the view keeps to what is seen. Above the guide,
   * the charts step aside until the keyboard goes; beside it, they shrink with it.
   */
  :host([fill]) .layout.is-typing {
    /* The guide lays its step out for the little height (its style query). */
    --_typing: 1;
    flex: none;
    block-size: var(--_typing-room);
    grid-template-rows: minmax(0, 1fr);
  }
  :host([fill]) .is-typing > .charts {
    display: none;
  }
  @container (orientation: landscape) and (min-width: 40rem) {
    :host([fill]) .is-typing > .charts {
      display: flex;
    }
  }
  :host([fill]) .layout.is-finished {
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto auto;
    overflow: auto;
  }
  :host([fill]) .is-finished .charts {
    max-block-size: none;
    overflow: visible;
  }
  /* After Finish: the printable page, then the guide's closing words, in one column. */
  .layout.is-finished {
    grid-template-columns: minmax(0, 1fr);
  }
  .is-finished .charts {
    position: static;
  }
  .record-actions {
    display: flex;
    justify-content: flex-end;
  }
  .print {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_color-focus);
    color: var(--_color-surface);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .print:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .summary {
    padding: 1.5rem;
    border: 1px solid var(--_color-grid);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_panel-background);
  }
  /* On paper: after Finish only the page for the case file; before it, the charts without the guide's controls. */
  @media print {
    :host([fill]) {
      display: block;
      block-size: auto;
      container-type: normal;
    }
    :host([fill]) .charts {
      max-block-size: none;
      overflow: visible;
    }
    .is-finished .guide,
    .record-actions {
      display: none;
    }
    .summary {
      padding: 0;
      border: 0;
    }
    .layout {
      display: block;
    }
    .panel {
      break-inside: avoid;
      margin-block-end: 1rem;
    }
  }
  @media (forced-colors: active) {
    .print {
      border: 2px solid ButtonText;
    }
    .panel {
      border-color: CanvasText;
    }
  }
`;
