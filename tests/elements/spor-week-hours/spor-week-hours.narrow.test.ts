import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/spor-week-hours/spor-week-hours.js';
import type { SporWeekHours } from '../../../src/elements/spor-week-hours/spor-week-hours.component.js';

// Four weeks of 25 internship + 12 teaching hours: the table's week, two activities, total and
// minimum columns need more than 320 px (400 px before it scrolled in its own box).
function data() {
  const hours = [];
  for (let week = 40; week <= 43; week++) {
    hours.push({ week: `2026-W${week}`, activity: 'internship', planned: 25, attended: 25 });
    hours.push({ week: `2026-W${week}`, activity: 'teaching', planned: 12, attended: 12 });
  }
  return { schemaVersion: 1, participant: { id: 'l', displayName: 'Liv' }, hours };
}

describe('<spor-week-hours> at 320 px (WCAG 1.4.10)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const locale of ['da', 'en']) {
    it(`scrolls its table in its own named box, never the page (${locale})`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<SporWeekHours>(
        html`<spor-week-hours locale=${locale} .data=${data()}></spor-week-hours>`,
      );
      el.shadowRoot!.querySelector<HTMLElement>('.view-toggle')!.click();
      await el.updateComplete;
      const table = el.shadowRoot!.querySelector('table');
      expect(table, 'the table is shown').to.not.equal(null);
      expect(document.scrollingElement!.scrollWidth).to.be.at.most(320);
      const box = table!.parentElement!;
      expect(box.scrollWidth, 'the table needs more room than 320 px').to.be.greaterThan(box.clientWidth);
      expect(box.getAttribute('tabindex')).to.equal('0');
      expect(box.getAttribute('role')).to.equal('region');
      const title = el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby') ?? '');
      expect(title?.textContent?.trim()).to.not.equal('');
      await expect(el).to.be.accessible();
    });
  }
});
