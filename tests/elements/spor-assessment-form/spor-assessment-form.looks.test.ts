import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-assessment-form/spor-assessment-form.js';
import type { SporAssessmentForm } from '../../../src/elements/spor-assessment-form/spor-assessment-form.component.js';
import { contrast } from '../../contrast.js';
import { checked, radio, submitButton } from './form-controls.js';

/** The looks, by class name and the stylesheet that defines it (served by the test runner). */
const looks: Array<[string, string | undefined]> = [
  ['default', undefined],
  ['dark', '/src/themes/dark.css'],
  ['public-sector', '/src/themes/public-sector.css'],
  ['high-contrast', '/src/themes/high-contrast.css'],
];

describe('<spor-assessment-form> in the built-in looks', () => {
  for (const [name, sheet] of looks) {
    // WCAG 1.4.3: the text on the accent (the submit button, a chosen rating) reads 4.5:1. In the
    // dark look the accent is light (#7cb7ff): white text on it was 2.1:1.
    it(`${name}: the submit button's and a chosen rating's text read 4.5:1 on the accent`, async () => {
      const style = document.createElement('style');
      style.textContent = sheet ? await (await fetch(sheet)).text() : '';
      document.head.append(style);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div class="spor-theme-${name}" style="background: var(--spor-color-surface, #ffffff)">
          <spor-assessment-form locale="en" instrument="weekly-company" mode="list"></spor-assessment-form>
        </div>`,
      );
      const el = wrapper.querySelector<SporAssessmentForm>('spor-assessment-form')!;
      await el.updateComplete;
      radio(el, 'punctuality', '4').click();
      await el.updateComplete;
      expect(checked(el, 'punctuality')).to.deep.equal(['4 – Almost always']);
      const chosen = getComputedStyle(radio(el, 'punctuality', '4'));
      expect(
        contrast(chosen.color, chosen.backgroundColor),
        `${name}: ${chosen.color} on ${chosen.backgroundColor}`,
      ).to.be.at.least(4.5);
      const submit = getComputedStyle(submitButton(el));
      expect(
        contrast(submit.color, submit.backgroundColor),
        `${name}: ${submit.color} on ${submit.backgroundColor}`,
      ).to.be.at.least(4.5);
      await expect(el).to.be.accessible();
      style.remove();
    });
  }
});
