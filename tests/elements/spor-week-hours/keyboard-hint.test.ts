import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-week-hours/spor-week-hours.js';
import type { SporWeekHours } from '../../../src/elements/spor-week-hours/spor-week-hours.component.js';
import { candidateKeys, keysNamedIn, keysThatAct, press } from '../keyboard-hint.js';

// Three weeks of internship, so the middle one has a week on each side.
const data = () => ({
  schemaVersion: 1,
  participant: { id: 'l', displayName: 'Liv' },
  hours: ['2026-W40', '2026-W41', '2026-W42'].map((week) => ({
    week,
    activity: 'internship',
    planned: 20,
    attended: 18,
  })),
});

describe('<spor-week-hours> keyboard hint', () => {
  for (const locale of ['da', 'en']) {
    it(`${locale}: names exactly the keys that move between the weeks`, async () => {
      const el = await fixture<SporWeekHours>(
        html`<spor-week-hours locale=${locale} .data=${data()}></spor-week-hours>`,
      );
      const root = el.shadowRoot!;
      const plot = root.querySelector<HTMLElement>('[part~="plot"]')!;
      const hint = root.getElementById('hint')?.textContent ?? '';
      const named = keysNamedIn(hint);
      expect(named.length, hint).to.be.at.least(4);
      // The middle week: ← from none goes to the last week (W42), ← again to W41.
      const reset = async () => {
        plot.focus();
        await press(el, 'Escape', 'ArrowLeft', 'ArrowLeft');
      };
      const state = () => root.querySelector('[aria-live="polite"]')?.textContent ?? '';
      await reset();
      expect(state()).to.contain('41');
      const acted = await keysThatAct(el, candidateKeys, reset, state);
      // The weeks run left to right: ← and →, Home and End, and Escape; ↑ and ↓ do nothing.
      expect(acted).to.deep.equal(['ArrowLeft', 'ArrowRight', 'End', 'Escape', 'Home']);
      expect(named, hint).to.deep.equal(acted);
      await expect(el).to.be.accessible();
    });
  }
});
