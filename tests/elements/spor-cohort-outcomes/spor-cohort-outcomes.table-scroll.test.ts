import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/elements/spor-cohort-outcomes/spor-cohort-outcomes.js';
import type { SporCohortOutcomes } from '../../../src/elements/spor-cohort-outcomes/spor-cohort-outcomes.component.js';
import { cohortReport, type CohortRecord } from '../../../src/core/index.js';
import { internship, job, school, times } from '../../fixtures/cohort.js';
import { fixClock } from '../../fixed-clock.js';

/**
 * The cohort table at 320 px scrolls sideways in its own box (WCAG 1.4.10); a box that scrolls must
 * be reachable by keyboard and say what it is (2.1.1, 4.1.2): a tab stop, a region, named by the
 * table's caption in the reader's language. The records are those of the element's main test
 * (25 in 2026-H1, 20 in 2025-H2), so every row has numbers.
 */
const records: CohortRecord[] = [
  ...times(10, { placements: [internship('2026-02-01', '2026-05-31')] }),
  ...times(6, { jobs: [job('2026-02-01', undefined, 'hourly')] }),
  ...times(4, { education: [school('2025-09-01')] }),
  ...times(3, { jobs: [job('2025-08-01', '2025-11-30', 'hourly')] }),
  ...times(8, { placements: [internship('2025-08-01', '2025-12-15')] }),
  ...times(5, { placements: [internship('2025-03-01', '2026-01-31')] }),
];

/** The name a region gets from `aria-labelledby` (ids in the same shadow root), or its `aria-label`. */
function nameOf(node: Element): string {
  const ids = node.getAttribute('aria-labelledby');
  const root = node.getRootNode() as ShadowRoot;
  const named = ids
    ? ids
        .split(/\s+/)
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' ')
    : (node.getAttribute('aria-label') ?? '');
  return named.replace(/\s+/g, ' ').trim();
}

describe('<spor-cohort-outcomes> table box at 320 px', () => {
  let restoreClock: () => void;
  before(() => {
    restoreClock = fixClock('2026-12-07T12:00:00Z');
  });
  after(() => restoreClock());
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const [locale, name] of [
    ['da', 'Resultater for 1. januar – 30. juni 2026'],
    ['en', 'Outcomes for 1 January – 30 June 2026'],
  ] as const) {
    it(`${locale}: the scrolling box is a named tab stop that the arrow keys scroll`, async () => {
      await setViewport({ width: 320, height: 640 });
      const outcomes = cohortReport(records, { period: '2026-H1', today: '2026-11-30' });
      const el = await fixture<SporCohortOutcomes>(
        html`<spor-cohort-outcomes .outcomes=${outcomes} locale=${locale}></spor-cohort-outcomes>`,
      );
      const root = el.shadowRoot!;
      root.querySelector<HTMLButtonElement>('.view-toggle')!.click();
      await el.updateComplete;
      await el.updateComplete;
      const boxes = [...root.querySelectorAll<HTMLElement>('.table-scroll')];
      expect(boxes).to.have.length(1);
      const box = boxes[0]!;
      // It does scroll at 320 px: six columns are wider than the box.
      expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
      expect(box.getAttribute('tabindex')).to.equal('0');
      expect(box.getAttribute('role')).to.equal('region');
      expect(nameOf(box)).to.equal(name);
      // Reached by Tab from the button that showed the table, and scrolled by the arrow key.
      root.querySelector<HTMLButtonElement>('.view-toggle')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(box);
      expect(box.scrollLeft).to.equal(0);
      await sendKeys({ press: 'ArrowRight' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(box.scrollLeft).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }
});
