import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-cohort-outcomes/spor-cohort-outcomes.js';
import type { SporCohortOutcomes } from '../../../src/elements/spor-cohort-outcomes/spor-cohort-outcomes.component.js';
import { cohortReport, type CohortRecord } from '../../../src/core/index.js';
import { internship, job, times } from '../../fixtures/cohort.js';
import { fixClock } from '../../fixed-clock.js';
import { candidateKeys, keysNamedIn, keysThatAct, press } from '../keyboard-hint.js';

// 25 took part in 2026-H1: six outcomes in the list, so the second has one before it and four after.
const records: CohortRecord[] = [
  ...times(15, { placements: [internship('2026-02-01', '2026-05-31')] }),
  ...times(10, { jobs: [job('2026-02-01', undefined, 'hourly')] }),
];

describe('<spor-cohort-outcomes> keyboard hint', () => {
  let restoreClock: () => void;
  before(() => {
    restoreClock = fixClock('2026-12-07T12:00:00Z');
  });
  after(() => restoreClock());

  for (const locale of ['da', 'en']) {
    it(`${locale}: names exactly the keys that move between the outcomes`, async () => {
      const outcomes = cohortReport(records, { period: '2026-H1', today: '2026-11-30' });
      const el = await fixture<SporCohortOutcomes>(
        html`<spor-cohort-outcomes locale=${locale} .outcomes=${outcomes}></spor-cohort-outcomes>`,
      );
      const root = el.shadowRoot!;
      const plot = root.querySelector<HTMLElement>('.plot')!;
      const hint = root.getElementById('hint')?.textContent ?? '';
      const named = keysNamedIn(hint);
      expect(named.length, hint).to.be.at.least(4);
      const rows = () => [...root.querySelectorAll('[part~="measure"]')];
      expect(rows()).to.have.length(6);
      const reset = async () => {
        plot.focus();
        await press(el, 'Escape', 'ArrowDown', 'ArrowDown');
      };
      const state = () => String(rows().findIndex((row) => row.classList.contains('is-cursor')));
      await reset();
      expect(state()).to.equal('1');
      const acted = await keysThatAct(el, candidateKeys, reset, state);
      // The four arrows (a list read down, or across), Home and End, and Escape.
      expect(acted).to.deep.equal([
        'ArrowDown',
        'ArrowLeft',
        'ArrowRight',
        'ArrowUp',
        'End',
        'Escape',
        'Home',
      ]);
      expect(named, hint).to.deep.equal(acted);
      await expect(el).to.be.accessible();
    });
  }
});
