// The charts' "Skip to the table" (audit, issue 22): it shows itself when the keyboard reaches it,
// over the drawing's top corner, without moving the chart under it; Enter shows the table.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-trait-star/spor-trait-star.js';
import '../../../src/elements/spor-trend-chart/spor-trend-chart.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';

const [simon] = samplePersonas as [ProgressData];

async function chart(
  tag: 'spor-trait-star' | 'spor-trend-chart',
): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button></div>`);
  wrapper.style.width = '700px';
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  Object.assign(el, { data: simon, locale: 'en' });
  el.setAttribute('since', '2026-09-30');
  wrapper.append(el);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

for (const tag of ['spor-trait-star', 'spor-trend-chart'] as const) {
  describe(`<${tag}>: skip to the table`, () => {
    it('shows the skip link on Tab over the drawing, moving nothing, and Enter shows the table', async () => {
      const el = await chart(tag);
      const root = el.shadowRoot!;
      const plot = root.querySelector<HTMLElement>('.plot')!;
      const skip = root.querySelector<HTMLButtonElement>('.skip')!;
      expect(skip.getBoundingClientRect().width, 'hidden before it has focus').to.be.at.most(1);
      const before = plot.getBoundingClientRect();
      // From the page's button, Tab until the skip link has focus (past the chart's own controls).
      document.querySelector<HTMLButtonElement>('#before')!.focus();
      for (let i = 0; i < 10 && root.activeElement !== skip; i += 1) await sendKeys({ press: 'Tab' });
      expect(root.activeElement, 'the keyboard reaches the skip link').to.equal(skip);
      const shown = skip.getBoundingClientRect();
      const after = plot.getBoundingClientRect();
      expect(after.top, 'the drawing stays where it was').to.equal(before.top);
      expect(after.height).to.equal(before.height);
      expect(shown.width).to.be.greaterThan(80);
      expect(shown.height).to.be.at.least(44);
      expect(skip.textContent!.trim()).to.equal('Skip to the table');
      // Over the drawing's top corner, inside the element.
      expect(shown.top).to.be.at.least(after.top);
      expect(shown.bottom).to.be.at.most(after.bottom);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(root.querySelector('#table'), 'the table is shown').to.exist;
      expect(root.querySelector('.plot')).to.equal(null);
    });
  });
}
