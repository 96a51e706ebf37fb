import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-trend-chart/spor-trend-chart.js';
import type { SporTrendChart } from '../../../src/elements/spor-trend-chart/spor-trend-chart.component.js';
import { progressData } from '../../fixtures/progress-data.js';
import { candidateKeys, keysNamedIn, keysThatAct, press } from '../keyboard-hint.js';

describe('<spor-trend-chart> keyboard hint', () => {
  for (const locale of ['da', 'en']) {
    it(`${locale}: names exactly the keys that move the cursor`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const el = document.createElement('spor-trend-chart') as SporTrendChart;
      el.setAttribute('locale', locale);
      // Three weekly series on one set of axes, W10–W17: ↑ and ↓ have a line above and below.
      el.setAttribute('series', 'initiative,persistence,curiosity');
      el.setAttribute('layout', 'overlay');
      el.data = progressData();
      wrapper.append(el);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const plot = root.querySelector<HTMLElement>('[part~="plot"]')!;
      const hint = root.getElementById('hint')?.textContent ?? '';
      const named = keysNamedIn(hint);
      expect(named.length, hint).to.be.at.least(4);
      // The middle series' third week (W12, 16–22 March): a point before and after it, a line
      // above and below, a month back runs past the first week (W10) and a month on is W16.
      const reset = async () => {
        plot.focus();
        await press(el, 'Escape', 'ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowRight');
      };
      const state = () => {
        const ring = root.querySelector('circle.cursor');
        const live = root.querySelector('[aria-live="polite"]')?.textContent ?? '';
        return `${ring?.getAttribute('cx')},${ring?.getAttribute('cy')} ${live}`;
      };
      await reset();
      expect(state(), 'the cursor is on the middle series in W12').to.contain(
        locale === 'da' ? 'uge 12' : 'week 12',
      );
      const acted = await keysThatAct(el, candidateKeys, reset, state);
      // ← → ↑ ↓, Page Up/Down, Home/End, and Escape that takes the cursor away.
      expect(acted).to.deep.equal([
        'ArrowDown',
        'ArrowLeft',
        'ArrowRight',
        'ArrowUp',
        'End',
        'Escape',
        'Home',
        'PageDown',
        'PageUp',
      ]);
      expect(named, hint).to.deep.equal(acted);
      await expect(el).to.be.accessible();
    });
  }
});
