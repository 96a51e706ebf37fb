import { expect, fixture, html } from '@open-wc/testing';
import { nextworkFramework } from '../../src/core/index.js';
import '../../src/elements/spor-data-table/spor-data-table.js';
import '../../src/elements/spor-dimension-summary/spor-dimension-summary.js';
import '../../src/elements/spor-trait-star/spor-trait-star.js';
import '../../src/elements/spor-trend-chart/spor-trend-chart.js';
import { progressData } from '../fixtures/progress-data.js';

const rlo = '\u202E';

/** The fixture with a right-to-left override in the name, the companies and every framework label. */
function hostileData(): unknown {
  const data = progressData();
  const framework = structuredClone(nextworkFramework) as unknown as {
    dimensions: Array<{ label: Record<string, string> }>;
    traits: Array<{ label: Record<string, string> }>;
  };
  for (const entry of [...framework.dimensions, ...framework.traits]) {
    entry.label = Object.fromEntries(
      Object.entries(entry.label).map(([lang, text]) => [lang, `${rlo}${text}`]),
    );
  }
  return {
    ...data,
    framework,
    participant: { ...data.participant, displayName: `${rlo}evil.exe` },
    placements: (data.placements ?? []).map((p) => ({ ...p, company: `${rlo}${p.company}` })),
  };
}

/** Every text node in an element's shadow root and the shadow roots inside it. */
function textNodes(root: ShadowRoot): Text[] {
  const found: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) found.push(node);
    else if (node instanceof Element && node.shadowRoot) found.push(...textNodes(node.shadowRoot));
  }
  return found;
}

/** The text nodes holding the override, and those of them not inside an isolate. */
function overrides(el: Element): { all: Text[]; bare: Text[] } {
  const all = textNodes(el.shadowRoot!).filter((node) => node.data.includes(rlo));
  return { all, bare: all.filter((node) => !node.parentElement?.closest('bdi, .isolate')) };
}

type Updating = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };

async function shown(markup: ReturnType<typeof html>): Promise<Updating> {
  const el = await fixture<Updating>(markup);
  el.data = hostileData();
  await el.updateComplete;
  return el;
}

describe('host text in bidi isolates', () => {
  it('isolates the name, the companies and the labels in the trend chart', async () => {
    const el = await shown(html`<spor-trend-chart locale="en" resilience-consent></spor-trend-chart>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.summary-toggle')!.click();
    await el.updateComplete;
    const { all, bare } = overrides(el);
    const title = el.shadowRoot!.querySelector('[part~="title"]')!;
    expect(title.querySelector('bdi')!.textContent).to.equal(`${rlo}evil.exe`);
    // The kit's words after the name stay outside the isolate, in their own order.
    expect(title.textContent).to.equal(`How ${rlo}evil.exe is developing`);
    expect(el.shadowRoot!.querySelector('.band-label .isolate')!.textContent).to.contain(rlo);
    expect(el.shadowRoot!.querySelector('[part~="legend"] button bdi')!.textContent).to.contain(rlo);
    expect(el.shadowRoot!.querySelector('[part~="summary"] li bdi')).to.exist;
    expect(all.length).to.be.greaterThan(5);
    expect(bare.map((node) => node.data)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('isolates them in the trend chart’s callout, live region and table', async () => {
    const el = await shown(html`<spor-trend-chart locale="en" series="traits"></spor-trend-chart>`);
    const plot = el.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!;
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-live="polite"] bdi')).to.exist;
    expect(el.shadowRoot!.querySelector('[part~="callout"] bdi')).to.exist;
    expect(overrides(el).bare.map((node) => node.data)).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.view-toggle')!.click();
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector('spor-data-table') as Updating;
    await table.updateComplete;
    expect(table.shadowRoot!.querySelector('caption bdi')!.textContent).to.equal(`${rlo}evil.exe`);
    const { all, bare } = overrides(el);
    expect(all.length).to.be.greaterThan(6);
    expect(bare.map((node) => node.data)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  for (const variant of ['radar', 'slopes']) {
    it(`isolates the name and the traits in the star (${variant})`, async () => {
      const el = await shown(html`<spor-trait-star locale="da" variant=${variant}></spor-trait-star>`);
      const plot = el.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!;
      plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await el.updateComplete;
      const title = el.shadowRoot!.querySelector('[part~="title"]')!;
      expect(title.querySelector('bdi')!.textContent).to.equal(`${rlo}evil.exe`);
      expect(title.textContent).to.equal(`${rlo}evil.exes egenskaber: nu og sidst`);
      expect(el.shadowRoot!.querySelector('.readout bdi')).to.exist;
      const { all, bare } = overrides(el);
      expect(all.length).to.be.greaterThan(6);
      expect(bare.map((node) => node.data)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('isolates the dimensions in the summary cards and their sparklines’ labels', async () => {
    const el = await shown(
      html`<spor-dimension-summary locale="en" resilience-consent></spor-dimension-summary>`,
    );
    const { all, bare } = overrides(el);
    expect(all.length).to.be.greaterThan(1);
    expect(bare.map((node) => node.data)).to.deep.equal([]);
    const sparkline = el.shadowRoot!.querySelector('spor-sparkline')!;
    await sparkline.updateComplete;
    const label = sparkline.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-label')!;
    expect(label).to.match(/^\u2068\u202E[^\u2069]*\u2069: /);
    await expect(el).to.be.accessible();
  });

  it('isolates the name in the data table’s caption and the series in its headers', async () => {
    const el = await shown(html`<spor-data-table locale="en" series="traits"></spor-data-table>`);
    expect(el.shadowRoot!.querySelector('caption bdi')!.textContent).to.equal(`${rlo}evil.exe`);
    expect(el.shadowRoot!.querySelectorAll('thead th bdi').length).to.equal(6);
    expect(overrides(el).bare.map((node) => node.data)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
