import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-assessment-form/spor-assessment-form.js';
import type { SporAssessmentForm } from '../../../src/elements/spor-assessment-form/spor-assessment-form.component.js';
import { evil, isolates, unisolated } from '../bidi.js';

describe('<spor-assessment-form> and right-to-left overrides in host text', () => {
  it('puts the display name and the rater’s name each in its own bidi isolate', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form
        locale="en"
        date="2026-11-13"
        .participant=${{ id: 'simon', displayName: evil }}
        .rater=${{ role: 'company', name: evil }}
      ></spor-assessment-form>`,
    );
    expect(unisolated(el.shadowRoot)).to.deep.equal([]);
    expect(isolates(el.shadowRoot).filter((text) => text === evil)).to.have.length(2);
    // The sentence around the names reads as before.
    expect(el.shadowRoot!.querySelector('.meta')!.textContent).to.contain(evil);
    await expect(el).to.be.accessible();
  });
});
