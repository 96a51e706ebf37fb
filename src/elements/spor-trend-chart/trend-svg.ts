/**
 * The trend chart's SVG: the overlay's drawing, a panel's drawing and the panels' one time axis,
 * from the layouts `trendDrawing` worked out. Markup only; every position comes from src/charts.
 * A whole `<svg>` is an `html` template; what goes inside one is an `svg` template.
 */
import { html, nothing, svg } from 'lit';
import { markersPath } from '../../charts/markers.js';
import { labelScaleOf, panelTicks, timeLabelX, type TrendDrawing } from '../../charts/trend-drawing.js';
import { conversationPaths, gridPath, type TrendLayout, type TrendPoint } from '../../charts/trend.js';
import type { ChartSeries } from '../../controllers/progress-view.js';
import { formatNumber } from '../../i18n/locale.js';
import type { ChartsTranslation } from '../../i18n/translation.js';

/** What a drawing needs besides its layout. */
export interface TrendSvgContext {
  readonly locale: string;
  /** The words of the marks drawn in the plot (the target's label). */
  readonly t: ChartsTranslation;
  /** The focus area's series id, or `''`. */
  readonly focus: string;
  /** Placement id → company, for the bands' labels. */
  readonly companyOf: (placementId: string) => string;
  /** The point under the cursor when it is in this drawing. */
  readonly cursor: TrendPoint | undefined;
}

/** Every drawn series on one set of axes, the company named on each band with room for it. */
export function overlaySvg(drawing: TrendDrawing, drawn: ReadonlyArray<ChartSeries>, c: TrendSvgContext) {
  const layout = drawing.layouts[0];
  if (!layout) return nothing;
  const { width, height } = drawing;
  const { left, top } = layout.plot;
  const bottom = top + layout.plot.height;
  const right = left + layout.plot.width;
  const k = labelScaleOf(drawing);
  return html`<svg class="drawing" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true">
    ${bandsSvg(layout, k, c.companyOf)}
    <g part="axis" class="axis">
      ${layout.yTicks.map(
        (tick) => svg`<line class="grid" x1=${left} x2=${right} y1=${tick.y} y2=${tick.y}></line>
          ${valueTick(layout, tick, c.locale)}`,
      )}
      <line class="axis-line" x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
      ${layout.xTicks.map(
        (tick) => svg`<line class="axis-line" x1=${tick.x} x2=${tick.x} y1=${bottom} y2=${bottom + 5}></line>
          ${timeTick(tick, bottom + 20 * k, drawing)}`,
      )}
    </g>
    ${conversationsSvg(layout)}
    ${layout.series.map((geometry, i) => {
      const s = drawn[i];
      return s ? seriesSvg(s, geometry, c.focus) : nothing;
    })}
    ${drawn.map((s, i) => ownSvg(s, drawing.own[i]))}
    ${targetSvg(drawing, 0, c)}
    ${cursorSvg(c.cursor)}
  </svg>`;
}

/**
 * One panel's drawing, lean: one path for the grid, the ends and middle of the scale, the bands,
 * two paths for the conversations, the series.
 */
export function panelSvg(
  drawing: TrendDrawing,
  index: number,
  s: ChartSeries,
  c: Omit<TrendSvgContext, 'companyOf'>,
) {
  const layout = drawing.layouts[index];
  const geometry = layout?.series[0];
  if (!layout || !geometry) return nothing;
  const height = layout.plot.top + layout.plot.height + 8 * labelScaleOf(drawing);
  const ticks = panelTicks(layout.yTicks);
  return html`<svg class="drawing panel-drawing" data-panel=${index} viewBox="0 0 ${drawing.width} ${height}" width=${drawing.width} height=${height} aria-hidden="true">
    ${bandsSvg(layout, labelScaleOf(drawing))}
    <path class="grid" d=${gridPath({ plot: layout.plot, yTicks: ticks })}></path>
    ${ticks.map((tick) => valueTick(layout, tick, c.locale, 'tick'))}
    ${conversationsSvg(layout)}
    ${seriesSvg(s, geometry, c.focus)}
    ${ownSvg(s, drawing.own[index])}
    ${targetSvg(drawing, index, c)}
    ${cursorSvg(c.cursor)}
  </svg>`;
}

/** The one time axis under all panels. */
export function timeAxisSvg(drawing: TrendDrawing) {
  const layout = drawing.layouts[0];
  if (!layout) return nothing;
  const width = drawing.width;
  const right = layout.plot.left + layout.plot.width;
  const k = labelScaleOf(drawing);
  const height = 24 * k;
  return html`<svg part="axis" class="drawing axis time-axis" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true">
    <path class="axis-line" d="M${layout.plot.left},0.5H${right}${layout.xTicks.map((t) => `M${t.x},0V5`).join('')}"></path>
    ${layout.xTicks.map((tick) => timeTick(tick, 18 * k, drawing))}
  </svg>`;
}

