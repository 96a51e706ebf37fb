import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-week-hours/spor-week-hours.js';
import type { SporWeekHours } from '../../../src/elements/spor-week-hours/spor-week-hours.component.js';

const one = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

// Three weeks of 15 planned internship hours against the default minimum of 15: attended 14 in
// W40 (1 short), exactly 15 in W41 and 16 in W42.
const data = () => ({
  schemaVersion: 1,
  participant: { id: 'l', displayName: 'Liv' },
  hours: [14, 15, 16].map((attended, i) => ({
    week: `2026-W${40 + i}`,
    activity: 'internship',
    planned: 15,
    attended,
  })),
});

const words = {
  da: ['Under minimum.', 'Minimum nået.', 'Over minimum.'],
  en: ['Below the minimum.', 'At the minimum.', 'Above the minimum.'],
};

describe('<spor-week-hours> against the minimum', () => {
  for (const locale of ['da', 'en'] as const) {
    it(`says 15 of a 15-hour minimum is at it, not over it, and 14 below, 16 over (${locale})`, async () => {
      const el = await fixture<SporWeekHours>(
        html`<spor-week-hours locale=${locale} .data=${data()}></spor-week-hours>`,
      );
      // The keyboard cursor's reading of each week ends with its standing.
      one(el, '.plot')!.focus();
      const readings: string[] = [];
      await sendKeys({ press: 'Home' });
      for (let i = 0; i < 3; i++) {
        if (i > 0) await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        readings.push(text(one(el, '.readout')));
      }
      expect(readings).to.have.length(3);
      readings.forEach((reading, i) =>
        expect(reading.endsWith(` ${words[locale][i]}`), reading).to.equal(true),
      );
      await expect(el).to.be.accessible();

      // The table says the same in its last column.
      await sendKeys({ press: 'Escape' });
      one(el, '.view-toggle')!.click();
      await el.updateComplete;
      const last = all(el, 'tbody tr').map((tr) => text(tr.lastElementChild));
      expect(last).to.deep.equal(words[locale]);
      await expect(el).to.be.accessible();
    });
  }
});
