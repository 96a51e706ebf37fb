// The target set at a conversation, beside that conversation in the table's row headers.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-data-table/spor-data-table.js';
import type { SporDataTable } from '../../../src/elements/spor-data-table/spor-data-table.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';

const [simon] = samplePersonas as [ProgressData];
const targets = (el: Element) => [...el.shadowRoot!.querySelectorAll('th .target')].map((t) => t.textContent);

describe('<spor-data-table>: the target', () => {
  it('says Simon’s target on determination beside the conversation of 30 September, in English too', async () => {
    const el = await fixture<SporDataTable>(
      html`<spor-data-table locale="en" series="determination" .data=${simon}></spor-data-table>`,
    );
    // Determination is monthly: the conversation stands in September's row, and its target with it.
    expect(targets(el)).to.deep.equal(['target for Determination: 4']);
    expect(el.shadowRoot!.querySelector('th .target')!.closest('th')!.textContent).to.contain(
      'conversation 30 September',
    );
    await expect(el).to.be.accessible();
  });

  it('says no target where the focus series is not in the table', async () => {
    const el = await fixture<SporDataTable>(
      html`<spor-data-table locale="da" series="initiative" .data=${simon}></spor-data-table>`,
    );
    expect(el.shadowRoot!.querySelectorAll('td').length).to.be.greaterThan(0);
    expect(targets(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
