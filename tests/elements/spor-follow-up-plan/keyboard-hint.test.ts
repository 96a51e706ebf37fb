import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-follow-up-plan/spor-follow-up-plan.js';
import type { SporFollowUpPlan } from '../../../src/elements/spor-follow-up-plan/spor-follow-up-plan.component.js';
import { candidateKeys, keysNamedIn, keysThatAct, press } from '../keyboard-hint.js';

// One job from 5 September 2026: check-ins after 1 week, 1 month and 3 months, so the middle one
// has a check-in on each side.
const data = () => ({
  schemaVersion: 1,
  participant: { id: 'r', displayName: 'Rasmus' },
  jobs: [{ id: 'j1', employer: 'Autoværkstedet Vest', start: '2026-09-05', kind: 'hourly', hoursPerWeek: 7 }],
  followUps: [
    { id: 'f1', jobId: 'j1', due: '2026-09-12', done: '2026-09-14', with: 'employer', outcome: 'going-well' },
  ],
});

describe('<spor-follow-up-plan> keyboard hint', () => {
  for (const locale of ['da', 'en']) {
    it(`${locale}: names exactly the keys that move between or open the check-ins`, async () => {
      const el = await fixture<SporFollowUpPlan>(
        html`<spor-follow-up-plan locale=${locale} today="2026-11-06" .data=${data()}></spor-follow-up-plan>`,
      );
      const root = el.shadowRoot!;
      const hint = root.getElementById('hint')?.textContent ?? '';
      const named = keysNamedIn(hint);
      expect(named.length, hint).to.be.at.least(4);
      const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('button[part~="check-in"]')];
      expect(buttons()).to.have.length(3);
      let opened = 0;
      el.addEventListener('spor-follow-up-select', () => (opened += 1));
      const reset = async () => {
        buttons()[0]!.focus();
        await press(el, 'Home', 'ArrowRight');
      };
      const state = () => `${buttons().indexOf(root.activeElement as HTMLButtonElement)} ${opened}`;
      await reset();
      expect(state()).to.equal('1 0');
      const acted = await keysThatAct(el, candidateKeys, reset, state);
      // The four arrows and Home and End move the focus; Enter and Space open a check-in (a button).
      expect(acted).to.deep.equal([
        'ArrowDown',
        'ArrowLeft',
        'ArrowRight',
        'ArrowUp',
        'End',
        'Enter',
        'Home',
        'Space',
      ]);
      expect(named, hint).to.deep.equal(acted);
      await expect(el).to.be.accessible();
    });
  }
});
