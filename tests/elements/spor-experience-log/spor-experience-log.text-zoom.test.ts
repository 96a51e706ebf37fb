// Phone first at 200 % text size: on a 360 × 640 and a 390 × 844 phone with the root font size
// doubled (phone.test.ts halves the width instead), each persona's log, in Danish and English, with
// sharing on and the delete question open, needs no sideways scroll, cuts no word off at its box's
// edge, lays no entry over another, and keeps every target at least 44 × 44 px.
import { expect } from '@open-wc/testing';
import { samplePersonas } from '../../../src/core/index.js';
import '../../../src/elements/spor-experience-log/spor-experience-log.js';
import {
  mountAtTextZoom,
  overflowsIn,
  overlapsIn,
  phones,
  restoreTextZoom,
  smallTargetsIn,
} from '../text-zoom.js';

/** A workplace's long name, as a host's entry may carry it: one word of 38 letters. */
const longWord = 'Ungdomsuddannelsesvejledningscentret';

describe('<spor-experience-log> on a phone at 200 % text size', () => {
  afterEach(restoreTextZoom);

  for (const phone of phones) {
    for (const persona of samplePersonas) {
      for (const locale of ['da', 'en']) {
        it(`fits ${persona.participant.displayName}'s log (${locale}) on a ${phone.width} × ${phone.height} phone, sharing and asking to delete`, async () => {
          const first = persona.experiences![0]!;
          // The first entry says a long name, and its text is a long word alone.
          const data = {
            ...persona,
            experiences: [{ ...first, text: `${longWord} ${first.text}` }, ...persona.experiences!.slice(1)],
          };
          const el = await mountAtTextZoom(
            'spor-experience-log',
            phone,
            { data, locale },
            { audience: 'young-person', today: '2026-11-13' },
          );
          const root = el.shadowRoot!;
          // The text really is twice the size: the title is 1.5rem = 1.5 × 32 = 48 px.
          expect(getComputedStyle(root.querySelector('.title')!).fontSize).to.equal('48px');
          root.querySelector<HTMLElement>('#share')!.click();
          root.querySelector<HTMLElement>('[data-action="delete"]')!.click();
          await el.updateComplete;
          expect(root.querySelector('.confirm'), 'the delete question').to.exist;
          expect(root.textContent, 'the long name is shown').to.include(longWord);

          expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(phone.width);
          const overflow = overflowsIn(el);
          expect(overflow.counted, 'texts measured').to.be.greaterThan(20);
          expect(overflow.found).to.deep.equal([]);
          const overlaps = overlapsIn(el, '.log, .form, .field, .share, .entries, .entry, .confirm');
          expect(overlaps.counted, 'siblings compared').to.be.greaterThan(20);
          expect(overlaps.found).to.deep.equal([]);
          // A radio counts by its label, the real target.
          const targets = smallTargetsIn(el, 'button, input:not([type="radio"]), textarea', 'label.kind');
          // Each entry's change and delete, the delete question's two, save, the switch, three
          // kinds, the date and the text: more than ten.
          expect(targets.counted, 'targets measured').to.be.greaterThan(10);
          expect(targets.found).to.deep.equal([]);
        });
      }
    }
  }
});
