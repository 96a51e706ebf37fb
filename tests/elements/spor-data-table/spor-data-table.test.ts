import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { samplePersonas } from '../../../src/core/index.js';
import '../../../src/elements/spor-data-table/spor-data-table.js';
import type { SporDataTable } from '../../../src/elements/spor-data-table/spor-data-table.component.js';
import { progressData } from '../../fixtures/progress-data.js';

const text = (nodes: Iterable<Element>) => [...nodes].map((n) => n.textContent!.trim());
/** What a screen reader reads in a cell: its text, with the layout's white space folded. */
const spoken = (nodes: Iterable<Element>) =>
  [...nodes].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

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
      'Praktik',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')];
    // Seven weeks with reports and two months of determination, in time order.
    expect(spoken(rows.map((r) => r.querySelector('th[scope="row"]')!))).to.deep.equal([
      'marts 2026, samtale 20. marts',
      'uge 10, 2026',
      'uge 11, 2026',
      'uge 12, 2026, samtale 20. marts',
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

  it('names the internship of every row (company, from–to) and the conversations, with scoped headers', async () => {
    const el = await fixture<SporDataTable>(
      html`<spor-data-table series="initiative,determination" .data=${progressData()}></spor-data-table>`,
    );
    const table = el.shadowRoot!.querySelector('table')!;
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.at(-1)!.textContent!.trim()).to.equal('Praktik');
    expect(headers.at(-1)!.getAttribute('scope')).to.equal('col');
    const rows = [...table.querySelectorAll('tbody tr')];
    // The internship is the row's context: a row header, after the numbers.
    const placements = rows.map((r) => r.querySelector('th.placement')!);
    expect(placements.length, 'rows').to.be.greaterThan(0);
    expect(placements.every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    const firstPlace = 'Værkstedet A/S, 2. marts–5. april';
    const secondPlace = '<b>Bageriet</b> & Co, fra 6. april';
    expect(spoken(placements)).to.deep.equal([
      firstPlace, // marts 2026
      firstPlace, // W10
      firstPlace,
      firstPlace, // W12
      firstPlace, // W14: 30 March – 5 April, the last week at Værkstedet
      `${firstPlace}; ${secondPlace}`, // april 2026 holds both
      secondPlace, // W15
      secondPlace,
      secondPlace,
    ]);
    // Company names are text, each in its own isolate.
    expect(text(placements[5]!.querySelectorAll('bdi'))).to.deep.equal([
      'Værkstedet A/S',
      '<b>Bageriet</b> & Co',
    ]);
    expect(placements[5]!.querySelector('b')).to.equal(null);
    // The conversation on 20 March falls in March and in week 12, and those rows say so.
    const withConversation = rows.filter((r) => r.querySelector('.conversation'));
    expect(spoken(withConversation.map((r) => r.querySelector('th')!))).to.deep.equal([
      'marts 2026, samtale 20. marts',
      'uge 12, 2026, samtale 20. marts',
    ]);
    await expect(el).to.be.accessible();
  });

  it('gives a conversation in a period with no ratings a row of its own, in English', async () => {
    const data = progressData();
    // 26 March is in week 13, the week with no report.
    data.conversations = [
      ...(data.conversations ?? []),
      { id: 'c2', date: '2026-03-26', promptSet: 'nextwork', answers: {} },
    ];
    const el = await fixture<SporDataTable>(
      html`<spor-data-table locale="en" series="initiative" .data=${data}></spor-data-table>`,
    );
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(spoken(rows.map((r) => r.querySelector('th')!))).to.deep.equal([
      'week 10, 2026',
      'week 11, 2026',
      'week 12, 2026, conversation 20 March',
      'week 13, 2026, conversation 26 March',
      'week 14, 2026',
      'week 15, 2026',
      'week 16, 2026',
      'week 17, 2026',
    ]);
    // The week has no rating: its cell says so, it is never a zero.
    expect(text(rows[3]!.querySelectorAll('td'))).to.deep.equal(['no value']);
    expect(spoken([rows[3]!.querySelector('th.placement')!])).to.deep.equal([
      'Værkstedet A/S, 2 March–5 April',
    ]);
    expect(spoken([rows[7]!.querySelector('th.placement')!])).to.deep.equal([
      '<b>Bageriet</b> & Co, from 6 April',
    ]);
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
    await expect(el).to.be.accessible();
  });

  it('is one tab stop that scrolls, and focusing the element focuses it', async () => {
    const el = await fixture<SporDataTable>(
      html`<spor-data-table .data=${progressData()}></spor-data-table>`,
    );
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part~="base"]'));
    await expect(el).to.be.accessible();
  });

  describe('reflow (WCAG 1.4.10)', () => {
    const simon = samplePersonas[0]!;
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const series of ['dimensions', 'traits']) {
      it(`keeps Simon's ${series} table inside its scroller at 320 px: no page scrolling`, async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await fixture<SporDataTable>(
          html`<spor-data-table series=${series} .data=${simon}></spor-data-table>`,
        );
        const root = document.documentElement;
        // The page never scrolls sideways; the table scrolls inside its own box.
        expect(root.scrollWidth).to.equal(root.clientWidth);
        const scroller = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
        const table = el.shadowRoot!.querySelector('table')!;
        // What scrolls is the table itself, not hidden text escaping below it.
        expect(scroller.scrollHeight).to.be.at.most(Math.ceil(table.offsetHeight) + 2);
        expect(scroller.scrollWidth).to.be.at.most(Math.ceil(table.offsetWidth) + 2);
        const bottom = Math.ceil(el.getBoundingClientRect().bottom + window.scrollY);
        expect(root.scrollHeight).to.be.at.most(Math.max(640, bottom + 16));
        await expect(el).to.be.accessible();
      });
    }

    it("adds no blank scrolling below Simon's table at 1024 px", async () => {
      await setViewport({ width: 1024, height: 768 });
      const el = await fixture<SporDataTable>(
        html`<spor-data-table series="traits" .data=${simon}></spor-data-table>`,
      );
      const root = document.documentElement;
      expect(root.scrollWidth).to.equal(root.clientWidth);
      expect(root.scrollHeight).to.be.at.most(
        Math.max(768, el.getBoundingClientRect().bottom + window.scrollY + 16),
      );
      await expect(el).to.be.accessible();
    });
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
