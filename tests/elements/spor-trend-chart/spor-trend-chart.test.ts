import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-trend-chart/spor-trend-chart.js';
import type { SporTrendChart } from '../../../src/elements/spor-trend-chart/spor-trend-chart.component.js';
import type { SporInvalidDataEvent } from '../../../src/events/index.js';
import { progressData } from '../../fixtures/progress-data.js';

const root = (el: Element) => el.shadowRoot!;
const all = (el: Element, selector: string) => [...root(el).querySelectorAll(selector)];
const one = (el: Element, selector: string) => root(el).querySelector(selector);

async function chart(attributes = '', width = 900): Promise<SporTrendChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = `<spor-trend-chart ${attributes}></spor-trend-chart>`;
  const el = wrapper.querySelector('spor-trend-chart')!;
  el.data = progressData();
  await el.updateComplete;
  return el;
}

describe('<spor-trend-chart>', () => {
  it('draws one line and one marker path per dimension, with a legend of real toggle buttons', async () => {
    const el = await chart('locale="en" resilience-consent');
    const series = all(el, '[part~="series"]');
    expect(series.map((s) => s.getAttribute('data-series'))).to.deep.equal([
      'work-readiness',
      'determination',
      'resilience',
    ]);
    for (const s of series) {
      expect(s.querySelector('.markers')!.getAttribute('d')).to.match(/^M/);
    }
    const buttons = all(el, '[part~="legend"] button') as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
      'Work readiness',
      'Determination',
      'Resilience',
    ]);
    for (const b of buttons) {
      expect(b.getAttribute('aria-pressed')).to.equal('true');
      const box = b.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    }
    expect(one(el, '[part~="title"]')!.textContent).to.equal('How Simon is developing');
    await expect(el).to.be.accessible();
  });

  it('draws a weekly line through the rolling mean, a mark for every rating, and the old line with raw', async () => {
    const el = await chart('series="initiative"');
    const line = one(el, '[part~="series"][data-series="initiative"] .line')!.getAttribute('d')!;
    // Issue 10: the line is the 4-week rolling mean and breaks only where points are more than 4
    // weeks apart. W12 → W14 (W13 missing) is 2 weeks apart: one run (it was two per-week runs).
    expect(line.match(/M/g)).to.have.length(1);
    const markers = one(el, '[part~="series"][data-series="initiative"] .markers')!.getAttribute('d')!;
    // One rating a week in the fixture: 7 marks.
    expect(markers.match(/M/g)).to.have.length(7);
    el.raw = true;
    await el.updateComplete;
    const rawLine = one(el, '[part~="series"][data-series="initiative"] .line')!.getAttribute('d')!;
    // The per-week line: W10–W12, then (no W13) W14–W17: two runs.
    expect(rawLine.match(/M/g)).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('shows internships as bands named by company, as text not markup', async () => {
    // One set of axes (six weekly traits would be panels by default; the panels have their own test).
    const el = await chart('series="traits" layout="overlay"');
    const labels = all(el, '.band-label').map((t) => t.textContent);
    expect(labels[0]).to.contain('Værkstedet');
    expect(labels[1]).to.contain('<b>Bageriet</b>');
    expect(one(el, 'b')).to.equal(null);
    expect(all(el, '[part~="band"]')).to.have.length(2);
    expect(all(el, '.conversation')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says in words what changed since the last conversation', async () => {
    const el = await chart('series="work-readiness,weekly-company.punctuality"');
    const sentences = all(el, '[part~="summary"] li').map((li) => li.textContent);
    // Rolling means over 4 weeks. Then: the last week that ended by 20 March is W11; its window
    // W08–W11 holds W10 and W11. Work readiness W10 (3+2+3+2+3)/5 = 2.6, W11 3.0 → 2.8; punctuality
    // W10 2, W11 3 → 2.5. Now: W17's window W14–W17. Work readiness 3.4, 3.6, 3.8, 4.0 → 3.7;
    // punctuality 3, 4, 4, 4 → 3.75, shown 3,8.
    expect(sentences).to.deep.equal([
      'Arbejdsegnethed: højere, fra 2,8 før 20. marts til 3,7 nu (i snit over 4 uger).',
      'Mødestabilitet og punktlighed: højere, fra 2,5 før 20. marts til 3,8 nu (i snit over 4 uger).',
      // Issue 10's hand audit: the drawn internships and conversations, in words. The fixture's
      // placements run 2 March – 5 April and from 6 April (open); its conversation is 20 March.
      'Praktik hos Værkstedet A/S fra 2. marts til 5. april.',
      'Praktik hos <b>Bageriet</b> & Co fra 6. april.',
      'Samtale: 20. marts.',
    ]);
    // In the accessibility tree, hidden on screen until asked for.
    const summary = one(el, '[part~="summary"]') as HTMLElement;
    expect(summary.classList.contains('visually-hidden')).to.equal(true);
    (one(el, '.summary-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(summary.classList.contains('visually-hidden')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('hides and shows a series from its legend button', async () => {
    const el = await chart('series="traits"');
    expect(all(el, '[part~="series"]')).to.have.length(6);
    const button = one(el, '[part~="legend"] button[data-series="curiosity"]') as HTMLButtonElement;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(all(el, '[part~="series"]').map((s) => s.getAttribute('data-series'))).not.to.include('curiosity');
    // A new week's data keeps the choice.
    el.data = progressData();
    await el.updateComplete;
    expect(all(el, '[part~="series"]').map((s) => s.getAttribute('data-series'))).not.to.include('curiosity');
    button.click();
    await el.updateComplete;
    expect(all(el, '[part~="series"]')).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('moves between points with the keyboard and announces each one politely', async () => {
    const el = await chart('series="initiative,persistence" locale="en"');
    const plot = one(el, '[part~="plot"]') as HTMLElement;
    expect(plot.getAttribute('tabindex')).to.equal('0');
    plot.focus();
    await el.updateComplete;
    expect(one(el, '.hint')!.textContent).to.contain('arrow keys');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const live = one(el, '[aria-live="polite"]')!;
    // Issue 10: the week's rating and the rolling mean. W10 is the first week: its window W07–W10 holds only W10 (2).
    expect(live.textContent).to.equal('Initiative, week 10, 2026: Rating: 2. Average of 4 weeks: 2.0.');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    // W17's window W14–W17: (3 + 3 + 4 + 4) / 4 = 3.5; its own rating 4.
    expect(live.textContent).to.equal('Initiative, week 17, 2026: Rating: 4. Average of 4 weeks: 3.5.');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // Persistence W14–W17: 3, 3, 3, 3 → 3.0.
    expect(live.textContent).to.equal('Persistence, week 17, 2026: Rating: 3. Average of 4 weeks: 3.0.');
    expect(one(el, '[part~="callout"]')!.textContent).to.contain('3.0\u00a0of\u00a05');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(live.textContent).to.contain('week 10, 2026');
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    // A month after 2 March is 2 April, in W14.
    expect(live.textContent).to.contain('week 14, 2026');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(one(el, '[part~="callout"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(plot);
  });

  it('keeps the callout inside the element, even at the right edge', async () => {
    const el = await chart('series="initiative"', 320);
    (one(el, '[part~="plot"]') as HTMLElement).focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await aTimeout(200);
    const callout = one(el, '[part~="callout"]')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(callout.left).to.be.at.least(host.left - 0.5);
    expect(callout.right).to.be.at.most(host.right + 0.5);
    // It can be dismissed with its close button.
    (one(el, '[part~="callout"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(one(el, '[part~="callout"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fills its container and redraws when the container is resized', async () => {
    const el = await chart('', 800);
    expect(one(el, 'svg.drawing')!.getAttribute('width')).to.equal('800');
    el.parentElement!.style.width = '320px';
    await aTimeout(100);
    await el.updateComplete;
    expect(one(el, 'svg.drawing')!.getAttribute('width')).to.equal('320');
    await expect(el).to.be.accessible();
  });

  it('switches to a table with the same numbers and back', async () => {
    const el = await chart('series="weekly-company.punctuality" locale="en"');
    (one(el, '.view-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const table = one(el, 'spor-data-table')!;
    await (table as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const cells = [...table.shadowRoot!.querySelectorAll('tbody td')].map((td) => td.textContent!.trim());
    expect(cells).to.deep.equal(['2.0', '3.0', '3.0', '3.0', '4.0', '4.0', '4.0']);
    await expect(el).to.be.accessible();
    (one(el, '.view-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(one(el, 'spor-data-table')).to.equal(null);
    expect(one(el, '[part~="plot"]')).to.exist;
  });

  it('splits company and counsellor ratings into lines of the same colour with different dashes', async () => {
    const el = await chart('series="determination" split-raters');
    const series = all(el, '[part~="series"]');
    expect(series.map((s) => s.getAttribute('data-series'))).to.deep.equal([
      'determination@company',
      'determination@counsellor',
    ]);
    const [company, counsellor] = series.map((s) => getComputedStyle(s.querySelector('.line')!));
    expect(company!.stroke).to.equal(counsellor!.stroke);
    expect(company!.strokeDasharray).not.to.equal(counsellor!.strokeDasharray);
    await expect(el).to.be.accessible();
  });

  it('keeps the kit’s "(virksomhed)" outside the isolate of the split-raters legend’s host label', async () => {
    const el = await chart('series="determination" split-raters');
    const buttons = all(el, '[part~="legend"] button');
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
      'Beslutsomhed (virksomhed)',
      'Beslutsomhed (ungekonsulent)',
    ]);
    for (const button of buttons) expect(button.querySelector('bdi')!.textContent).to.equal('Beslutsomhed');
    el.layout = 'panels';
    await el.updateComplete;
    const headings = all(el, '.panel-name');
    expect(headings).to.have.length(2);
    for (const heading of headings) {
      expect(heading.querySelectorAll('bdi')).to.have.length(1);
      expect(heading.querySelector('bdi')!.textContent).to.equal('Beslutsomhed');
    }
    // The point's callout and what the live region says about it.
    const plot = one(el, '[part~="plot"]') as HTMLElement;
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    expect(one(el, '[part~="callout"] strong')!.textContent).to.match(/^Beslutsomhed \(/);
    expect(one(el, '[part~="callout"] strong bdi')!.textContent).to.equal('Beslutsomhed');
    const said = all(el, '[aria-live] bdi').map((b) => b.textContent);
    expect(said).to.deep.equal(['Beslutsomhed']);
    await expect(el).to.be.accessible();
  });

  it('shows resilience in a conversation only when the young person has agreed, and always to a counsellor', async () => {
    const ids = (el: Element) => all(el, '[part~="series"]').map((s) => s.getAttribute('data-series'));
    const el = await chart();
    expect(ids(el)).to.deep.equal(['work-readiness', 'determination']);
    expect(root(el).textContent).not.to.contain('Modstandskraft');
    el.resilienceConsent = true;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['work-readiness', 'determination', 'resilience']);
    const counsellor = await chart('audience="counsellor"');
    expect(ids(counsellor)).to.include('resilience');
    await expect(el).to.be.accessible();
  });

  it('never shows resilience or counsellor ratings to a company, even with consent', async () => {
    const el = await chart('audience="company" split-raters resilience-consent');
    const ids = all(el, '[part~="series"]').map((s) => s.getAttribute('data-series'));
    expect(ids).to.deep.equal(['work-readiness', 'determination']);
    expect(root(el).textContent).not.to.contain('Modstandskraft');
    await expect(el).to.be.accessible();
  });

  it('draws the focus series stronger than the rest (default: the latest conversation’s focus)', async () => {
    const el = await chart('series="traits"');
    const focus = one(el, '[part~="series"][data-series="persistence"] .line')!;
    const other = one(el, '[part~="series"][data-series="initiative"] .line')!;
    expect(parseFloat(getComputedStyle(focus).strokeWidth)).to.be.greaterThan(
      parseFloat(getComputedStyle(other).strokeWidth),
    );
    // Said in words too: in the legend and first in the summary.
    expect(one(el, '[part~="legend"] button[data-series="persistence"] .focus-tag')!.textContent).to.equal(
      'Fokusområde',
    );
    expect(one(el, '[part~="summary"] li')!.textContent).to.equal('Fokusområdet er Vedholdenhed.');
    el.focusSeries = 'initiative';
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(other).strokeWidth)).to.be.greaterThan(
      parseFloat(getComputedStyle(focus).strokeWidth),
    );
    await expect(el).to.be.accessible();
  });

  it('shows a localized error state and fires spor-invalid-data for invalid data, drawing nothing', async () => {
    const el = document.createElement('spor-trend-chart');
    el.locale = 'en';
    document.body.append(el);
    const bad = progressData();
    (bad.assessments![0]!.ratings as Record<string, number>)['initiative'] = 9;
    const fired = oneEvent(el, 'spor-invalid-data') as Promise<SporInvalidDataEvent>;
    el.data = bad;
    const event = await fired;
    expect(event.detail.issues[0]!.path).to.deep.equal(['assessments', 0, 'ratings', 'initiative']);
    await el.updateComplete;
    expect(one(el, 'svg')).to.equal(null);
    expect(one(el, '[part~="error"]')!.textContent).to.contain('The data cannot be shown');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('says so when there are no ratings yet', async () => {
    const el = await fixture<SporTrendChart>(html`<spor-trend-chart locale="en"></spor-trend-chart>`);
    el.data = { ...progressData(), assessments: [] };
    await el.updateComplete;
    expect(root(el).textContent).to.contain('There are no ratings yet.');
    await expect(el).to.be.accessible();
  });
});
