// The chart benchmark page: draws 6 series × N weekly points with Spor, Observable Plot and
// Chart.js in the same page setup. scripts/bench.mjs drives it through CDP.
import * as Plot from '@observablehq/plot';
import { Chart, LineController, LineElement, PointElement, LinearScale, Legend } from 'chart.js';
import { aggregate, changesSince, parseProgressData } from '../src/index.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend);

const traits = ['initiative', 'persistence', 'curiosity', 'cooperation', 'social', 'responsibility'] as const;
const stage = document.getElementById('stage') as HTMLElement;

/** Deterministic ratings: a slow rise with a weekly wobble, on the 1–5 scale. */
function rating(trait: number, week: number): number {
  const wobble = ((week * 7 + trait * 13) % 5) - 2;
  return Math.min(5, Math.max(1, Math.round(2 + week / 60 + wobble * 0.4 + trait * 0.1)));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const monday = Date.UTC(2022, 0, 3);
const dayMs = 86_400_000;

/** ProgressData with N weekly company reports. */
function progressData(weeks: number) {
  const end = isoDay(monday + weeks * 7 * dayMs);
  return {
    schemaVersion: 1,
    participant: { id: 'bench', displayName: 'Bench' },
    placements: [{ id: 'p1', company: 'Værkstedet A/S', start: isoDay(monday), end }],
    assessments: Array.from({ length: weeks }, (_, w) => ({
      id: `a${w}`,
      instrument: 'weekly-company',
      date: isoDay(monday + (w * 7 + 4) * dayMs),
      rater: { role: 'company', id: 'r1', placementId: 'p1' },
      ratings: Object.fromEntries([
        ...traits.map((t, i) => [t, rating(i, w)]),
        ['punctuality', rating(6, w)],
        ['productivity', rating(7, w)],
      ]),
      notes: { 'done-well': 'Mødte til tiden.' },
    })),
    conversations: [],
  };
}

function rows(weeks: number) {
  return traits.flatMap((trait, i) =>
    Array.from({ length: weeks }, (_, w) => ({
      trait,
      date: new Date(monday + (w * 7 + 3) * dayMs),
      value: rating(i, w),
    })),
  );
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Resolves right after the browser has rendered the next frame (rAF, then a task). */
const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    }),
  );

/** From the call that draws to the end of the first frame that shows it: script, style, layout, paint. */
let lastScriptMs = 0;

async function timeFirstFrame(draw: () => Promise<void> | void): Promise<number> {
  stage.replaceChildren();
  await frame();
  const start = performance.now();
  await draw();
  lastScriptMs = performance.now() - start;
  await afterPaint();
  return performance.now() - start;
}

export const benchmarks = {
  async spor(weeks: number) {
    const data = progressData(weeks);
    let el: HTMLElementTagNameMap['spor-trend-chart'] | undefined;
    const ms = await timeFirstFrame(async () => {
      el = document.createElement('spor-trend-chart');
      el.series = 'traits';
      el.locale = 'en';
      el.data = data;
      stage.append(el);
      await el.updateComplete;
    });
    const nodes = el?.shadowRoot?.querySelectorAll('*').length ?? 0;
    return { ms, nodes, scriptMs: lastScriptMs };
  },
  async sporAppend(weeks: number) {
    const el = document.createElement('spor-trend-chart');
    el.series = 'traits';
    el.data = progressData(weeks);
    stage.replaceChildren(el);
    await el.updateComplete;
    await frame();
    const next = progressData(weeks + 1);
    const start = performance.now();
    el.data = next;
    await el.updateComplete;
    return { ms: performance.now() - start, nodes: 0 };
  },
  /** Diagnostics: the cost of a frame itself (a single empty element), to read the others against. */
  async baseline() {
    const ms = await timeFirstFrame(() => {
      stage.append(document.createElement('div'));
    });
    return { ms, nodes: 1 };
  },
  /** Diagnostics: the data work alone (parse, aggregate, changes), without drawing. */
  async sporData(weeks: number) {
    const data = progressData(weeks);
    const start = performance.now();
    const parsed = parseProgressData(data);
    const parsedAt = performance.now();
    if (!parsed.ok) throw new Error('bench data does not parse');
    const aggregation = aggregate(parsed.data);
    const aggregatedAt = performance.now();
    changesSince(aggregation, { from: '2022-06-01' });
    const end = performance.now();
    return {
      ms: end - start,
      nodes: 0,
      parseMs: parsedAt - start,
      aggregateMs: aggregatedAt - parsedAt,
      changesMs: end - aggregatedAt,
    };
  },
  async plot(weeks: number) {
    const data = rows(weeks);
    let node: Element | undefined;
    const ms = await timeFirstFrame(() => {
      node = Plot.plot({
        width: 960,
        height: 420,
        y: { domain: [1, 5], grid: true },
        color: { legend: true },
        marks: [
          Plot.lineY(data, { x: 'date', y: 'value', stroke: 'trait' }),
          Plot.dot(data, { x: 'date', y: 'value', fill: 'trait', symbol: 'trait' }),
        ],
      });
      stage.append(node);
    });
    return { ms, nodes: (node?.querySelectorAll('*').length ?? 0) + 1 };
  },
  async chartjs(weeks: number) {
    const data = rows(weeks);
    const ms = await timeFirstFrame(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 960;
      canvas.height = 420;
      stage.append(canvas);
      new Chart(canvas, {
        type: 'line',
        data: {
          datasets: traits.map((trait) => ({
            label: trait,
            data: data.filter((d) => d.trait === trait).map((d) => ({ x: d.date.getTime(), y: d.value })),
          })),
        },
        options: {
          animation: false,
          responsive: false,
          parsing: false,
          scales: { x: { type: 'linear' }, y: { min: 1, max: 5 } },
        },
      });
    });
    return { ms, nodes: 1 };
  },
};

declare global {
  interface Window {
    benchmarks: typeof benchmarks;
  }
}
window.benchmarks = benchmarks;
