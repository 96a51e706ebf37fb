// Observable Plot's benchmark page: the same 6 series, lines and dots, a legend.
import * as Plot from '@observablehq/plot';
import { rows, stage, timeFirstFrame } from './common.js';

window.benchmarks = {
  async draw(weeks) {
    const data = rows(weeks);
    let node: Element | undefined;
    const timing = await timeFirstFrame(() => {
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
    return { ...timing, nodes: (node?.querySelectorAll('*').length ?? 0) + 1 };
  },
};
