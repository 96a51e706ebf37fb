import { defineElement } from '../../internal/spor-element.js';
import { SporTrendChart } from './spor-trend-chart.component.js';

export { SporTrendChart };

defineElement('spor-trend-chart', SporTrendChart);

declare global {
  interface HTMLElementTagNameMap {
    'spor-trend-chart': SporTrendChart;
  }
}
