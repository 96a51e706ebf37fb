import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/spor-follow-up-plan/spor-follow-up-plan.js';
import type { SporFollowUpPlan } from '../../../src/elements/spor-follow-up-plan/spor-follow-up-plan.component.js';

// Two jobs with long employers' names and three check-ins: the table's five columns need more
// than 320 px (540 px before it scrolled in its own box).
const data = () => ({
  schemaVersion: 1,
  participant: { id: 'r', displayName: 'Rasmus' },
  jobs: [
    { id: 'j1', employer: 'Autoværkstedet Vest', start: '2026-09-05', kind: 'hourly', hoursPerWeek: 7 },
    { id: 'j0', employer: 'Netto', start: '2026-03-02', end: '2026-04-10', kind: 'hourly' },
  ],
  followUps: [
    { id: 'f1', jobId: 'j1', due: '2026-09-12', done: '2026-09-14', with: 'employer', outcome: 'going-well' },
    {
      id: 'f0',
      jobId: 'j0',
      due: '2026-03-09',
      done: '2026-03-09',
      with: 'young-person',
      outcome: 'declined',
    },
  ],
});

describe('<spor-follow-up-plan> at 320 px (WCAG 1.4.10)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const locale of ['da', 'en']) {
    it(`scrolls its table in its own named box, never the page (${locale})`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<SporFollowUpPlan>(
        html`<spor-follow-up-plan locale=${locale} today="2026-11-06" .data=${data()}></spor-follow-up-plan>`,
      );
      el.shadowRoot!.querySelector<HTMLElement>('.view-toggle')!.click();
      await el.updateComplete;
      const table = el.shadowRoot!.querySelector('table');
      expect(table, 'the table is shown').to.not.equal(null);
      expect(document.scrollingElement!.scrollWidth).to.be.at.most(320);
      // The table is wider than the screen, so its box scrolls: a keyboard reaches it (a tab stop)
      // and a screen reader hears what it is (a region named by the title).
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
