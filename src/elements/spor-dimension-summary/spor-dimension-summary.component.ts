import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { type ProgressModel } from '../../controllers/progress-model.js';
import { dimensionCardsOf, type DimensionCard } from '../../controllers/progress-view.js';
import { changeSizeOf, shownDeltaOf } from '../../core/index.js';
import { formatDay, formatNumber, formatPeriod } from '../../i18n/locale.js';
import { bdi } from '../../internal/bidi.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { tokens } from '../../themes/tokens.js';
import { SporDataElement } from '../shared/spor-data-element.js';
import { SporSparkline } from '../spor-sparkline/spor-sparkline.component.js';
import { styles } from './spor-dimension-summary.styles.js';
import { chartsWords } from '../../i18n/charts/words.js';

const arrows = { rose: '↑', steady: '→', dipped: '↘', new: '•', none: '–' } as const;

/**
 * One card per dimension: where the young person is now ("3,8 af 5"), the change since the last
 * conversation in an arrow and a word, a sparkline of the way there, when it was last assessed,
 * and a note when the number rests on little data. Resilience shows its band in gentle words.
 * The cards stand in a row on a wide screen and in a column on a narrow one.
 *
 * How to read "now" and "last time": every value is a rolling mean, for a weekly series the mean of
 * the weeks with a rating among the last 4 (the framework's `changeWindow`). "Now" is that mean at
 * the latest rating and "last time" the same mean at the last week that ended before the previous
 * conversation; every element shows these same numbers.
 *
 * @tagname spor-dimension-summary
 * @summary The dimensions now, and their change since last time.
 *
 * @fires spor-invalid-data - When `data` cannot be shown; `detail.issues` lists what is wrong.
 *
 * @csspart base - The list of cards.
 * @csspart card - One dimension's card.
 * @csspart value - The current value.
 * @csspart change - The change since the last conversation.
 * @csspart error - The error state shown instead of the cards.
 *
 * @cssprop [--spor-dimension-summary-card-background=var(--spor-color-surface)] - A card's background.
 * @cssprop [--spor-dimension-summary-card-border=#c8ccd2] - A card's edge.
 * @cssprop [--spor-dimension-summary-min-card-width=12.5rem] - Below this width, cards stack.
 */
export class SporDimensionSummary extends SporDataElement {
  protected readonly words = chartsWords;

  static override styles = [tokens, sharedStyles, styles];
  static override dependencies = { 'spor-sparkline': SporSparkline };

  /**
   * "Now", `YYYY-MM-DD`: the cards as they read on that day, as the trait star's `date` does (a
   * conversation's printed summary shows both as of its date); default: the latest rating.
   */
  @property() date = '';

  /**
   * The date to compare with, `YYYY-MM-DD`; default: the latest conversation (before `date`, when
   * it is given).
   */
  @property() since = '';

  /**
   * The focus area (`focus` attribute): a series id drawn stronger than the rest and marked as the
   * focus area; default: the focus chosen in the latest conversation. The property is `focusSeries`
   * because `focus` is every element's `focus()` method, which keyboard users rely on.
   */
  @property({ attribute: 'focus' }) focusSeries = '';

  protected override renderModel(model: ProgressModel) {
    const before = this.date ? model.previousConversationDate(this.date) : model.latestConversationDate;
    const since = this.since || before || '';
    const cards = dimensionCardsOf(model, since, this.date);
    if (cards.every((card) => card.points.length === 0)) return this.renderEmpty();
    const focus = this.focusSeries || model.latestFocus || '';
    return html`<ul part="base" class="cards">
      ${cards.map((card) => this.renderCard(card, since, focus))}
    </ul>`;
  }

  private renderCard(card: DimensionCard, since: string, focus: string): TemplateResult {
    const t = this.i18n.t;
    const locale = this.i18n.locale;
    const n = (value: number) => formatNumber(locale, value);
    const latest = card.points.at(-1);
    const now = card.now;
    const delta = card.change ? shownDeltaOf(card.change) : null;
    const year = Number((latest?.end ?? '').slice(0, 4)) || undefined;
    const sinceText = since ? formatDay(locale, since, year) : '';
    const isFocus = card.id === focus;
    // The sparkline's registered name (the default unless the host chose another).
    const sparkline = unsafeStatic(this.tagOf('spor-sparkline'));
    return html`<li part="card" class="card ${isFocus ? 'is-focus' : ''}">
      ${isFocus ? html`<p class="focus-badge">${t.chart.focusArea}</p>` : nothing}
      <p class="label">${bdi(card.label)}</p>
      ${
        now
          ? html`<p part="value" class="value">
            ${n(now.value)} <span class="of">${t.dimensions.of(formatNumber(locale, card.scaleMax, 0))}</span>
          </p>`
          : html`<p class="value"><span class="of">${t.dimensions.noValue}</span></p>`
      }
      ${
        card.change && since
          ? html`<p part="change" class="change ${card.change.direction}">
            <span class="arrow" aria-hidden="true">${arrows[card.change.direction]}</span>
            ${t.dimensions.change[card.change.direction](
              sinceText,
              delta === null ? '' : n(Math.abs(delta)),
              // How far, by core's rule: the same words as the summary, the star and the guide.
              changeSizeOf(card.change, { min: card.scaleMin, max: card.scaleMax }),
            )}
          </p>
          ${card.compared ? html`<p class="compared">${card.compared}</p>` : nothing}`
          : nothing
      }
      ${
        card.points.length > 1
          ? staticHtml`<${sparkline} .values=${card.rolled.map((p) => p.value)} .min=${card.scaleMin} .max=${card.scaleMax}
            label=${card.label} locale=${locale}></${sparkline}>`
          : nothing
      }
      ${card.band ? html`<p class="band">${t.dimensions.bands[card.band.id] ?? bdi(card.band.label)}</p>` : nothing}
      <p class="meta">
        ${latest ? t.dimensions.lastAssessed(formatPeriod(locale, latest.period)) : ''} ${t.dimensions.cadence[card.cadence]}
      </p>
      ${card.isThin ? html`<p class="note">${t.dimensions.thin}</p>` : nothing}
    </li>`;
  }
}
