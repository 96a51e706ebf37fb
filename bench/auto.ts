// The kit through the autoloader alone (dist/spor-autoloader.js and dist/auto/ beside the page):
// this script only makes the element and sets its data; the autoloader sees the tag and imports
// the element's module, which counts in the timing as it would on a portal page.
import { progressData, stage, timeFirstFrame } from './common.js';

type Loaded = HTMLElement & Record<string, unknown> & { updateComplete: Promise<boolean> };

declare global {
  interface Window {
    drawAuto: (
      tag: string,
      properties: Record<string, unknown>,
    ) => Promise<{ ms: number; scriptMs: number; nodes: number }>;
  }
}

/** Draws `tag` with `properties` to its first frame, the element's code loaded by the autoloader. */
async function drawAuto(tag: string, properties: Record<string, unknown>) {
  let el: Loaded | undefined;
  const timing = await timeFirstFrame(async () => {
    el = document.createElement(tag) as Loaded;
    Object.assign(el, properties);
    stage.append(el);
    await customElements.whenDefined(tag);
    await el.updateComplete;
    // The conversation view draws through its guide: wait for it too.
    const guide = el.shadowRoot?.querySelector('spor-conversation-guide') as Loaded | null | undefined;
    await guide?.updateComplete;
  });
  if (el?.shadowRoot?.querySelector('[part~="error"]')) throw new Error(`${tag} drew its error state`);
  return { ...timing, nodes: el?.shadowRoot?.querySelectorAll('*').length ?? 0 };
}

window.drawAuto = drawAuto;
window.benchmarks = {
  /** The trend chart of 6 traits over `weeks` weeks, as the other pages draw it. */
  draw: (weeks) =>
    drawAuto('spor-trend-chart', { series: 'traits', locale: 'en', data: progressData(weeks) }),
};
