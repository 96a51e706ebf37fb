import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-cohort-outcomes/spor-cohort-outcomes.js';
import type { SporCohortOutcomes } from '../../../src/elements/spor-cohort-outcomes/spor-cohort-outcomes.component.js';

describe('<spor-cohort-outcomes>', () => {
  it('renders and is accessible', async () => {
    const el = await fixture<SporCohortOutcomes>(html`<spor-cohort-outcomes></spor-cohort-outcomes>`);
    expect(el.shadowRoot!.querySelector('[part~="base"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
