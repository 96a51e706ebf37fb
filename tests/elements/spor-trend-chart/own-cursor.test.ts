// The young person's own reading (`show-self`) under the keyboard cursor and the pointer: each own
// mark is a stop of its own (ArrowDown from a line to its diamonds), so a week the company did not
// rate is reached too; a company point says the own reading of its week after its own numbers; and
// a company audience never hears or sees an own reading, wherever the cursor goes.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-trend-chart/spor-trend-chart.js';
import type { SporTrendChart } from '../../../src/elements/spor-trend-chart/spor-trend-chart.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';

const [simon, liv] = samplePersonas as [ProgressData, ProgressData, ProgressData];
const one = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

async function chart(attributes: string, data: ProgressData, width = 900): Promise<SporTrendChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = `<spor-trend-chart ${attributes}></spor-trend-chart>`;
  const el = wrapper.querySelector('spor-trend-chart')!;
  el.data = data;
  await el.updateComplete;
  return el;
}

const said = (el: Element) => one(el, '[aria-live="polite"]')!.textContent ?? '';
const callout = (el: Element) =>
  (one(el, '[part~="callout"]')?.textContent ?? '').replace(/[^\S\u00a0]+/g, ' ').trim();

async function press(el: SporTrendChart, key: string): Promise<string> {
  await sendKeys({ press: key });
  await el.updateComplete;
  return said(el);
}

/** A key on the plot as the keyboard gives it, without the round trip to the browser (for long walks). */
async function key(el: SporTrendChart, name: string): Promise<string> {
  const plot = one(el, '[part~="plot"]') as HTMLElement;
  plot.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }),
  );
  await el.updateComplete;
  return said(el);
}

/**
 * Every point of every stop the cursor walks, in words: Home, then ArrowRight to the series' end,
 * then ArrowDown to the next stop, until ArrowDown moves no more. Each reading: the announcement
 * and the callout's text.
 */
async function walkAll(el: SporTrendChart): Promise<{ readings: string[]; stops: number }> {
  (one(el, '[part~="plot"]') as HTMLElement).focus();
  const readings: string[] = [];
  let stops = 0;
  await key(el, 'ArrowRight');
  for (let stop = 0; stop < 40; stop += 1) {
    stops += 1;
    let now = await key(el, 'Home');
    for (let step = 0; step < 300; step += 1) {
      readings.push(now, callout(el));
      const next = await key(el, 'ArrowRight');
      if (next === now) break;
      now = next;
    }
    const before = said(el);
    if ((await key(el, 'ArrowDown')) === before) break;
  }
  return { readings, stops };
}

const ownWords = /din egen|own reading|your own/i;

