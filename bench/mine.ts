// The young person's page alone: the element's own entry and what it imports, nothing else, as a
// page that shows only `spor-my-progress` loads it. The data comes from the bench script (a
// persona with a year of data), so none of it counts as the page's script.
import '../src/elements/spor-my-progress/spor-my-progress.js';
import { stage, timeFirstFrame } from './common.js';

declare global {
  interface Window {
    drawMine: (data: unknown) => Promise<{ ms: number; scriptMs: number; nodes: number }>;
  }
}

window.drawMine = async (data) => {
  let el: HTMLElementTagNameMap['spor-my-progress'] | undefined;
  const timing = await timeFirstFrame(async () => {
    el = document.createElement('spor-my-progress');
    el.locale = 'da';
    el.data = data;
    stage.append(el);
    await el.updateComplete;
  });
  const nodes = el?.shadowRoot?.querySelectorAll('*').length ?? 0;
  if (el?.shadowRoot?.querySelector('[part~="error"]')) throw new Error('the page drew its error state');
  return { ...timing, nodes };
};
