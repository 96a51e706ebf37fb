import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-dimension-summary/spor-dimension-summary.js';
import type { SporDimensionSummary } from '../../../src/elements/spor-dimension-summary/spor-dimension-summary.component.js';
import { progressData } from '../../fixtures/progress-data.js';

const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="card"]')] as HTMLElement[];

describe('<spor-dimension-summary>', () => {
  it('shows one card per dimension with its value on the scale and the change since the last conversation', async () => {
    const el = await fixture<SporDimensionSummary>(
      html`<spor-dimension-summary locale="en" resilience-consent .data=${progressData()}></spor-dimension-summary>`,
    );
    const [work, determination, resilience] = cards(el);
    expect(cards(el)).to.have.length(3);
    expect(work!.querySelector('.label')!.textContent).to.equal('Work readiness');
    // Now is the rolling mean of the last 4 weeks, W14–W17: (3.4 + 3.6 + 3.8 + 4.0) / 4 = 3.7, the
    // same number the guide and the chart's summary say (W17 alone would be 4.0).
    expect(work!.querySelector('[part~="value"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '3.7 of 5',
    );
    // Rolling 4-week means: 2.8 then (W10–W11), 3.7 now (W14–W17): 0.9.
    expect(work!.querySelector('[part~="change"]')!.textContent!.trim()).to.contain(
      'Higher (0.9) since 20 March',
    );
    // The two windows compared, said plainly.
    expect(work!.querySelector('.compared')!.textContent!.trim()).to.equal(
      'Compares the 4 weeks before 20 March with the last 4 weeks.',
    );
    expect(work!.querySelector('spor-sparkline')).to.exist;
    expect(work!.querySelector('.meta')!.textContent).to.contain('Assessed every week.');
    expect(determination!.querySelector('.meta')!.textContent).to.contain('Assessed every month.');
    // Resilience: (4 + 4 + 4 + 4 + 3 + 3) / 6 = 3.67, the "normal" band, in gentle words.
    expect(resilience!.querySelector('[part~="value"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '3.7 of 5',
    );
    expect(resilience!.querySelector('.band')!.textContent).to.equal('Good, steady resilience.');
    await expect(el).to.be.accessible();
  });

  it('reads as of `date`, as the trait star does: the latest week that started by then', async () => {
    const el = await fixture<SporDimensionSummary>(
      html`<spor-dimension-summary locale="en" date="2026-04-10" .data=${progressData()}></spor-dimension-summary>`,
    );
    const [work] = cards(el);
    // Work readiness is the mean of responsibility, social, cooperation, punctuality and
    // productivity: W12 (4+3+3+3+3)/5 = 3.2, W14 3.4, W15 3.6. On 10 April the latest week is W15
    // (6–12 April): now is the mean of W12–W15 with W13 empty, (3.2 + 3.4 + 3.6) / 3 = 3.4, not the
    // 3.7 of the latest weeks.
    expect(work!.querySelector('[part~="value"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '3.4 of 5',
    );
    // Since the conversation before 10 April (20 March): 2.8 (W10–W11) to 3.4.
    expect(work!.querySelector('[part~="change"]')!.textContent!.trim()).to.contain(
      'Higher (0.6) since 20 March',
    );
    expect(work!.querySelector('.meta')!.textContent).to.contain('week 15');
    el.date = '';
    await el.updateComplete;
    expect(cards(el)[0]!.querySelector('[part~="value"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '3.7 of 5',
    );
    await expect(el).to.be.accessible();
  });

  it('marks the focus chosen in the latest conversation, and notes thin data', async () => {
    const data = progressData();
    data.conversations![0]!.focus = 'determination';
    const el = await fixture<SporDimensionSummary>(
      html`<spor-dimension-summary resilience-consent .data=${data}></spor-dimension-summary>`,
    );
    const [, determination, resilience] = cards(el);
    expect(determination!.classList.contains('is-focus')).to.equal(true);
    // Said in words, not only by the edge.
    expect(determination!.querySelector('.focus-badge')!.textContent).to.equal('Fokusområde');
    // One questionnaire is one rating: the number rests on little data.
    expect(resilience!.querySelector('.note')!.textContent).to.contain('få vurderinger');
    await expect(el).to.be.accessible();
  });

  it('leaves out resilience for a company', async () => {
    const el = await fixture<SporDimensionSummary>(
      html`<spor-dimension-summary audience="company" resilience-consent .data=${progressData()}></spor-dimension-summary>`,
    );
    expect(cards(el).map((c) => c.querySelector('.label')!.textContent)).to.deep.equal([
      'Arbejdsegnethed',
      'Beslutsomhed',
    ]);
    await expect(el).to.be.accessible();
  });

  it('stacks the cards in a column on a narrow screen and in a row on a wide one', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.style.width = '1000px';
    const el = document.createElement('spor-dimension-summary');
    el.resilienceConsent = true;
    el.data = progressData();
    wrapper.append(el);
    await el.updateComplete;
    const tops = () => cards(el).map((c) => Math.round(c.getBoundingClientRect().top));
    expect(new Set(tops()).size).to.equal(1);
    wrapper.style.width = '320px';
    await el.updateComplete;
    expect(new Set(tops()).size).to.equal(3);
    await expect(el).to.be.accessible();
  });
});
