/**
 * The trait star's small parts: the slopes' rows arrangement and the young person's own reading
 * (`show-self`), a diamond mark on a dotted outline, told apart from the now mark by shape and line, not colour
 * alone. Markup only: every position comes from src/charts.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { markersPath } from '../../charts/markers.js';
import type { RadarOutline } from '../../charts/radar.js';
import { slopeRowsLayout, type SlopePanel } from '../../charts/slopes.js';
import { signedChange, starNumber, type TraitValue } from '../../controllers/star-view.js';
import { bdi } from '../../internal/bidi.js';

/** The own reading's marker: a diamond, of this area in px². */
const selfShape = 'diamond';
const selfArea = 72;

/** The own reading on the radar: a dotted outline through diamond marks. */
export function selfMarks(self: RadarOutline) {
  return svg`<path part="self" class="self ${self.isClosed ? '' : 'open'}" d=${self.path}></path>
    <path class="dot-self" d=${markersPath(selfShape, self.points, selfArea)}></path>`;
}

/** The own reading's mark in a slope panel or row, beside "now". */
export function selfMark(panel: SlopePanel | undefined) {
  if (!panel || panel.selfY === null) return nothing;
  return svg`<path part="self" class="dot-self" d=${markersPath(selfShape, [{ x: panel.selfX, y: panel.selfY }], selfArea)}></path>`;
}

/** The key's swatch for the own reading: its dotted line and diamond. */
export function selfSwatch(): TemplateResult {
  return html`<svg viewBox="0 0 28 12"><path class="self" d="M2,6H26"></path><path class="dot-self" d=${markersPath(selfShape, [{ x: 14, y: 6 }], 48)}></path></svg>`;
}

/** One row per trait: its name whole, then a short before → after slope and the values. */
export function slopeRows(
  values: ReadonlyArray<TraitValue>,
  scale: { min: number; max: number; step: number },
  cursor: number | undefined,
  locale: string,
): TemplateResult {
  // Room right of the slope for the own reading's diamond, when there is one.
  const selfRoom = values.some((v) => v.self !== null) ? 12 : 0;
  const height = 40;
  const layout = slopeRowsLayout({
    items: values.map((v) => ({ id: v.id, before: v.before, after: v.now, self: v.self })),
    scale,
    width: 64,
    height,
    selfRoom,
  });
  const width = 64 + selfRoom;
  const n = (value: number | null) => starNumber(locale, value);
  return html`<ul class="slope-labels is-rows" aria-hidden="true">
    ${values.map((v, i) => {
      const row = layout.rows[i];
      const classes = `${v.isMarked ? 'is-marked' : ''} ${cursor === i ? 'is-cursor' : ''}`;
      return html`<li class=${classes} data-row=${i}>
        <span class="row-label">${bdi(v.label)}</span>
        <span class="row-values">
          <svg class="row-slope" viewBox="0 0 ${width} ${height}" width=${width} height=${height}>
            ${layout.lines.map((line) => svg`<line class="ring" x1="0" x2=${width} y1=${line.y} y2=${line.y}></line>`)}
            ${
              row
                ? svg`<path part="before" class="before" d=${row.path}></path>
              ${row.beforeY !== null ? svg`<circle class="dot-before" cx=${row.beforeX} cy=${row.beforeY} r="4"></circle>` : nothing}
              ${row.afterY !== null ? svg`<circle part="now" class="dot-now" cx=${row.afterX} cy=${row.afterY} r="5"></circle>` : nothing}
              ${selfMark(row)}`
                : nothing
            }
          </svg>
          <span class="change-text">${v.before !== null ? `${n(v.before)} → ` : ''}${n(v.now)}${
            v.delta !== null
              ? html` <span class="row-change">${signedChange(locale, v.delta)}</span>`
              : nothing
          }</span>
        </span>
      </li>`;
    })}
  </ul>`;
}
