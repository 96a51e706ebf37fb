import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/elements/spor-week-hours/spor-week-hours.js';
import type { SporWeekHours } from '../../../src/elements/spor-week-hours/spor-week-hours.component.js';

const one = (el: Element, selector: string) => el.shadowRoot!.querySelector<SVGElement>(selector);
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

// Two weeks with all three activities planned and attended, so every kind of mark is drawn.
const data = () => ({
  schemaVersion: 1,
  participant: { id: 'l', displayName: 'Liv' },
  hours: ['2026-W40', '2026-W41'].flatMap((week) => [
    { week, activity: 'internship', planned: 20, attended: 18 },
    { week, activity: 'teaching', planned: 8, attended: 6 },
    { week, activity: 'other', planned: 4, attended: 4 },
  ]),
});

async function chart(locale: string) {
  return fixture<SporWeekHours>(html`<spor-week-hours locale=${locale} .data=${data()}></spor-week-hours>`);
}

/** How a planned outline is dashed: `none` for a solid line. */
const dashOf = (element: Element | null) => getComputedStyle(element!).strokeDasharray;

describe('<spor-week-hours> key', () => {
  for (const [locale, names] of [
    ['da', ['Praktik', 'Undervisning', 'Andet', 'Mødt', 'Planlagt', 'Minimum 15 t']],
    ['en', ['Internship', 'Teaching', 'Other', 'Attended', 'Planned', 'Minimum 15 h']],
  ] as const) {
    it(`names every mark the chart draws, attended and planned too (${locale})`, async () => {
      const el = await chart(locale);
      const items = all(el, 'ul.key li').map(text);
      expect(items).to.deep.equal(names);
      await expect(el).to.be.accessible();
    });
  }

  // WCAG 1.4.1: planned internship, teaching and other were outlines that differed only by colour.
  for (const forced of [false, true]) {
    it(`tells the planned activities apart by their outline's dashes, not colour alone${forced ? ', in forced colours' : ''}`, async () => {
      if (forced) await executeServerCommand('forced-colors', 'active');
      try {
        const el = await chart('da');
        const drawn = ['internship', 'teaching', 'other'].map((a) =>
          dashOf(one(el, `.drawing rect.planned.${a}`)),
        );
        // Three different outlines: internship solid, teaching dashed, other dotted.
        expect(new Set(drawn).size, drawn.join(' | ')).to.equal(3);
        expect(drawn[0]).to.equal('none');
        // The key shows each activity's planned outline as drawn.
        const keyed = ['internship', 'teaching', 'other'].map((a) =>
          dashOf(one(el, `ul.key rect.planned.${a}`)),
        );
        expect(keyed).to.deep.equal(drawn);
        if (forced) {
          // Colour is gone here: every planned outline is the same system colour, so the dashes carry it.
          const strokes = ['internship', 'teaching', 'other'].map(
            (a) => getComputedStyle(one(el, `.drawing rect.planned.${a}`)!).stroke,
          );
          expect(new Set(strokes).size).to.equal(1);
        }
        await expect(el).to.be.accessible();
      } finally {
        if (forced) await executeServerCommand('forced-colors', 'none');
      }
    });
  }
});
