import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/elements/spor-trait-star/spor-trait-star.js';
import type { SporTraitStar } from '../../../src/elements/spor-trait-star/spor-trait-star.component.js';
import { progressData } from '../../fixtures/progress-data.js';
import { systemColor } from '../mount.js';

const one = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

/** The words of an element's text that the browser drew on more than one line. */
function brokenWords(element: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const match of text.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

describe('<spor-trait-star>', () => {
  it('draws now as an outline and the last conversation dashed, with six labelled axes', async () => {
    const el = await fixture<SporTraitStar>(
      html`<spor-trait-star locale="en" .data=${progressData()}></spor-trait-star>`,
    );
    expect(one(el, '[part~="now"]')!.getAttribute('d')).to.match(/Z$/);
    const before = one(el, '[part~="before"]')!;
    expect(getComputedStyle(before).strokeDasharray).not.to.equal('none');
    const labels = [...el.shadowRoot!.querySelectorAll('.axis-label')].map((t) => t.textContent);
    expect(labels).to.deep.equal([
      'Initiative',
      'Persistence',
      'Curiosity',
      'Cooperation',
      'Social skills',
      'Responsibility',
    ]);
    await expect(el).to.be.accessible();
  });

  it('compares the 4 weeks before now with the 4 weeks before the conversation, in words', async () => {
    const el = await fixture<SporTraitStar>(
      html`<spor-trait-star locale="en" .data=${progressData()}></spor-trait-star>`,
    );
    const sentences = [...el.shadowRoot!.querySelectorAll('[part~="summary"] li')].map(
      (li) => li.textContent,
    );
    // Now (weeks ending 30 Mar–26 Apr: W14–W17): initiative (3 + 3 + 4 + 4) / 4 = 3.5.
    // Before (weeks ending 21 Feb–20 Mar: W10, W11): (2 + 2) / 2 = 2.0.
    expect(sentences[0]).to.equal(
      'Initiative: higher, from 2.0 before 20 March to 3.5 now (average of 4 weeks).',
    );
    // Cooperation: before (3 + 3) / 2 = 3.0, now (4 + 4 + 4 + 4) / 4 = 4.0.
    expect(sentences[3]).to.equal(
      'Cooperation: higher, from 3.0 before 20 March to 4.0 now (average of 4 weeks).',
    );
    await expect(el).to.be.accessible();
  });

  it('marks the largest changes next to their labels', async () => {
    const el = await fixture<SporTraitStar>(
      html`<spor-trait-star locale="en" .data=${progressData()}></spor-trait-star>`,
    );
    const marked = [...el.shadowRoot!.querySelectorAll('.axis-label.is-marked')].map((t) => t.textContent);
    // Initiative +1.5 and responsibility (3 → 4: +1.0) or cooperation (+1.0) or curiosity (3 → 3.75);
    // initiative is the largest.
    expect(marked).to.have.length(2);
    expect(marked[0]).to.equal('Initiative');
    expect(el.shadowRoot!.textContent).to.contain('+1.5');
    await expect(el).to.be.accessible();
  });

  it('draws one before → after line per trait in the slopes variant', async () => {
    const el = await fixture<SporTraitStar>(
      html`<spor-trait-star variant="slopes" locale="en" .data=${progressData()}></spor-trait-star>`,
    );
    const slopes = [...el.shadowRoot!.querySelectorAll('path[part~="before"]')];
    expect(slopes).to.have.length(6);
    expect(slopes.every((p) => /^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/.test(p.getAttribute('d')!))).to.equal(true);
    const labels = [...el.shadowRoot!.querySelectorAll('.slope-labels li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(labels[0]).to.equal('Initiative +1.5');
    await expect(el).to.be.accessible();
  });

  it('shows the slopes on a screen too narrow for a radar, and fits a 320 px page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.style.width = '288px';
    const el = document.createElement('spor-trait-star');
    el.data = progressData();
    wrapper.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.slope-labels li')).to.have.length(6);
    expect(el.getBoundingClientRect().width).to.be.at.most(288);
    // Every drawing (one per row on a screen this narrow) stays inside the 288 px.
    const drawings = all(el, '.plot svg');
    expect(drawings.length).to.be.greaterThan(0);
    const left = wrapper.getBoundingClientRect().left;
    for (const drawing of drawings) expect(drawing.getBoundingClientRect().right - left).to.be.at.most(288);
    await expect(el).to.be.accessible();
  });

  it("never breaks a trait's name inside a word on a 320 px phone", async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      // The demo page's star at 320 px: 230 px wide, where six columns broke "Ansva rsbevi dsthe d".
      for (const width of [230, 288]) {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.style.width = `${width}px`;
        const el = document.createElement('spor-trait-star');
        el.data = progressData();
        wrapper.append(el);
        await el.updateComplete;
        const labels = all(el, '.slope-labels li');
        expect(labels, `${width} px`).to.have.length(6);
        expect(labels.flatMap(brokenWords), `${width} px`).to.deep.equal([]);
        for (const label of labels) expect(label.scrollWidth).to.be.at.most(label.clientWidth);
        expect(el.getBoundingClientRect().right).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        await expect(el).to.be.accessible();
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('writes the ring values clear of the axis labels in a portrait column', async () => {
    // 336 px: the star's column in the conversation view at 768 × 1024, where "5" sat on "Vedholdenhed".
    for (const width of [336, 420, 678]) {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.style.width = `${width}px`;
      const el = document.createElement('spor-trait-star');
      el.data = progressData();
      wrapper.append(el);
      await el.updateComplete;
      const boxes = (selector: string) =>
        all(el, selector).map((t) => (t as SVGGraphicsElement).getBoundingClientRect());
      const rings = boxes('.ring-label');
      const labels = [...boxes('.axis-label'), ...boxes('.axis-value')];
      expect(rings, `${width} px`).to.have.length(4);
      expect(labels, `${width} px`).to.have.length(12);
      const clashes = rings.flatMap((r, i) =>
        labels
          .filter((l) => r.left < l.right && l.left < r.right && r.top < l.bottom && l.top < r.bottom)
          .map(() => `${width} px: ring ${i + 2}`),
      );
      expect(clashes).to.deep.equal([]);
      await expect(el).to.be.accessible();
    }
  });

  it('moves between traits with the arrow keys and announces them', async () => {
    const el = await fixture<SporTraitStar>(
      html`<spor-trait-star locale="en" .data=${progressData()}></spor-trait-star>`,
    );
    (one(el, '[part~="plot"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(one(el, '[aria-live="polite"]')!.textContent).to.equal('Initiative: now 3.5, last time 2.0.');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(one(el, '[aria-live="polite"]')!.textContent).to.contain('Responsibility');
    expect(one(el, '.cursor')).to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(one(el, '.cursor')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('switches to the table of the same traits', async () => {
    const el = await fixture<SporTraitStar>(
      html`<spor-trait-star .data=${progressData()}></spor-trait-star>`,
    );
    (one(el, '.view-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const table = one(el, 'spor-data-table') as HTMLElement & { updateComplete: Promise<unknown> };
    await table.updateComplete;
    // The period, the six traits, and the internship each row falls in.
    expect(table.shadowRoot!.querySelectorAll('thead th')).to.have.length(8);
    await expect(el).to.be.accessible();
  });

  describe('under forced colours', () => {
    before(async () => {
      await executeServerCommand('forced-colors', 'active');
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    });
    after(() => executeServerCommand('forced-colors', 'none'));

    it('draws rings and spokes in the system grey and tells now from last time by line style', async () => {
      const el = await fixture<SporTraitStar>(
        html`<spor-trait-star locale="en" .data=${progressData()}></spor-trait-star>`,
      );
      const gray = systemColor('GrayText');
      const text = systemColor('CanvasText');
      expect(gray).not.to.equal('rgb(217, 217, 217)');
      const grid = [...all(el, '.ring'), ...all(el, '.spoke')];
      expect(grid.length).to.be.greaterThan(0);
      expect(grid.map((line) => getComputedStyle(line).stroke)).to.deep.equal(grid.map(() => gray));
      const now = getComputedStyle(one(el, '[part~="now"]')!);
      const before = getComputedStyle(one(el, '[part~="before"]')!);
      expect([now.stroke, before.stroke]).to.deep.equal([text, text]);
      expect(now.strokeDasharray).to.equal('none');
      expect(before.strokeDasharray).not.to.equal('none');
      await expect(el).to.be.accessible();
    });

    it('draws the slopes cursor and their scale lines in system colours', async () => {
      const el = await fixture<SporTraitStar>(
        html`<spor-trait-star variant="slopes" locale="en" .data=${progressData()}></spor-trait-star>`,
      );
      (one(el, '[part~="plot"]') as HTMLElement).focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const gray = systemColor('GrayText');
      const lines = all(el, '.ring');
      expect(lines.length).to.be.greaterThan(0);
      expect(lines.map((line) => getComputedStyle(line).stroke)).to.deep.equal(lines.map(() => gray));
      const cursor = getComputedStyle(one(el, '.cursor')!);
      expect([cursor.stroke, cursor.outlineColor]).to.include(systemColor('CanvasText'));
      await expect(el).to.be.accessible();
    });
  });
});
