import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-week-hours/spor-week-hours.js';
import { toSVG } from '../../../src/export/index.js';
import type { SporWeekHours } from '../../../src/elements/spor-week-hours/spor-week-hours.component.js';
import { samplePersonas } from '../../../src/core/index.js';
import type { SporExportEvent } from '../../../src/events/index.js';

const one = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * 14 weeks, 2026-W30 to W43: 25 internship + 12 teaching planned. W35 has no entry (a gap).
 * Attended 37 in every week but W40 (10 + 4 = 14, below 15) and W43 (22 + 9 = 31).
 * The last 12 weeks are W32–W43: 11 with a plan, 10 at the minimum.
 */
function data() {
  const hours = [];
  for (let week = 30; week <= 43; week++) {
    if (week === 35) continue;
    const key = `2026-W${week}`;
    const [internship, teaching] = week === 40 ? [10, 4] : week === 43 ? [22, 9] : [25, 12];
    hours.push({ week: key, activity: 'internship', planned: 25, attended: internship });
    hours.push({ week: key, activity: 'teaching', planned: 12, attended: teaching });
  }
  return { schemaVersion: 1, participant: { id: 'l', displayName: 'Liv' }, hours };
}

async function chart(locale = 'da', input: unknown = data()) {
  return fixture<SporWeekHours>(html`<spor-week-hours locale=${locale} .data=${input}></spor-week-hours>`);
}

