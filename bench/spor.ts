// Spor's benchmark page: only the kit's public entry, as a portal page loads it.
import { aggregate, changesSince, parseProgressData } from '../src/index.js';
import { followUpData, frame, progressData, stage, timeFirstFrame } from './common.js';

let appendNext: ReturnType<typeof progressData> | undefined;

/** The drawn chart `appendRun` appends to (apart, so a profile can leave it out). */
async function appendPrepare(weeks: number) {
  const el = document.createElement('spor-trend-chart');
  el.series = 'traits';
  el.locale = 'en';
  el.data = progressData(weeks);
  stage.replaceChildren(el);
  await el.updateComplete;
  await frame();
  appendNext = progressData(weeks + 1);
  return { ms: 0, scriptMs: 0, nodes: 0 };
}

async function appendRun() {
  const el = stage.querySelector('spor-trend-chart');
  if (!el || !appendNext) throw new Error('appendPrepare first');
  const start = performance.now();
  el.data = appendNext;
  await el.updateComplete;
  const ms = performance.now() - start;
  return { ms, scriptMs: ms, nodes: 0 };
}

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
    await appendPrepare(weeks);
    return appendRun();
  },
  appendPrepare,
  appendRun,
  /**
   * The follow-up plan of `count` follow-ups, drawn to its first frame (the bench traces it for
   * the longest task). The data is made first, so the trace holds the draw alone.
   */
  async followUps(count) {
    const data = followUpData(count);
    let el: HTMLElementTagNameMap['spor-follow-up-plan'] | undefined;
    const timing = await timeFirstFrame(async () => {
      el = document.createElement('spor-follow-up-plan');
      el.today = '2026-11-06';
      el.locale = 'da';
      el.data = data;
      stage.append(el);
      await el.updateComplete;
    });
    return { ...timing, nodes: el?.shadowRoot?.querySelectorAll('*').length ?? 0 };
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
