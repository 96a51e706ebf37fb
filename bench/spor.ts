// Spor's benchmark page: only the kit's public entry, as a portal page loads it.
import { aggregate, changesSince, parseProgressData } from '../src/index.js';
import { frame, progressData, stage, timeFirstFrame } from './common.js';

window.benchmarks = {
  async draw(weeks) {
    const data = progressData(weeks);
    let el: HTMLElementTagNameMap['spor-trend-chart'] | undefined;
    const timing = await timeFirstFrame(async () => {
      el = document.createElement('spor-trend-chart');
      el.series = 'traits';
      el.locale = 'en';
      el.data = data;
      stage.append(el);
      await el.updateComplete;
    });
    return { ...timing, nodes: el?.shadowRoot?.querySelectorAll('*').length ?? 0 };
  },
  /** Appending one week to a drawn chart: the script part of the redraw. */
  async append(weeks) {
    const el = document.createElement('spor-trend-chart');
    el.series = 'traits';
    el.locale = 'en';
    el.data = progressData(weeks);
    stage.replaceChildren(el);
    await el.updateComplete;
    await frame();
    const next = progressData(weeks + 1);
    const start = performance.now();
    el.data = next;
    await el.updateComplete;
    const ms = performance.now() - start;
    return { ms, scriptMs: ms, nodes: 0 };
  },
  /** Diagnostics: the data work alone (parse, aggregate, changes), without drawing. */
  async data(weeks) {
    const data = progressData(weeks);
    const start = performance.now();
    const parsed = parseProgressData(data);
    if (!parsed.ok) throw new Error('bench data does not parse');
    const aggregation = aggregate(parsed.data);
    changesSince(aggregation, { from: '2022-06-01' });
    const ms = performance.now() - start;
    return { ms, scriptMs: ms, nodes: 0 };
  },
};
