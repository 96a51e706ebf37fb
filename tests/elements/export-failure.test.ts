// An export that fails (the file not made or not saved, or its module not loaded: the element
// loads the export code when a person asks, and a failed load rejects the same way) is said in
// the element's live region, in its language, and never escapes as an unhandled rejection.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/spor-data-table/spor-data-table.js';
import '../../src/elements/spor-trend-chart/spor-trend-chart.js';
import { samplePersonas, type ProgressData } from '../../src/core/index.js';

const [simon] = samplePersonas as [ProgressData];

/** Runs `body` with the browser refusing to make a file's URL, and counts unhandled rejections. */
async function whileSavingFails(body: () => Promise<void>): Promise<number> {
  let unhandled = 0;
  const count = (event: PromiseRejectionEvent) => {
    unhandled += 1;
    event.preventDefault();
  };
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = () => {
    throw new Error('no file today');
  };
  window.addEventListener('unhandledrejection', count);
  try {
    await body();
    // A rejection nobody handled is reported after the microtasks: give it a task to surface.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    URL.createObjectURL = original;
    window.removeEventListener('unhandledrejection', count);
  }
  return unhandled;
}

const liveText = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[aria-live]')].map((region) => region.textContent?.trim()).join('|');

describe('an export that fails', () => {
  for (const format of ['CSV', 'SVG']) {
    it(`the trend chart says "The file could not be made." for a ${format}, and nothing escapes`, async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
        html`<spor-trend-chart locale="en" exportable .data=${simon}></spor-trend-chart>`,
      );
      el.shadowRoot!.querySelector<HTMLButtonElement>('.actions-toggle')!.click();
      await el.updateComplete;
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.export')];
      // SVG, PNG and CSV while the chart is shown.
      expect(buttons).to.have.length(3);
      expect(liveText(el)).to.not.contain('could not be made');
      const unhandled = await whileSavingFails(async () => {
        buttons.find((b) => b.textContent?.includes(format))!.click();
        await waitUntil(
          () => liveText(el).includes('The file could not be made.'),
          `${format}: no word of it`,
        );
      });
      expect(unhandled).to.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  it('the data table says it in Danish, in its own live region, and nothing escapes', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<spor-data-table exportable .data=${simon}></spor-data-table>`,
    );
    const regions = el.shadowRoot!.querySelectorAll('[aria-live]');
    expect(regions).to.have.length(1);
    expect(regions[0]!.textContent?.trim()).to.equal('');
    const unhandled = await whileSavingFails(async () => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="export"]')!.click();
      await waitUntil(() => liveText(el) === 'Filen kunne ikke laves.', 'the table said nothing');
    });
    expect(unhandled).to.equal(0);
    await expect(el).to.be.accessible();
  });
});
