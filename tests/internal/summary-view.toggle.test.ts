import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { chartsWords } from '../../src/i18n/charts/words.js';
import { renderSummaryToggle } from '../../src/internal/summary-view.js';
import '../../src/elements/spor-trend-chart/spor-trend-chart.js';
import '../../src/elements/spor-week-hours/spor-week-hours.js';
import '../../src/elements/spor-follow-up-plan/spor-follow-up-plan.js';
import '../../src/elements/spor-cohort-outcomes/spor-cohort-outcomes.js';
import { cohortReport, type CohortRecord } from '../../src/core/index.js';
import { internship, times } from '../fixtures/cohort.js';
import { progressData } from '../fixtures/progress-data.js';
import { fixClock } from '../fixed-clock.js';

const seen = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/*
 * The summary is always in the accessibility tree and shown on screen on request. So its toggle
 * expands nothing for a screen reader: it is a toggle button, "show the summary on screen",
 * pressed or not, with a name that stays the same either way.
 */
describe('renderSummaryToggle(t, isShown, onToggle)', () => {
  for (const [locale, name] of [
    ['da', 'Vis opsummering på skærmen'],
    ['en', 'Show summary on screen'],
  ] as const) {
    it(`is a toggle button named "${name}", pressed when the summary is on screen`, () => {
      let toggled = 0;
      const container = document.createElement('div');
      for (const isShown of [false, true]) {
        render(
          renderSummaryToggle(chartsWords[locale], isShown, () => toggled++),
          container,
        );
        const buttons = container.querySelectorAll('button');
        expect(buttons).to.have.length(1);
        const button = buttons[0]!;
        expect(seen(button)).to.equal(name);
        expect(button.getAttribute('aria-pressed')).to.equal(String(isShown));
        expect(button.hasAttribute('aria-expanded'), 'no aria-expanded: nothing is collapsed').to.equal(
          false,
        );
        expect(button.type).to.equal('button');
      }
      container.querySelector('button')!.click();
      expect(toggled).to.equal(1);
    });
  }
});

const records: CohortRecord[] = times(10, { placements: [internship('2026-02-01', '2026-05-31')] });

describe('the summary toggle in each element that has one', () => {
  let restoreClock: () => void;
  before(() => {
    restoreClock = fixClock('2026-12-07T12:00:00Z');
  });
  after(() => restoreClock());

  const mounts: Array<[string, () => Promise<HTMLElement>]> = [
    [
      'spor-trend-chart',
      () => fixture(html`<spor-trend-chart locale="en" .data=${progressData()}></spor-trend-chart>`),
    ],
    [
      'spor-week-hours',
      () =>
        fixture(
          html`<spor-week-hours
            locale="en"
            .data=${{
              schemaVersion: 1,
              participant: { id: 'l', displayName: 'Liv' },
              hours: [{ week: '2026-W40', activity: 'internship', planned: 20, attended: 18 }],
            }}
          ></spor-week-hours>`,
        ),
    ],
    [
      'spor-follow-up-plan',
      () =>
        fixture(
          html`<spor-follow-up-plan
            locale="en"
            today="2026-11-06"
            .data=${{
              schemaVersion: 1,
              participant: { id: 'r', displayName: 'Rasmus' },
              jobs: [{ id: 'j1', employer: 'Netto', start: '2026-09-05', kind: 'hourly' }],
            }}
          ></spor-follow-up-plan>`,
        ),
    ],
    [
      'spor-cohort-outcomes',
      () =>
        fixture(
          html`<spor-cohort-outcomes
            locale="en"
            .outcomes=${cohortReport(records, { period: '2026-H1', today: '2026-11-30' })}
          ></spor-cohort-outcomes>`,
        ),
    ],
  ];

  for (const [tag, mount] of mounts) {
    it(`${tag}: says truthfully that the summary it reads out is shown on screen or not`, async () => {
      const el = (await mount()) as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      const root = el.shadowRoot!;
      const toggles = root.querySelectorAll<HTMLButtonElement>('.summary-toggle');
      expect(toggles).to.have.length(1);
      const toggle = toggles[0]!;
      const summary = root.querySelector('[part~="summary"]')!;
      // Read out already: in the tree, with its sentences, only off screen.
      expect(summary.classList.contains('visually-hidden')).to.equal(true);
      expect(summary.querySelectorAll('li').length).to.be.greaterThan(0);
      expect(toggle.hasAttribute('aria-expanded')).to.equal(false);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(seen(toggle)).to.equal('Show summary on screen');
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(summary.classList.contains('visually-hidden')).to.equal(false);
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(seen(toggle), 'the same name, pressed').to.equal('Show summary on screen');
      await expect(el).to.be.accessible();
    });
  }
});
