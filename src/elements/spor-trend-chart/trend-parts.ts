/**
 * The trend chart's small parts around the drawing: a legend button, the key, and the callout of
 * one point. Markup only: the words come from i18n, the readout from `pointReadoutOf` (or, on the
 * young person's own reading, `ownPointReadoutOf`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { calloutPlacement } from '../../charts/interaction.js';
import { markerShapeAt, markersPath } from '../../charts/markers.js';
import type { TrendPoint } from '../../charts/trend.js';
import type { TrendDrawing } from '../../charts/trend-drawing.js';
import { legendLabelOf } from '../../controllers/change-words.js';
import type { ChartSeries } from '../../controllers/progress-view.js';
import type { OwnPointReadout } from '../../controllers/own-reading.js';
import type { PointReadout } from '../../controllers/trend-view.js';
import type { ChartsTranslation } from '../../i18n/translation.js';
import { formatNumber } from '../../i18n/locale.js';
import { isolate, withIsolates } from '../../internal/bidi.js';
import { keySwatch } from './trend-svg.js';

/**
 * A series' name in the legend, a panel's heading and the callout: its label in an isolate, and
 * the kit's words after it (a split series' "(virksomhed)") outside, in the page's direction.
 */
export function legendName(t: ChartsTranslation, s: ChartSeries): unknown {
  return withIsolates(legendLabelOf(t, s.label, s.rater, isolate));
}

/** A series' name, and "focus area" after it when it is the focus. */
export function nameWithFocus(t: ChartsTranslation, s: ChartSeries, isFocus: boolean, space = ''): unknown {
  return html`${legendName(t, s)}${isFocus ? html`${space}<span class="focus-tag">${t.chart.focusArea}</span>` : nothing}`;
}

/** A legend button that shows or hides a series, with the series' line and marker. */
export function legendButton(
  t: ChartsTranslation,
  s: ChartSeries,
  options: { readonly isShown: boolean; readonly isFocus: boolean; readonly onToggle: () => void },
): TemplateResult {
  const shape = markerShapeAt(s.shapeIndex);
  return html`<button type="button" aria-pressed=${options.isShown ? 'true' : 'false'} data-series=${s.key}
    @click=${options.onToggle}>
    <svg class="key c${s.colorIndex + 1} series ${s.cadence} ${s.rater ?? ''}" viewBox="0 0 24 16" aria-hidden="true">
      <path class="line" d="M2,8H22"></path>
      <path class="markers" d=${markersPath(shape, [{ x: 12, y: 8 }], 48)}></path>
    </svg>
    ${nameWithFocus(t, s, options.isFocus)}
  </button>`;
}

/**
 * What the bands, the dashed lines, the small marks and the line mean: a few words, not colour
 * alone. `rolled`: a series drawn as its rolling mean, if any.
 */
export function keyList(
  t: ChartsTranslation,
  rolled: ChartSeries | undefined,
  has: {
    readonly placements: boolean;
    readonly conversations: boolean;
    /** The young person's own reading is drawn (`show-self`). */
    readonly own?: boolean;
  },
): TemplateResult {
  const window = rolled?.rolled[0]?.window ?? 1;
  const item = (kind: string, text: string) =>
    html`<li><svg class="key-swatch" viewBox="0 0 20 14" aria-hidden="true">${keySwatch(kind)}</svg>${text}</li>`;
  return html`<ul part="key" class="key-list" aria-label=${t.trend.key}>
    ${rolled ? item('ratings', t.trend.keyRatings) : nothing}
    ${rolled && window > 1 ? item('mean', t.trend.keyMean(window, rolled.cadence)) : nothing}
    ${has.placements ? item('placement', t.trend.keyPlacement) : nothing}
    ${has.conversations ? item('conversation', t.trend.keyConversation) : nothing}
    ${has.own ? item('own', t.chart.own) : nothing}
  </ul>`;
}

/** The week's rating or ratings and the rolling mean the line shows there (issue 10). */
export function callout(
  t: ChartsTranslation,
  locale: string,
  s: ChartSeries,
  r: PointReadout,
  options: { readonly scaleMax: number; readonly onClose: () => void },
): TemplateResult {
  const value = t.chart.valueOf(formatNumber(locale, r.value), formatNumber(locale, options.scaleMax, 0));
  return html`<div part="callout" class="callout" @pointerdown=${(e: Event) => e.stopPropagation()}>
    <p><strong>${legendName(t, s)}</strong></p>
    <p>${r.period}</p>
    ${
      r.ratings
        ? html`<p>${r.ratings}</p>
            <p class="callout-value">${t.trend.meanOver(value, r.window, s.cadence)}</p>`
        : html`<p class="callout-value">${value}</p>`
    }
    <p>${r.count}</p>
    ${r.own ? html`<p class="callout-own">${r.own}</p>` : nothing}
    ${r.isPartial ? html`<p>${t.chart.coverage}</p>` : nothing}
    <button type="button" aria-label=${t.chart.close} @click=${options.onClose}>✕</button>
  </div>`;
}

/** The callout of one of the own reading's marks: whose line it stands beside, the week, the reading. */
export function ownCallout(
  t: ChartsTranslation,
  s: ChartSeries,
  r: OwnPointReadout,
  onClose: () => void,
): TemplateResult {
  return html`<div part="callout" class="callout is-own" @pointerdown=${(e: Event) => e.stopPropagation()}>
    <p><strong>${legendName(t, s)}</strong></p>
    <p>${r.period}</p>
    <p class="callout-value callout-own">${r.own}</p>
    <button type="button" aria-label=${t.chart.close} @click=${onClose}>✕</button>
  </div>`;
}

/** What the key explains: what the drawing holds besides the series. */
export function keyContentOf(
  model: { readonly placements: ReadonlyArray<unknown>; readonly conversations: ReadonlyArray<unknown> },
  drawing: TrendDrawing,
): Parameters<typeof keyList>[2] {
  return {
    placements: model.placements.length > 0,
    conversations: model.conversations.length > 0,
    // The target needs no entry: its mark carries its own label ("Mål 4").
    own: drawing.own.some((own) => own !== undefined && own.points.length > 0),
  };
}

/**
 * Places the callout next to the active point, flipped and clamped so it stays inside the
 * element. It is set through the CSSOM (custom properties), which a strict CSP allows.
 */
export function placeCallout(
  callout: HTMLElement | undefined,
  plot: HTMLElement | undefined,
  drawing: TrendDrawing | undefined,
  point: TrendPoint | undefined,
  at: { readonly layout: number } | undefined,
  dir: 'ltr' | 'rtl',
): void {
  if (!callout || !plot || !point || !at || !drawing) return;
  const drawings = plot.querySelectorAll('svg.drawing:not(.time-axis)');
  const svgBox = drawings[at.layout]?.getBoundingClientRect();
  const plotBox = plot.getBoundingClientRect();
  const ratio = svgBox && svgBox.width > 0 ? svgBox.width / drawing.width : 1;
  const px = point.x * ratio + (svgBox ? svgBox.left - plotBox.left : 0);
  const py = point.y * ratio + (svgBox ? svgBox.top - plotBox.top : 0);
  const box = { width: callout.offsetWidth, height: callout.offsetHeight };
  const { left, top } = calloutPlacement({ x: px, y: py }, box, plotBox, dir);
  callout.style.setProperty('--_callout-x', `${Math.round(left)}px`);
  callout.style.setProperty('--_callout-y', `${Math.round(top)}px`);
}
