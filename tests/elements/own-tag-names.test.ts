// A page of its own (web-test-runner runs each file in a fresh page) that imports only the element
// classes and the core, as a host that picks its own tag names does.
import { expect, fixture, html } from '@open-wc/testing';
import { SporAssessmentForm } from '../../src/elements/spor-assessment-form/spor-assessment-form.component.js';
import { SporConversationGuide } from '../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { SporDataTable } from '../../src/elements/spor-data-table/spor-data-table.component.js';
import { SporDimensionSummary } from '../../src/elements/spor-dimension-summary/spor-dimension-summary.component.js';
import { SporFollowUpPlan } from '../../src/elements/spor-follow-up-plan/spor-follow-up-plan.component.js';
import { SporWeekHours } from '../../src/elements/spor-week-hours/spor-week-hours.component.js';
import { SporExperienceLog } from '../../src/elements/spor-experience-log/spor-experience-log.component.js';
import { SporProgressConversation } from '../../src/elements/spor-progress-conversation/spor-progress-conversation.component.js';
import { SporSparkline } from '../../src/elements/spor-sparkline/spor-sparkline.component.js';
import { SporTraitStar } from '../../src/elements/spor-trait-star/spor-trait-star.component.js';
import { SporTrendChart } from '../../src/elements/spor-trend-chart/spor-trend-chart.component.js';
import { progressData } from '../fixtures/progress-data.js';

const defaultTags = [
  'spor-assessment-form',
  'spor-conversation-guide',
  'spor-data-table',
  'spor-dimension-summary',
  'spor-follow-up-plan',
  'spor-progress-conversation',
  'spor-sparkline',
  'spor-trait-star',
  'spor-trend-chart',
  'spor-week-hours',
  'spor-experience-log',
];
const registeredDefaults = () => defaultTags.filter((tag) => customElements.get(tag) !== undefined);

// Checked before anything is defined: importing the classes alone must register nothing.
const registeredOnImport = registeredDefaults();

type Updating = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };

