import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-trend-chart/spor-trend-chart.js';
import type { SporTrendChart } from '../../../src/elements/spor-trend-chart/spor-trend-chart.component.js';
import { syntheticProgressData } from '../../../src/index.js';
import { progressData } from '../../fixtures/progress-data.js';

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const one = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

async function chart(attributes = '', data: unknown = progressData(), width = 900): Promise<SporTrendChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = `<spor-trend-chart ${attributes}></spor-trend-chart>`;
  const el = wrapper.querySelector('spor-trend-chart')!;
  el.data = data;
  await el.updateComplete;
  return el;
}

/** Two years of weekly ratings from one company: 104 weeks of six traits. */
const twoYears = syntheticProgressData({
  seed: 2,
  participant: { id: 'two', displayName: 'Ida' },
  start: '2024-11-04',
  end: '2026-11-01',
  counsellor: { id: 'uv-1', name: 'Karin Holm' },
  placements: [
    {
      id: 'two-p1',
      company: 'Lager Nord',
      start: '2024-11-04',
      end: '2025-10-31',
      raters: [{ id: 'a', name: 'A' }],
    },
    { id: 'two-p2', company: 'Café Syd', start: '2025-11-03', raters: [{ id: 'b', name: 'B' }] },
  ],
  curves: {
    'weekly-company.initiative': { from: 2, to: 4 },
    'weekly-company.persistence': { from: 2, to: 4 },
    'weekly-company.curiosity': { from: 3, to: 4 },
    'weekly-company.cooperation': { from: 2, to: 4 },
    'weekly-company.social': { from: 2, to: 3.5 },
    'weekly-company.responsibility': { from: 3, to: 4.5 },
    'weekly-company.punctuality': { from: 2, to: 4 },
    'weekly-company.productivity': { from: 2, to: 4 },
    'monthly-determination.persistence': { from: 2, to: 4 },
    'monthly-determination.independence': { from: 2, to: 4 },
    'monthly-determination.direction': { from: 2, to: 4 },
  },
  resilience: { from: 3, to: 3.5 },
  selfReports: ['2025-03-01', '2025-09-01', '2026-03-02', '2026-09-01'],
  doneWell: ['Godt arbejde.'],
  conversations: [
    { id: 'two-c1', date: '2025-06-02', promptSet: 'nextwork', answers: {}, focus: 'social' },
    { id: 'two-c2', date: '2026-09-15', promptSet: 'nextwork', answers: {}, focus: 'social' },
  ],
});

describe('<spor-trend-chart> panels', () => {
  it('draws six weekly traits as six panels under their dimensions, each saying its change', async () => {
    const el = await chart('series="traits"');
    const panels = all(el, '[part~="panel"]');
    // The framework's order: work readiness shows responsibility, social, cooperation; determination
    // shows persistence, initiative, curiosity.
    expect(panels.map((p) => p.getAttribute('data-series'))).to.deep.equal([
      'responsibility',
      'social',
      'cooperation',
      'persistence',
      'initiative',
      'curiosity',
    ]);
    // Real headings: the title h3, the dimensions h4, the panels h5; the summary h4.
    expect(one(el, '[part~="title"]')!.tagName).to.equal('H3');
    expect(all(el, 'h4.group-name').map((h) => h.textContent!.trim())).to.deep.equal([
      'Arbejdsegnethed',
      'Beslutsomhed',
    ]);
    expect(all(el, 'h5.panel-name')).to.have.length(6);
    expect(one(el, '[part~="summary"] .summary-title')!.tagName).to.equal('H4');
    // Each panel says the sentence the summary says for its series (the model's words, not the element's).
    const summary = all(el, '[part~="summary"] li').map((li) => li.textContent);
    for (const panel of panels) {
      const sentence = panel.querySelector('.panel-change')!.textContent;
      expect(summary).to.include(sentence);
    }
    // Persistence, the latest conversation's focus, stands out.
    expect(one(el, '[part~="panel"].is-focus')!.getAttribute('data-series')).to.equal('persistence');
    // Every panel shows the conversation and both internships; one time axis for all.
    for (const panel of panels) {
      expect(panel.querySelectorAll('.band')).to.have.length(2);
      expect(panel.querySelector('.conversation')).to.exist;
    }
    expect(all(el, '.time-axis')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('overlays three or fewer weekly series, and follows layout when it is set', async () => {
    const three = await chart('series="initiative,persistence,curiosity"');
    expect(all(three, '[part~="panel"]')).to.have.length(0);
    const panels = await chart('series="initiative,persistence" layout="panels"');
    expect(all(panels, '[part~="panel"]')).to.have.length(2);
    const overlay = await chart('series="traits" layout="overlay"');
    expect(all(overlay, '[part~="panel"]')).to.have.length(0);
    await expect(panels).to.be.accessible();
  });

  it('puts the headings one level below heading-level', async () => {
    const el = await chart('series="traits" heading-level="2"');
    expect(one(el, '[part~="title"]')!.tagName).to.equal('H2');
    expect(one(el, '.group-name')!.tagName).to.equal('H3');
    expect(one(el, '.panel-name')!.tagName).to.equal('H4');
    expect(one(el, '.summary-title')!.tagName).to.equal('H3');
    await expect(el).to.be.accessible();
  });

  it('hides and shows a panel from the legend', async () => {
    const el = await chart('series="traits"');
    (one(el, '[part~="legend"] button[data-series="social"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(all(el, '[part~="panel"]').map((p) => p.getAttribute('data-series'))).not.to.include('social');
    expect(all(el, '[part~="panel"]')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('walks the panels with one tab stop: left/right in time, up/down between panels, Home/End', async () => {
    const el = await chart('series="traits" locale="en"');
    const plot = one(el, '[part~="plot"]') as HTMLElement;
    plot.focus();
    const live = one(el, '[aria-live="polite"]')!;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    // The first panel is responsibility; its W10 rating in the fixture is the first point.
    expect(live.textContent).to.match(/^Responsibility, week 10, 2026/);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(live.textContent).to.match(/^Social skills, week 10, 2026/);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(live.textContent).to.match(/^Social skills, week 17, 2026/);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(live.textContent).to.match(/^Responsibility, week 17, 2026/);
    // The callout tells the week's rating and the rolling mean, and sits in the element.
    expect(one(el, '[part~="callout"]')!.textContent).to.contain('Average of 4 weeks');
    expect(all(el, '[tabindex="0"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('keeps six panels of 104 weeks lean: at most 450 elements in the shadow root', async () => {
    const el = await chart('series="traits"', twoYears, 1000);
    (one(el, '.range-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const panels = all(el, '[part~="panel"]');
    expect(panels).to.have.length(6);
    // Two years of weeks in every panel: all drawn, each mark a sub-path of one path.
    const weeks = panels[0]!.querySelector('.line')!.getAttribute('d')!.match(/[ML]/g)!.length;
    expect(weeks).to.be.greaterThan(95);
    const elements = el.shadowRoot!.querySelectorAll('*').length;
    // DOM size counts elements (as Lighthouse does), not the templates' whitespace text.
    expect(elements).to.be.at.most(450);
    await expect(el).to.be.accessible();
  });
});
