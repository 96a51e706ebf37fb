// Chart.js's benchmark page: the smallest line chart (controller, line, points, linear scales, legend).
import { Chart, LineController, LineElement, PointElement, LinearScale, Legend } from 'chart.js';
import { rows, stage, timeFirstFrame, traits } from './common.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend);

window.benchmarks = {
  async draw(weeks) {
    const data = rows(weeks);
    const timing = await timeFirstFrame(() => {
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
    return { ...timing, nodes: 1 };
  },
};