describe('<spor-week-hours>', () => {
  it('says the latest week and the weeks at the minimum in words, in Danish and English', async () => {
    const da = await chart('da');
    expect(text(one(da, '.readout'))).to.equal(
      'Mødt 31 af 37 planlagte timer i uge 43, 2026; på eller over minimum på 15 timer i 10 af 11 planlagte uger blandt de sidste 12.',
    );
    expect(text(one(da, '.title'))).to.equal('Livs timer pr. uge');
    const en = await chart('en');
    expect(all(en, '[part~="summary"] li').map(text)).to.deep.equal([
      'Attended 31 of 37 planned hours in week 43, 2026; at or above the minimum of 15 hours in 10 of 11 planned weeks among the last 12.',
      '1 week without a plan.',
    ]);
    await expect(en).to.be.accessible();
  });

  it('draws the last 12 weeks, a gap as a gap, stacked bars and the minimum line', async () => {
    const el = await chart();
    expect(all(el, '.week')).to.have.length(12);
    // 11 weeks with both activities planned and attended: 2 planned + 2 attended rects each.
    expect(all(el, '.drawing rect.planned')).to.have.length(22);
    expect(all(el, '.drawing rect.attended.teaching')).to.have.length(11);
    expect(all(el, '.gap')).to.have.length(1);
    const minimum = one(el, 'line.minimum')!;
    const ticks = all(el, 'text.tick').filter((t) => t.getAttribute('text-anchor') === 'end');
    const y = (value: string) => Number(ticks.find((t) => t.textContent === value)?.getAttribute('y'));
    // The minimum (15) lies halfway between the 10 and 20 ticks.
    expect(Number(minimum.getAttribute('y1'))).to.be.closeTo((y('10') + y('20')) / 2, 0.5);
    // Attended bars: 31 hours reaches exactly 31/37 of the planned bar's height in the last week.
    const last = all(el, '.week').at(-1)!;
    const height = (selector: string) =>
      [...last.querySelectorAll(selector)].reduce((sum, r) => sum + Number(r.getAttribute('height')), 0);
    expect(height('.attended') / height('.planned')).to.be.closeTo(31 / 37, 0.01);
    await expect(el).to.be.accessible();
  });

  it('shows all weeks on request, and back', async () => {
    const el = await chart('en');
    one(el, '.actions-toggle')!.click();
    await el.updateComplete;
    const range = one(el, '.range-toggle')!;
    expect(text(range)).to.equal('Show the whole period');
    range.click();
    await el.updateComplete;
    expect(all(el, '.week')).to.have.length(14);
    expect(text(one(el, '.range-toggle'))).to.equal('Show the last 12 weeks');
    await expect(el).to.be.accessible();
  });

  it('moves between weeks with the keyboard and says each', async () => {
    const el = await chart('en');
    one(el, '.plot')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(text(one(el, '.readout'))).to.equal(
      'week 43, 2026: Attended 31 of 37 planned hours. Internship 22 of 25. Teaching 9 of 12. Above the minimum.',
    );
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(text(one(el, '.readout'))).to.equal(
      'week 40, 2026: Attended 14 of 37 planned hours. Internship 10 of 25. Teaching 4 of 12. Below the minimum.',
    );
    await sendKeys({ press: 'Home' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(one(el, '.readout'))).to.equal('week 35, 2026: no plan.');
    expect(one(el, '.cursor')).to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(one(el, '.cursor')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the week under a tap', async () => {
    const el = await chart('en');
    const bars = all(el, '.week').at(-4)!.querySelector('rect.attended')!.getBoundingClientRect();
    one(el, '.plot')!.dispatchEvent(
      new PointerEvent('pointerdown', { clientX: bars.left + 1, clientY: bars.bottom - 2, bubbles: true }),
    );
    await el.updateComplete;
    expect(text(one(el, '.readout'))).to.contain('week 40, 2026: Attended 14 of 37 planned hours.');
    await expect(el).to.be.accessible();
  });

  it('shows a table of the same numbers', async () => {
    const el = await chart('en');
    one(el, '.actions-toggle')!.click();
    await el.updateComplete;
    one(el, '.view-toggle')!.click();
    await el.updateComplete;
    const rows = all(el, 'tbody tr').map((tr) => [...tr.children].map((c) => text(c)));
    expect(rows).to.have.length(12);
    expect(rows[3]).to.deep.equal(['week 35, 2026', '', '', 'no plan', '']);
    expect(rows[8]).to.deep.equal(['week 40, 2026', '10 of 25', '4 of 12', '14 of 37', 'Below the minimum.']);
    await expect(el).to.be.accessible();
  });

  it('shows the error state for bad hours, and the empty state without hours', async () => {
    const bad = data();
    bad.hours[0]!.attended = -2;
    const el = document.createElement('spor-week-hours');
    const invalid = oneEvent(el, 'spor-invalid-data');
    el.locale = 'en';
    el.data = bad;
    document.body.append(el);
    expect((await invalid).detail.issues[0]!.message).to.equal('Hours cannot be negative.');
    await el.updateComplete;
    expect(one(el, '[part~="error"]')).to.exist;
    expect(one(el, 'svg.drawing')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
    const empty = await chart('da', { schemaVersion: 1, participant: { id: 'l', displayName: 'Liv' } });
    expect(text(one(empty, '.empty'))).to.equal('Der er ingen timer endnu.');
    await expect(empty).to.be.accessible();
  });

  it('refuses hours spread over more weeks than it draws, with the error state and no exception', async () => {
    // The probe's cases: 2026 to 4039 (105,000 weeks, once a stack overflow), and the whole calendar.
    for (const [first, last] of [
      ['2026-W01', '4039-W20'],
      ['0001-W01', '9999-W51'],
    ] as const) {
      const el = document.createElement('spor-week-hours');
      const invalid = oneEvent(el, 'spor-invalid-data');
      el.locale = 'en';
      el.data = {
        schemaVersion: 1,
        participant: { id: 'l', displayName: 'Liv' },
        hours: [
          { week: first, activity: 'internship', planned: 25, attended: 25 },
          { week: last, activity: 'internship', planned: 25, attended: 20 },
        ],
      };
      document.body.append(el);
      expect((await invalid).detail.issues.map((issue: { message: string }) => issue.message)).to.deep.equal([
        'The hours span too many weeks (at most 1000 from the first to the last).',
      ]);
      await el.updateComplete;
      expect(one(el, '[part~="error"]')).to.exist;
      expect(one(el, 'svg.drawing')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(100);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('refuses a week past the calendar’s end (9999-W52) instead of freezing, in Danish', async () => {
    const el = document.createElement('spor-week-hours');
    const invalid = oneEvent(el, 'spor-invalid-data');
    el.data = {
      schemaVersion: 1,
      participant: { id: 'l', displayName: 'Liv' },
      hours: [{ week: '9999-W52', activity: 'internship', planned: 25, attended: 25 }],
    };
    document.body.append(el);
    expect((await invalid).detail.issues[0]!.message).to.equal(
      'Ugen 9999-W52 ligger uden for kalenderen: dens dage skal ligge fra 0001-01-01 til 9999-12-31.',
    );
    await el.updateComplete;
    expect(text(one(el, '[part~="error"]'))).to.contain('Ugen 9999-W52 ligger uden for kalenderen');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('draws the longest span it takes (1,000 weeks) as 12 weeks, and all of them on request, boundedly', async () => {
    // 2026-W01 … 2045-W08: 1,000 weeks, 998 of them gaps.
    const el = await chart('en', {
      schemaVersion: 1,
      participant: { id: 'l', displayName: 'Liv' },
      hours: [
        { week: '2026-W01', activity: 'internship', planned: 25, attended: 25 },
        { week: '2045-W08', activity: 'internship', planned: 25, attended: 20 },
      ],
    });
    const nodes = () => el.shadowRoot!.querySelectorAll('*').length;
    expect(all(el, '.week')).to.have.length(12);
    expect(nodes()).to.be.below(200);
    one(el, '.actions-toggle')!.click();
    await el.updateComplete;
    one(el, '.range-toggle')!.click();
    await el.updateComplete;
    expect(all(el, '.week')).to.have.length(1000);
    expect(all(el, '.drawing rect.attended')).to.have.length(2);
    // A week is a group with its bars or its gap mark, and a label on some: at most 4 nodes a week.
    expect(nodes()).to.be.below(4 * 1000 + 200);
    one(el, '.view-toggle')!.click();
    await el.updateComplete;
    expect(all(el, 'tbody tr')).to.have.length(1000);
    await expect(el).to.be.accessible();
  });

  /** Clicks the CSV action and gives back the `spor-export` detail and the file's text. */
  async function exportCsv(el: SporWeekHours) {
    const files: Blob[] = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      files.push(blob as Blob);
      return original(blob);
    };
    try {
      one(el, '.actions-toggle')!.click();
      await el.updateComplete;
      const csv = all(el, '.export').find((button) => text(button).includes('CSV'))!;
      setTimeout(() => csv.click());
      const event = (await oneEvent(el, 'spor-export')) as SporExportEvent;
      await waitUntil(() => files.length === 1);
      const lines = (await files[0]!.text()).replace(/^\uFEFF/, '').split('\r\n');
      return { detail: event.detail, lines };
    } finally {
      URL.createObjectURL = original;
    }
  }

  it('exports the weeks and their hours as CSV, as the chart and its table show them', async () => {
    const el = await fixture<SporWeekHours>(
      html`<spor-week-hours locale="en" exportable .data=${data()}></spor-week-hours>`,
    );
    await expect(el).to.be.accessible();
    const { detail, lines } = await exportCsv(el);
    expect(detail).to.deep.equal({
      format: 'csv',
      series: ['internship', 'teaching'],
      audience: 'conversation',
      includesSelfReport: false,
      participantId: 'l',
    });
    // The last 12 weeks, as drawn: W32–W43, W35 a gap.
    expect(lines).to.have.length(13);
    expect(lines[0]).to.equal(
      'Week,From,To,"Internship, planned","Internship, attended","Teaching, planned","Teaching, attended","Total, planned","Total, attended",Minimum 15 h',
    );
    expect(lines[1]).to.equal('"week 32, 2026",2026-08-03,2026-08-09,25,25,12,12,37,37,Above the minimum.');
    expect(lines[4]).to.equal('"week 35, 2026",2026-08-24,2026-08-30,,,,,,,');
    expect(lines[9]).to.equal('"week 40, 2026",2026-09-28,2026-10-04,25,10,12,4,37,14,Below the minimum.');
  });

  it('exports no dimensions and no self-report for a counsellor, only the hours, in Danish', async () => {
    const simon = samplePersonas[0]!;
    const el = await fixture<SporWeekHours>(
      html`<spor-week-hours audience="counsellor" exportable .data=${simon}></spor-week-hours>`,
    );
    await expect(el).to.be.accessible();
    const { detail, lines } = await exportCsv(el);
    expect(detail.includesSelfReport).to.equal(false);
    expect(detail.series).to.deep.equal(['internship', 'teaching']);
    expect(lines[0]).to.equal(
      // A cell with either separator is quoted, so a spreadsheet that splits on `,` reads it whole.
      'Uge;Fra;Til;"Praktik, planlagt";"Praktik, mødt";"Undervisning, planlagt";"Undervisning, mødt";"I alt, planlagt";"I alt, mødt";Minimum 15 t',
    );
    expect(lines.join('\n')).not.to.match(/Robusthed|Resilience/i);
    expect(lines.length, 'weeks after the header').to.be.greaterThan(1);
    expect(lines.slice(1).every((line) => /^"uge \d+, \d{4}";\d{4}-\d{2}-\d{2};/.test(line))).to.equal(true);
    expect(lines.length).to.be.within(2, 13);
  });

  it('an SVG or PNG of the hours says so in spor-export, for a counsellor too (its buttons and toSVG alike)', async () => {
    const simon = samplePersonas[0]!;
    const el = await fixture<SporWeekHours>(
      html`<spor-week-hours audience="counsellor" exportable .data=${simon}></spor-week-hours>`,
    );
    const expected = {
      series: ['internship', 'teaching'],
      audience: 'counsellor',
      includesSelfReport: false,
      participantId: simon.participant.id,
    };
    one(el, '.actions-toggle')!.click();
    await el.updateComplete;
    for (const format of ['SVG', 'PNG']) {
      const button = all(el, '.export').find((b) => text(b).includes(format))!;
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'spor-export')) as SporExportEvent;
      expect(event.detail, format).to.deep.equal({ format: format.toLowerCase(), ...expected });
    }
    const fired = oneEvent(el, 'spor-export') as Promise<SporExportEvent>;
    toSVG(el);
    expect((await fired).detail).to.deep.equal({ format: 'svg', ...expected });
    await expect(el).to.be.accessible();
  });

  it('reads without colour: planned outlined, teaching hatched, in forced colours too', async () => {
    await executeServerCommand('forced-colors', 'active');
    try {
      const el = await chart();
      const planned = getComputedStyle(one(el, 'rect.planned')!);
      const internship = getComputedStyle(one(el, 'rect.attended.internship')!);
      expect(planned.fill).not.to.equal(internship.fill);
      expect(getComputedStyle(one(el, 'rect.attended.teaching')!).fill).to.contain('url(');
      expect(getComputedStyle(one(el, 'line.minimum')!).strokeDasharray).not.to.equal('none');
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('forced-colors', 'none');
    }
  });
});
