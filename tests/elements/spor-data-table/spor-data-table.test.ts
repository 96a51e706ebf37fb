import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/spor-data-table/spor-data-table.js';
import type { SporDataTable } from '../../../src/elements/spor-data-table/spor-data-table.component.js';
import { progressData } from '../../fixtures/progress-data.js';

const text = (nodes: Iterable<Element>) => [...nodes].map((n) => n.textContent!.trim());

describe('<spor-data-table>', () => {
  it('has a caption, scoped headers, one row per period and an empty cell for a gap', async () => {
    const el = await fixture<SporDataTable>(
      html`<spor-data-table series="initiative,determination" .data=${progressData()}></spor-data-table>`,
    );
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.equal('Simons udvikling');
    expect(text(table.querySelectorAll('thead th[scope="col"]'))).to.deep.equal([
      'Periode',
      'Initiativ',
      'Beslutsomhed',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')];
    // Seven weeks with reports and two months of determination, in time order.
    expect(text(rows.map((r) => r.querySelector('th[scope="row"]')!))).to.deep.equal([
      'marts 2026',
      'uge 10, 2026',
      'uge 11, 2026',
      'uge 12, 2026',
      // W14 starts on Monday 30 March, before April does.
      'uge 14, 2026',
      'april 2026',
      'uge 15, 2026',
      'uge 16, 2026',
      'uge 17, 2026',
    ]);
    const firstWeek = text(rows[1]!.querySelectorAll('td'));
    expect(firstWeek[0]).to.equal('2,0');
    // A week has no determination value: an empty cell that says so to screen readers.
    expect(rows[1]!.querySelectorAll('td')[1]!.textContent!.trim()).to.equal('ingen værdi');
    await expect(el).to.be.accessible();
  });

  it('localizes numbers and periods in English', async () => {
    const el = await fixture<SporDataTable>(
      html`<spor-data-table locale="en" series="weekly-company.punctuality" .data=${progressData()}></spor-data-table>`,
    );
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows[0]!.querySelector('th')!.textContent!.trim()).to.equal('week 10, 2026');
    expect(text(el.shadowRoot!.querySelectorAll('tbody td'))).to.deep.equal([
      '2.0',
      '3.0',
      '3.0',
      '3.0',
      '4.0',
      '4.0',
      '4.0',
    ]);
  });

  it('is one tab stop that scrolls, and focusing the element focuses it', async () => {
    const el = await fixture<SporDataTable>(
      html`<spor-data-table .data=${progressData()}></spor-data-table>`,
    );
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part~="base"]'));
  });

  it('shows an error state and fires spor-invalid-data for invalid data', async () => {
    const el = document.createElement('spor-data-table');
    document.body.append(el);
    const fired = oneEvent(el, 'spor-invalid-data');
    el.data = { schemaVersion: 7 };
    await fired;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    await expect(el).to.be.accessible();
    el.remove();
  });
});
