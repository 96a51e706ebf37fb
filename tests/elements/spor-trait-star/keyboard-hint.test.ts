import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-trait-star/spor-trait-star.js';
import type { SporTraitStar } from '../../../src/elements/spor-trait-star/spor-trait-star.component.js';
import { progressData } from '../../fixtures/progress-data.js';
import { candidateKeys, keysNamedIn, keysThatAct, press } from '../keyboard-hint.js';

describe('<spor-trait-star> keyboard hint', () => {
  for (const locale of ['da', 'en']) {
    it(`${locale}: names exactly the keys that move between the traits`, async () => {
      const el = await fixture<SporTraitStar>(
        html`<spor-trait-star locale=${locale} .data=${progressData()}></spor-trait-star>`,
      );
      const root = el.shadowRoot!;
      const plot = root.querySelector<HTMLElement>('[part~="plot"]')!;
      const hint = root.getElementById('hint')?.textContent ?? '';
      const named = keysNamedIn(hint);
      expect(named.length, hint).to.be.at.least(4);
      // The second of the six traits: one before it, four after.
      const reset = async () => {
        plot.focus();
        await press(el, 'Escape', 'ArrowRight', 'ArrowRight');
      };
      const state = () => root.querySelector('[aria-live="polite"]')?.textContent ?? '';
      const acted = await keysThatAct(el, candidateKeys, reset, state);
      // The four arrows around the ring, Home and End, and Escape that takes the cursor away.
      expect(acted).to.deep.equal([
        'ArrowDown',
        'ArrowLeft',
        'ArrowRight',
        'ArrowUp',
        'End',
        'Escape',
        'Home',
      ]);
      expect(named, hint).to.deep.equal(acted);
      await expect(el).to.be.accessible();
    });
  }
});