/** A tiny drawing for one entry of the key: the band, the dashed conversation line, a rating mark, the line. */
export function keySwatch(kind: string) {
  switch (kind) {
    case 'placement':
      return svg`<rect class="swatch-band" x="1" y="1" width="18" height="12"></rect>`;
    case 'conversation':
      return svg`<path class="swatch-conversation" d="M10,0V14"></path>`;
    case 'own':
      return svg`<g class="own"><path class="own-line" d="M1,7H19"></path><path class="own-markers" d=${markersPath('diamond', [{ x: 10, y: 7 }], 40)}></path></g>`;
    case 'ratings':
      return svg`<circle class="mark" cx="5" cy="9" r="2"></circle><circle class="mark" cx="14" cy="5" r="2"></circle>`;
    default:
      return svg`<path class="mean" d="M1,10L10,6L19,7"></path>`;
  }
}

function seriesSvg(s: ChartSeries, geometry: TrendLayout['series'][number], focus: string) {
  const isFocus = focus !== '' && s.id === focus;
  const classes = `series c${s.colorIndex + 1} ${s.cadence} ${s.rater ?? ''} ${geometry.isRolled ? 'is-rolled' : ''} ${isFocus ? 'is-focus' : focus ? 'is-muted' : ''}`;
  return svg`<g part="series" class=${classes} data-series=${s.key}>
    <path class="markers" d=${geometry.markers}></path>
    <path class="line" d=${geometry.line}></path>
  </g>`;
}

/**
 * The young person's own reading of a series: diamonds on a dotted line in the series' colour,
 * apart from the company's line by shape and line style, not colour alone.
 */
function ownSvg(s: ChartSeries, geometry: TrendLayout['series'][number] | undefined) {
  if (!geometry || geometry.points.length === 0) return nothing;
  return svg`<g part="own" class="own c${s.colorIndex + 1}" data-series=${s.key}>
    <path class="own-line" d=${geometry.line}></path>
    <path class="own-markers" d=${geometry.markers}></path>
  </g>`;
}

/** The target on the focus series: a dashed line at its level from the day it was set, labelled. */
function targetSvg(drawing: TrendDrawing, layout: number, c: Pick<TrendSvgContext, 'locale' | 't'>) {
  const m = drawing.target;
  if (!m || m.layout !== layout) return nothing;
  const value = formatNumber(c.locale, m.value, Number.isInteger(m.value) ? 0 : 1);
  return svg`<g part="target" class="target">
    <path class="target-line" d="M${m.x1},${m.y}H${m.x2}"></path>
    <text class="target-label" x=${m.x2} y=${m.labelY} text-anchor="end">${c.t.chart.targetMark(value)}</text>
  </g>`;
}

/**
 * Internship bands; the company's name on top when there is room and `companyOf` is given (`k`:
 * how much larger than 12 px the labels are).
 */
function bandsSvg(layout: TrendLayout, k: number, companyOf?: (placementId: string) => string) {
  return svg`<g class="bands">
    ${layout.bands.map(
      (
        band,
      ) => svg`<rect part="band" class="band" x=${band.x} y=${layout.plot.top} width=${band.width} height=${layout.plot.height}></rect>
        ${
          companyOf && band.width > 48 * k
            ? svg`<text class="band-label" x=${band.x + 4} y=${layout.plot.top - 8 * k}><tspan class="isolate">${clip(companyOf(band.id), band.width / (7 * k))}</tspan></text>`
            : nothing
        }`,
    )}
  </g>`;
}

function conversationsSvg(layout: TrendLayout) {
  const { lines, flags } = conversationPaths(layout);
  return lines
    ? svg`<path class="conversation" d=${lines}></path><path class="conversation-flag" d=${flags}></path>`
    : nothing;
}

function cursorSvg(point: TrendPoint | undefined) {
  return point ? svg`<circle class="cursor" cx=${point.x} cy=${point.y} r="9"></circle>` : nothing;
}

/** A value tick's label, left of the plot (the overlay's and every panel's). */
function valueTick(
  layout: TrendLayout,
  tick: TrendLayout['yTicks'][number],
  locale: string,
  className?: string,
) {
  return svg`<text class=${className ?? nothing} x=${layout.plot.left - 8} y=${tick.y} dy="0.32em" text-anchor="end">${formatNumber(locale, tick.value, 0)}</text>`;
}

/**
 * A time tick's label at height `y` (the overlay's axis and the panels' one time axis), pulled in
 * from the drawing's edge it would cross.
 */
function timeTick(tick: TrendLayout['xTicks'][number], y: number, drawing: TrendDrawing) {
  const x = timeLabelX(tick.x, tick.label, drawing.labelSize, drawing.width);
  return svg`<text class=${tick.isYearStart ? 'year' : ''} x=${x} y=${y} text-anchor="middle">${tick.label}</text>`;
}

function clip(text: string, maxChars: number): string {
  const max = Math.max(3, Math.floor(maxChars));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
