// Phone first at 200 % text size: on a 360 × 640 and a 390 × 844 phone with the root font size
// doubled, each persona's own page, in Danish and English, needs no sideways scroll, cuts no word
// off at its box's edge, lays no part over another, keeps each number with its "af 5" on one line,
// and keeps every target at least 44 × 44 px.
import { expect } from '@open-wc/testing';
import { samplePersonas } from '../../../src/core/index.js';
import '../../../src/elements/spor-my-progress/spor-my-progress.js';
import {
  mountAtTextZoom,
  overflowsIn,
  overlapsIn,
  partedScoresIn,
  phones,
  restoreTextZoom,
  smallTargetsIn,
} from '../text-zoom.js';

describe('<spor-my-progress> on a phone at 200 % text size', () => {
  afterEach(restoreTextZoom);

  it('has the three personas to try', () => {
    expect(samplePersonas.map((p) => p.participant.id)).to.have.length(3);
  });

  for (const phone of phones) {
    for (const data of samplePersonas) {
      for (const locale of ['da', 'en']) {
        it(`fits ${data.participant.displayName}'s page (${locale}) on a ${phone.width} × ${phone.height} phone`, async () => {
          const el = await mountAtTextZoom('spor-my-progress', phone, { data, locale });
          const root = el.shadowRoot!;
          // The text really is twice the size: the page's heading is 1.5rem = 1.5 × 32 = 48 px.
          expect(getComputedStyle(root.querySelector('.title')!).fontSize).to.equal('48px');
          // Show every note, so the longest page is measured, and the button stays a target.
          const more = root.querySelector<HTMLButtonElement>('.more');
          expect(more, 'each persona has more than five notes: a "show all" button').to.exist;
          more!.click();
          await el.updateComplete;

          expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(phone.width);
          const overflow = overflowsIn(el);
          expect(overflow.counted, 'texts measured').to.be.greaterThan(20);
          expect(overflow.found).to.deep.equal([]);
          const overlaps = overlapsIn(el, '.page, .section, ul, .focus, li');
          expect(overlaps.counted, 'siblings compared').to.be.greaterThan(20);
          expect(overlaps.found).to.deep.equal([]);
          const targets = smallTargetsIn(el);
          expect(targets.counted, 'targets measured').to.equal(1);
          expect(targets.found).to.deep.equal([]);
          // Every number that has its scale ("3,0 af 5") keeps it on its line, by no-break spaces.
          const scores = partedScoresIn(el);
          // At least a line per trait and a line per own reading: more than ten.
          expect(scores.counted, 'numbers with "af 5"').to.be.greaterThan(10);
          expect(scores.found).to.deep.equal([]);
          expect(root.textContent!, 'no plain space around "af"').not.to.match(
            /\d (af|of) \d|\d (af|of)\u00a0\d|\d\u00a0(af|of) \d/,
          );
        });
      }
    }
  }
});