describe('element classes under the host’s own tag names', () => {
  before(() => {
    // The children first, as a host does that renames everything.
    customElements.define('my-data-table', SporDataTable);
    customElements.define('my-sparkline', SporSparkline);
    customElements.define('my-trend-chart', SporTrendChart);
    customElements.define('my-trait-star', SporTraitStar);
    customElements.define('my-dimension-summary', SporDimensionSummary);
    customElements.define('my-assessment-form', SporAssessmentForm);
    customElements.define('my-conversation-guide', SporConversationGuide);
    customElements.define('my-progress-conversation', SporProgressConversation);
    customElements.define('my-follow-up-plan', SporFollowUpPlan);
    customElements.define('my-week-hours', SporWeekHours);
    customElements.define('my-experience-log', SporExperienceLog);
  });

  it('registers no tag when the classes are imported', () => {
    expect(registeredOnImport).to.deep.equal([]);
  });

  async function drawn(tag: 'my-trend-chart' | 'my-trait-star'): Promise<Updating> {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement(tag) as Updating;
    el.setAttribute('locale', 'en');
    el.data = progressData();
    wrapper.append(el);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.view-toggle')!.click();
    await el.updateComplete;
    return el;
  }

  for (const tag of ['my-trend-chart', 'my-trait-star'] as const) {
    it(`draws ${tag}'s table under the host's name for the table, and registers no spor-* tag`, async () => {
      const el = await drawn(tag);
      const table = el.shadowRoot!.querySelector('#table') as Updating;
      expect(table.localName).to.equal('my-data-table');
      expect(table).to.be.instanceOf(SporDataTable);
      await table.updateComplete;
      expect(table.shadowRoot!.querySelectorAll('table tbody tr').length).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('spor-data-table')).to.equal(null);
      expect(registeredDefaults()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('draws the programme views under the host’s names, and registers no spor-* tag', async () => {
    const data = {
      schemaVersion: 1,
      participant: { id: 'r', displayName: 'Rasmus' },
      jobs: [{ id: 'j1', employer: 'Autoværkstedet Vest', start: '2026-09-05', kind: 'hourly' }],
      hours: [{ week: '2026-W45', activity: 'internship', planned: 30, attended: 28 }],
    };
    const plan = (await fixture(
      html`<my-follow-up-plan locale="en" today="2026-11-06" .data=${data}></my-follow-up-plan>`,
    )) as Updating;
    expect(plan.shadowRoot!.querySelectorAll('[part~="check-in"]')).to.have.length(3);
    const hours = (await fixture(
      html`<my-week-hours locale="en" .data=${data}></my-week-hours>`,
    )) as Updating;
    expect(hours.shadowRoot!.querySelector('svg.drawing')).to.exist;
    expect(registeredDefaults()).to.deep.equal([]);
    await expect(plan).to.be.accessible();
  });

  it('draws the young person’s log under the host’s name, and registers no spor-* tag', async () => {
    const data = {
      schemaVersion: 1,
      participant: { id: 'r', displayName: 'Rasmus' },
      experiences: [{ id: 'x1', date: '2026-11-02', kind: 'work', text: 'Skiftede dæk.' }],
    };
    const log = (await fixture(
      html`<my-experience-log audience="young-person" locale="en" today="2026-11-13" .data=${data}></my-experience-log>`,
    )) as Updating;
    expect(log.shadowRoot!.querySelectorAll('[part~="entry"]')).to.have.length(1);
    expect(registeredDefaults()).to.deep.equal([]);
    await expect(log).to.be.accessible();
  });

  it('draws the dimension summary’s sparklines under the host’s name for them', async () => {
    const el = (await fixture(html`<my-dimension-summary locale="en"></my-dimension-summary>`)) as Updating;
    el.data = progressData();
    await el.updateComplete;
    const sparklines = [...el.shadowRoot!.querySelectorAll('my-sparkline')] as Updating[];
    expect(sparklines.length).to.be.greaterThan(0);
    await sparklines[0]!.updateComplete;
    expect(sparklines[0]!.shadowRoot!.querySelector('[part~="line"]')).to.exist;
    expect(registeredDefaults()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('draws the conversation view’s charts and guide under the host’s names, on every step', async () => {
    const el = (await fixture(
      html`<my-progress-conversation locale="en" date="2026-04-30"></my-progress-conversation>`,
    )) as Updating;
    el.data = progressData();
    const root = el.shadowRoot!;
    const settle = async () => {
      for (let i = 0; i < 3; i += 1) {
        await el.updateComplete;
        for (const child of root.querySelectorAll<Updating>('*')) await child.updateComplete;
      }
    };
    await settle();
    const guide = root.querySelector('my-conversation-guide') as Updating | null;
    expect(guide, 'the guide').to.be.instanceOf(SporConversationGuide);
    expect(root.querySelector('my-trait-star'), 'the star').to.be.instanceOf(SporTraitStar);
    expect(root.querySelector('my-dimension-summary'), 'the cards').to.be.instanceOf(SporDimensionSummary);
    // Drawn, not just named: the star's plot and the cards' own (renamed) sparklines.
    expect(root.querySelector('my-trait-star')!.shadowRoot!.querySelector('[part~="plot"]')).to.exist;
    expect(root.querySelector('my-dimension-summary')!.shadowRoot!.querySelector('my-sparkline')).to.exist;
    await expect(el).to.be.accessible();
    // The steps after the first two draw the trend chart.
    for (let i = 0; i < 2; i += 1) {
      guide!.shadowRoot!.querySelector<HTMLElement>('.next')!.click();
      await settle();
    }
    const trend = root.querySelector('my-trend-chart');
    expect(trend, 'the trend chart').to.be.instanceOf(SporTrendChart);
    expect(trend!.shadowRoot!.querySelector('[part~="plot"]')).to.exist;
    expect(
      root.querySelector(
        'spor-trend-chart, spor-trait-star, spor-dimension-summary, spor-conversation-guide',
      ),
    ).to.equal(null);
    expect(registeredDefaults()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