describe('<spor-trend-chart show-self> under the cursor', () => {
  it('reaches Simon’s own initiative by keyboard, a week the company did not rate included, and says it', async () => {
    const el = await chart('series="initiative" show-self locale="en"', simon);
    (one(el, '[part~="plot"]') as HTMLElement).focus();
    // The company's last initiative rating in the shown six months is W44 (3); its window W41–W44
    // holds W43 (3) and W44 (3): 6 / 2 = 3.0. Simon's own reading that week (Monday 26 Oct): 4.
    await press(el, 'ArrowRight');
    expect(await press(el, 'End')).to.equal(
      'Initiative, week 44, 2026: Rating: 3. Average of 4 weeks: 3.0. Your own reading: 4\u00a0of\u00a05.',
    );
    expect(callout(el)).to.include('Your own reading: 4\u00a0of\u00a05');
    // W43: the company rated, Simon did not: nothing of his own is said.
    expect(await press(el, 'ArrowLeft')).to.equal(
      'Initiative, week 43, 2026: Rating: 3. Average of 4 weeks: 3.0.',
    );
    expect(callout(el)).not.to.match(ownWords);
    // Down to his own diamonds, at the nearest week (W44); End is his last, W45 (2 Nov: 4), a week
    // with no company rating, reached all the same.
    expect(await press(el, 'ArrowDown')).to.equal(
      'Initiative, week 44, 2026: Your own reading: 4\u00a0of\u00a05.',
    );
    expect(await press(el, 'End')).to.equal('Initiative, week 45, 2026: Your own reading: 4\u00a0of\u00a05.');
    expect(callout(el)).to.equal('Initiative week 45, 2026 Your own reading: 4\u00a0of\u00a05 ✕');
    // His first own reading in the shown months: W38 (14 Sep: 3); up to the company's W38 (3).
    expect(await press(el, 'Home')).to.equal(
      'Initiative, week 38, 2026: Your own reading: 3\u00a0of\u00a05.',
    );
    expect(await press(el, 'ArrowUp')).to.equal(
      'Initiative, week 38, 2026: Rating: 3. Average of 4 weeks: 3.0. Your own reading: 3\u00a0of\u00a05.',
    );
    await expect(el).to.be.accessible();
  });

  it('says Liv’s own social reading beside the company’s, in Danish', async () => {
    const el = await chart('series="social" show-self locale="da" audience="young-person"', liv);
    (one(el, '[part~="plot"]') as HTMLElement).focus();
    // The company's social W42–W45: 4, 4, 3, 4 → 15 / 4 = 3.75, said 3,8; Liv's own W45: 2.
    expect(await press(el, 'End')).to.equal(
      'Sociale egenskaber, uge 45, 2026: Vurdering: 4. I snit over 4 uger: 3,8. Din egen vurdering: 2\u00a0af\u00a05.',
    );
    expect(await press(el, 'ArrowDown')).to.equal(
      'Sociale egenskaber, uge 45, 2026: Din egen vurdering: 2\u00a0af\u00a05.',
    );
    // Her own readings before: W43 2 (none in W44).
    expect(await press(el, 'ArrowLeft')).to.equal(
      'Sociale egenskaber, uge 43, 2026: Din egen vurdering: 2\u00a0af\u00a05.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows the own reading’s callout when the pointer is on a diamond', async () => {
    const el = await chart('series="initiative" show-self locale="en"', simon);
    (one(el, '[part~="plot"]') as HTMLElement).focus();
    await press(el, 'ArrowRight');
    await press(el, 'ArrowDown');
    await press(el, 'End');
    // Where the keyboard's ring stands on W45's diamond, in the page.
    const ring = one(el, 'circle.cursor') as SVGCircleElement;
    const box = ring.getBoundingClientRect();
    const at = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    await press(el, 'Escape');
    expect(one(el, '[part~="callout"]')).to.equal(null);
    (one(el, '[part~="plot"]') as HTMLElement).blur();
    const plot = one(el, '[part~="plot"]') as HTMLElement;
    plot.dispatchEvent(
      new PointerEvent('pointermove', {
        clientX: at.x,
        clientY: at.y,
        pointerType: 'mouse',
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(callout(el)).to.equal('Initiative week 45, 2026 Your own reading: 4\u00a0of\u00a05 ✕');
    await expect(el).to.be.accessible();
  });

  for (const data of samplePersonas) {
    it(`never says ${data.participant.displayName}’s own reading to a company, wherever the cursor goes`, async () => {
      const company = await chart('series="traits" show-self locale="da" audience="company"', data);
      expect(company.shadowRoot!.querySelectorAll('[part~="own"]'), 'no own marks drawn').to.have.length(0);
      const walked = await walkAll(company);
      // Six traits, a stop each, and no own stop; more than a hundred weeks of ratings in all.
      expect(walked.stops).to.equal(6);
      expect(walked.readings.length).to.be.greaterThan(100);
      expect(walked.readings.filter((r) => ownWords.test(r))).to.deep.equal([]);
      expect(company.shadowRoot!.textContent).not.to.match(ownWords);
      await expect(company).to.be.accessible();

      // The same walk for the young person finds their own readings: the check above can fail.
      const own = await chart('series="traits" show-self locale="da" audience="young-person"', data);
      const theirs = await walkAll(own);
      expect(theirs.stops).to.be.greaterThan(6);
      expect(theirs.readings.filter((r) => ownWords.test(r)).length).to.be.greaterThan(0);
    });
  }
});
