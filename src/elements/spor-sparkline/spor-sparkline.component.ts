import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { sparklineGeometry } from '../../charts/sparkline.js';
import type { InvalidDataIssue } from '../../events/index.js';
import { formatNumber } from '../../i18n/locale.js';
import { isolateIfSensitive } from '../../core/read/bidi-text.js';
import { renderInvalidData } from '../../internal/invalid-data-view.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { tokens } from '../../themes/tokens.js';
import { SporLocalizedElement } from '../shared/spor-localized-element.js';
import { styles } from './spor-sparkline.styles.js';
import { chartsWords } from '../../i18n/charts/words.js';
import type { ChartsTranslation } from '../../i18n/translation.js';

/** The drawing's own coordinate system; the SVG stretches it to the element's size. */
const viewWidth = 120;
const viewHeight = 32;

/**
 * A word-sized line of a series of numbers, for cards and table cells. Gaps (`null`) stay gaps,
 * and the latest value is marked. Screen readers hear the label with the first and last value.
 *
 * @tagname spor-sparkline
 * @summary A small line that shows how a series moved.
 *
 * @fires spor-invalid-data - When `values` is not a list of numbers and nulls. `detail.issues` says what is wrong.
 *
 * @csspart base - The SVG drawing.
 * @csspart line - The line of the series.
 * @csspart marker - The dots on the latest value and on values with no neighbours.
 * @csspart error - The error state shown instead of the drawing.
 *
 * @cssprop [--spor-sparkline-width=8rem] - The width of the line.
 * @cssprop [--spor-sparkline-height=2rem] - The height of the line.
 * @cssprop [--spor-sparkline-color=var(--spor-color-series-1)] - The colour of the line and its dots.
 * @cssprop [--spor-sparkline-stroke-width=2px] - The thickness of the line.
 */
export class SporSparkline extends SporLocalizedElement<ChartsTranslation> {
  protected readonly words = chartsWords;

  static override styles = [tokens, sharedStyles, styles];

  /** The numbers to draw, oldest first; `null` is a gap ("no value in this period"). */
  @property({ attribute: false }) values: ReadonlyArray<number | null> = [];

  /** What the numbers are, for screen readers, e.g. "Punctuality". */
  @property() label = '';

  /** The value at the bottom edge. Set it to the scale's minimum so several sparklines compare. */
  @property({ type: Number }) min: number | undefined;

  /** The value at the top edge. */
  @property({ type: Number }) max: number | undefined;

  private issues: ReadonlyArray<InvalidDataIssue> = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('values') || changed.has('min') || changed.has('max') || changed.has('locale')) {
      const t = this.i18n.t.sparkline;
      this.issues = [
        ...(isSeries(this.values) ? [] : [{ path: ['values'], message: t.notNumbers }]),
        // `min="abc"` arrives as NaN; drawn, it would put NaN into the path.
        ...(isBound(this.min) ? [] : [{ path: ['min'], message: t.notBound }]),
        ...(isBound(this.max) ? [] : [{ path: ['max'], message: t.notBound }]),
      ];
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const isInputChanged = changed.has('values') || changed.has('min') || changed.has('max');
    if (isInputChanged && this.issues.length > 0) {
      this.emit('spor-invalid-data', { issues: this.issues });
    }
  }

  // Annotated so the published declaration names lit, a dependency, not lit-html beneath it.
  protected override render(): TemplateResult {
    const t = this.i18n.t;
    if (this.issues.length > 0) return renderInvalidData(t, this.issues, { compact: true });
    const values = this.values;
    // An attribute cannot hold an isolating element: the host's label is wrapped in FSI…PDI instead.
    const label = this.label ? isolateIfSensitive(this.label) : t.sparkline.defaultLabel;
    const geometry = sparklineGeometry(values, {
      width: viewWidth,
      height: viewHeight,
      // Removing the attribute sets null, which the geometry reads as "unset".
      min: this.min ?? undefined,
      max: this.max ?? undefined,
    });
    const first = geometry.points[0];
    const last = geometry.last;
    if (!first || !last) {
      return html`<span class="empty" role="img" aria-label=${`${label}: ${t.sparkline.empty}`}>${t.sparkline.empty}</span>`;
    }
    const format = (value: number) => formatNumber(this.i18n.locale, value);
    const description =
      geometry.points.length === 1
        ? t.sparkline.single(label, format(last.value))
        : t.sparkline.summary(label, format(first.value), format(last.value), geometry.points.length);
    const dots = [...new Set([...geometry.isolated, last])];
    return html`<svg
      part="base"
      role="img"
      aria-label=${description}
      viewBox="0 0 ${viewWidth} ${viewHeight}"
      preserveAspectRatio="none"
    >
      <path part="line" class="line" d=${geometry.path || nothing}></path>
      <path part="marker" class="marker" d=${dots.map((p) => `M${p.x},${p.y}h0`).join('')}></path>
    </svg>`;
  }
}

/** An edge of the drawing: unset (the data decides) or a finite number. */
function isBound(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * A list of finite numbers and nulls. Read index by index: `every` skips the holes of a sparse
 * array (`new Array(3)`), which would reach the geometry as missing points; a hole is refused like
 * `undefined`, and a gap is written `null`.
 */
function isSeries(values: unknown): values is ReadonlyArray<number | null> {
  if (!Array.isArray(values)) return false;
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (v !== null && !(typeof v === 'number' && Number.isFinite(v))) return false;
  }
  return true;
}
