import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-assessment-form/spor-assessment-form.js';
import type { SporAssessmentForm } from '../../../src/elements/spor-assessment-form/spor-assessment-form.component.js';
import { textarea } from './form-controls.js';

const simon = { id: 'simon', displayName: 'Simon' };
const key = 'spor-assessment-form:simon:nextwork:weekly-company:2026-11-13';
const typed = 'Fixed the label printer and showed the new colleague how the scanner works. ';

describe('<spor-assessment-form> while the host briefly drops the participant', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('keeps every typed character on screen and in the stored draft', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" persist="local" .participant=${simon} date="2026-11-13"></spor-assessment-form>`,
    );
    textarea(el, 'done-well').focus();
    let back: ReturnType<typeof setTimeout> | undefined;
    const timer = setInterval(() => {
      el.participant = undefined;
      back = setTimeout(() => (el.participant = simon), 60);
    }, 500);
    try {
      for (let i = 0; i < typed.length; i += 8) {
        await sendKeys({ type: typed.slice(i, i + 8) });
        await aTimeout(45);
      }
    } finally {
      clearInterval(timer);
      clearTimeout(back);
      el.participant = simon;
    }
    await el.updateComplete;
    expect(textarea(el, 'done-well').value, 'on screen').to.equal(typed);
    const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as { notes?: Record<string, string> };
    expect(stored.notes?.['done-well'], 'in the stored draft').to.equal(typed);
    await expect(el).to.be.accessible();
  });
});
