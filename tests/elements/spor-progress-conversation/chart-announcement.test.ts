// Issue 22 (accessibility audit): when the chart beside the guide changes (the star gives way to
// the trend chart at step 3, the trend chart follows the chosen area), a screen reader user hears
// it through the view's polite live region; nothing is said when the view first draws. The chart's
// title names the area it draws strongest (the last conversation's focus, then the one being
// chosen). Areas chosen one after another (arrow keys run through them) are said once, the last,
// when the choosing rests.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-progress-conversation/spor-progress-conversation.js';
import type { SporProgressConversation } from '../../../src/elements/spor-progress-conversation/spor-progress-conversation.component.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import { sendKeys } from '@web/test-runner-commands';
import { settleDeep } from '../boundary.js';

const [simon, liv] = samplePersonas as [ProgressData, ProgressData];

async function view(locale: string, persist = 'none'): Promise<SporProgressConversation> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 976px"></div>`);
  const el = document.createElement('spor-progress-conversation');
  Object.assign(el, { date: '2026-11-13', locale, data: simon, persist });
  wrapper.append(el);
  await settleDeep(el);
  return el;
}

const guideOf = (el: SporProgressConversation) =>
  el.shadowRoot!.querySelector('spor-conversation-guide') as SporConversationGuide;

/** The view's own live region (not a chart's, which sit in the charts' shadow roots). */
function liveOf(el: SporProgressConversation): HTMLElement {
  const regions = el.shadowRoot!.querySelectorAll<HTMLElement>('[aria-live="polite"]');
  expect(regions, 'one polite live region in the view').to.have.length(1);
  return regions[0]!;
}

async function click(el: SporProgressConversation, selector: string): Promise<void> {
  const target = guideOf(el).shadowRoot!.querySelector<HTMLElement>(selector);
  expect(target, selector).to.exist;
  target!.click();
  await settleDeep(el);
}

/** Past the pause after which a run of area choices is said (800 ms). */
async function rest(el: SporProgressConversation): Promise<void> {
  await aTimeout(900);
  await settleDeep(el);
}

describe('<spor-progress-conversation> says when the chart changes', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('says nothing on first render, then the new chart at step 3 and after choosing an area (en)', async () => {
    const el = await view('en');
    const live = liveOf(el);
    expect(live.textContent!.trim(), 'first render').to.equal('');
    await click(el, '.next');
    // Step 2 shows the same star and dimensions as step 1: nothing changed, nothing said.
    expect(live.textContent!.trim(), 'step 2').to.equal('');
    await click(el, '.next');
    expect(el.shadowRoot!.querySelector('spor-trend-chart'), 'step 3 draws the trend chart').to.exist;
    // Simon's last conversation chose determination: the chart draws it strongest, and says so.
    expect(live.textContent!.trim()).to.equal('The chart now shows: Determination over time');
    await click(el, '.next');
    // Choosing begins with no area drawn strongest.
    expect(live.textContent!.trim()).to.equal('The chart now shows: Development over time');
    await click(el, 'input[value="cooperation"]');
    await rest(el);
    expect(live.textContent!.trim()).to.equal('The chart now shows: Cooperation over time');
    // Back to the changes: the star again.
    for (let i = 0; i < 3; i += 1) await click(el, '.back');
    expect(live.textContent!.trim()).to.equal('The chart now shows: Now and at the last conversation');
    await expect(el).to.be.accessible();
  });

  it('speaks Danish in a Danish view', async () => {
    const el = await view('da');
    const live = liveOf(el);
    await click(el, '.next');
    await click(el, '.next');
    expect(live.textContent!.trim()).to.equal('Grafen viser nu: Beslutsomhed over tid');
    await click(el, '.next');
    expect(live.textContent!.trim()).to.equal('Grafen viser nu: Udviklingen over tid');
    await click(el, 'input[value="cooperation"]');
    await rest(el);
    expect(live.textContent!.trim()).to.equal('Grafen viser nu: Samarbejdsevner over tid');
    await expect(el).to.be.accessible();
  });

  it('says nothing when another person or another language is shown', async () => {
    const el = await view('en');
    const live = liveOf(el);
    await click(el, '.next');
    await click(el, '.next');
    expect(live.textContent!.trim()).to.equal('The chart now shows: Determination over time');
    // The host shows Liv: her conversation starts at the star, which is no change the view made.
    el.data = liv;
    await settleDeep(el);
    expect(el.shadowRoot!.querySelector('spor-trait-star'), 'Liv starts at the star').to.exist;
    expect(live.textContent!.trim(), 'another person').to.equal('');
    // The host switches the language: the same chart in other words is no new chart.
    el.locale = 'da';
    await settleDeep(el);
    expect(live.textContent!.trim(), 'another language').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says nothing when a restored draft opens on the trend chart: that is the first chart shown', async () => {
    const first = await view('en', 'session');
    await click(first, '.next');
    await click(first, '.next');
    expect(liveOf(first).textContent!.trim()).to.equal('The chart now shows: Determination over time');
    first.remove();
    const again = await view('en', 'session');
    expect(again.shadowRoot!.querySelector('spor-trend-chart'), 'the draft opens at step 3').to.exist;
    expect(liveOf(again).textContent!.trim()).to.equal('');
    await expect(again).to.be.accessible();
  });

  it('says a run of areas chosen by arrow keys once, the last, when the keys rest', async () => {
    const el = await view('en');
    const live = liveOf(el);
    for (let i = 0; i < 3; i += 1) await click(el, '.next');
    expect(live.textContent!.trim()).to.equal('The chart now shows: Development over time');
    const first = guideOf(el).shadowRoot!.querySelector<HTMLInputElement>('input[name="focus"]')!;
    first.focus();
    await click(el, 'input[value="cooperation"]');
    guideOf(el).shadowRoot!.querySelector<HTMLInputElement>('input[value="cooperation"]')!.focus();
    // Three arrow keys, each choosing the next area and drawing its chart.
    const heard: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await sendKeys({ press: 'ArrowDown' });
      await settleDeep(el);
      heard.push(live.textContent!.trim());
    }
    expect(heard, 'nothing said while the keys move').to.deep.equal(['', '', '']);
    const chosen = guideOf(el).shadowRoot!.querySelector<HTMLInputElement>('input[name="focus"]:checked')!;
    expect(chosen.value, 'the keys moved the choice').not.to.equal('cooperation');
    await rest(el);
    // Said once the keys rest: the chart drawn for the last area, as its panel's title says it.
    const title = el.shadowRoot!.querySelector('.panel-title')!.textContent!.trim();
    expect(title).to.match(/ over time$/);
    expect(title).not.to.contain('Cooperation');
    expect(live.textContent!.trim()).to.equal(`The chart now shows: ${title}`);
    await expect(el).to.be.accessible();
  });

  it('drops a pending sentence when the host shows another person in the pause', async () => {
    const el = await view('en');
    const live = liveOf(el);
    for (let i = 0; i < 3; i += 1) await click(el, '.next');
    await click(el, 'input[value="cooperation"]');
    el.data = liv;
    await settleDeep(el);
    await rest(el);
    expect(live.textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
  });
});
