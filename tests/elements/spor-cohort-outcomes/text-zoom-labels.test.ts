import { expect, html } from '@open-wc/testing';
import '../../../src/elements/spor-cohort-outcomes/spor-cohort-outcomes.js';
import { cohortReport, type CohortRecord } from '../../../src/core/index.js';
import { internship, job, times } from '../../fixtures/cohort.js';

// 25 took part in 2026-H1: 15 in an internship, 10 in hourly work.
const records: CohortRecord[] = [
  ...times(15, { placements: [internship('2026-02-01', '2026-05-31')] }),
  ...times(10, { jobs: [job('2026-02-01', undefined, 'hourly')] }),
];
import { fixClock } from '../../fixed-clock.js';
import { expectTextsDoubled, resetRootText } from '../svg-labels.js';

/**
 * WCAG 1.4.4 with text-only zoom (the root font size at 200 %): every text the element shows,
 * its chart's labels included, is set in rem, so each is twice as large at 200 % text.
 */
describe('<spor-cohort-outcomes> text at 200 %', () => {
  // The outcomes are shown or refused by the day they are read on: 7 December 2026.
  let restoreClock: () => void;
  before(() => {
    restoreClock = fixClock('2026-12-07T12:00:00Z');
  });
  after(() => restoreClock());
  afterEach(resetRootText);

  it('draws every text twice as large at 200 % as at 100 %', async () => {
    const zoomed = await expectTextsDoubled(
      () =>
        html`<spor-cohort-outcomes locale="da" .outcomes=${cohortReport(records, { period: '2026-H1', today: '2026-11-30' })}></spor-cohort-outcomes>`,
      10,
    );
    await expect(zoomed).to.be.accessible();
  });
});
