// The young person's own reading (`show-self`) and the target on the focus series, for Simon:
// he reads his initiative 4 against the company's 3, and aims for 4 on determination.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-trend-chart/spor-trend-chart.js';
import type { SporTrendChart } from '../../../src/elements/spor-trend-chart/spor-trend-chart.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import { toCSV, toSVG } from '../../../src/export/index.js';

const [simon] = samplePersonas as [ProgressData];
const withoutOwn: ProgressData = {
  ...simon,
  assessments: simon.assessments.filter((a) => a.instrument !== 'self-weekly'),
};

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const one = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const summary = (el: Element) => all(el, '[part~="summary"] li').map((li) => li.textContent?.trim() ?? '');
const keyWords = (el: Element) => all(el, '[part~="key"] li').map((li) => li.textContent?.trim());

function deepText(root: Element | ShadowRoot): string {
  const own = root instanceof Element && root.shadowRoot ? deepText(root.shadowRoot) : '';
  return [own, ...[...root.children].map((child) => deepText(child)), root.textContent ?? ''].join(' ');
}

async function chart(attributes: string, data: ProgressData = simon, width = 900): Promise<SporTrendChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = `<spor-trend-chart locale="da" ${attributes}></spor-trend-chart>`;
  const el = wrapper.querySelector('spor-trend-chart')!;
  el.data = data;
  await el.updateComplete;
  return el;
}

/** The y of the grid line at `value` on the overlay's value axis. */
function tickY(el: Element, value: string): number {
  const label = all(el, '.axis text').find(
    (text) => text.textContent === value && text.getAttribute('text-anchor') === 'end',
  );
  return Number(label!.getAttribute('y'));
}

/** Every diamond's centre in a markers path (`Mx,y l dx,dy …`: from its top corner down to the centre). */
function diamondCentres(d: string): Array<[number, number]> {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const [x, y, , dy] = [...part.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
      return [x!, Math.round((y! + dy!) * 100) / 100];
    });
}

describe('<spor-trend-chart show-self> and the target', () => {
  it('draws Simon’s own initiative as keyed diamonds on the company’s axes', async () => {
    const el = await chart('series="initiative" show-self');
    expect(el.showSelf).to.equal(true);
    const own = all(el, '[part~="own"]');
    expect(own).to.have.length(1);
    // His own readings in the last 6 months: 14 Sep 3, 21 Sep 4, 5 Oct 4, 12 Oct 4, 26 Oct 4, 2 Nov 4.
    const centres = diamondCentres(own[0]!.querySelector('.own-markers')!.getAttribute('d')!);
    expect(centres).to.have.length(6);
    expect(centres.map(([, y]) => y)).to.deep.equal([3, 4, 4, 4, 4, 4].map((v) => tickY(el, String(v))));
    // One week apart: 7 days of the plot's width between 14 and 21 September.
    expect(centres[1]![0]).to.be.greaterThan(centres[0]![0]);
    expect(keyWords(el)).to.include('Din egen vurdering');
    expect(summary(el)).to.include('Initiativ: virksomheden 3,0, din egen 4,0.');
    await expect(el).to.be.accessible();
  });

  it('draws the own reading in each trait’s panel', async () => {
    const el = await chart('series="traits" show-self');
    expect(all(el, '[part~="panel"]')).to.have.length(6);
    expect(all(el, '[part~="panel"] [part~="own"]')).to.have.length(6);
    expect(summary(el).filter((s) => s.includes('din egen'))).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('draws no own reading without show-self', async () => {
    const el = await chart('series="initiative"');
    expect(all(el, '[part~="series"]')).to.have.length(1);
    expect(all(el, '[part~="own"]')).to.have.length(0);
    expect(keyWords(el)).not.to.include('Din egen vurdering');
    expect(deepText(el)).not.to.contain('din egen');
    await expect(el).to.be.accessible();
  });

  it('marks the target on the focus series from the conversation that set it, and says it', async () => {
    const el = await chart('series="dimensions"');
    const target = all(el, '[part~="target"]');
    expect(target).to.have.length(1);
    // Simon aims for 4 on determination, set on 30 September: the line at the grid line of 4, from
    // the last conversation's line to the plot's right edge.
    const d = target[0]!.querySelector('.target-line')!.getAttribute('d')!;
    const [x1, y, x2] = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
    expect(y).to.equal(tickY(el, '4'));
    const conversations = one(el, '.conversation')!.getAttribute('d')!;
    const lastX = Number([...conversations.matchAll(/M(-?\d+(?:\.\d+)?),/g)].at(-1)![1]);
    expect(x1).to.equal(lastX);
    const right = Number(all(el, '.axis .grid')[0]!.getAttribute('x2'));
    expect(x2).to.equal(right);
    expect(target[0]!.querySelector('.target-label')!.textContent).to.equal('Mål 4');
    // Labelled on the mark itself, so the key stays one line on a tablet.
    expect(keyWords(el)).not.to.include('Mål');
    expect(summary(el)).to.include('Målet for Beslutsomhed er 4\u00a0af\u00a05. Det blev sat 30. september.');
    await expect(el).to.be.accessible();
  });

  it('says the target in the table, beside the conversation that set it', async () => {
    const el = await chart('series="dimensions"');
    (one(el, '.view-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const table = one(el, '#table') as HTMLElement & { updateComplete: Promise<unknown> };
    await table.updateComplete;
    const targets = [...table.shadowRoot!.querySelectorAll('th .target')];
    // The conversation of 30 September stands in two rows, as the table shows it: its week's (work
    // readiness is weekly) and September's (determination is monthly); the target beside it in both.
    const held = [...table.shadowRoot!.querySelectorAll('th .conversation:not(.target)')].filter(
      (span) => span.textContent === 'samtale 30. september',
    );
    expect(held).to.have.length(2);
    expect(targets).to.have.length(2);
    for (const target of targets) {
      expect(target.textContent).to.equal('mål for Beslutsomhed: 4');
      expect(target.previousElementSibling?.previousElementSibling?.textContent).to.equal(
        'samtale 30. september',
      );
    }
    await expect(el).to.be.accessible();
  });

  it('draws no target where the focus series is not drawn', async () => {
    const el = await chart('series="initiative" show-self');
    expect(all(el, '[part~="target"]')).to.have.length(0);
    expect(deepText(el)).not.to.contain('Mål 4');
    await expect(el).to.be.accessible();
  });

  it('(the control) differs from the chart without own readings where the audience may see them', async () => {
    const el = await chart('series="traits" show-self exportable audience="conversation"');
    const plain = await chart('series="traits" show-self exportable audience="conversation"', withoutOwn);
    expect(toSVG(el)).not.to.equal(toSVG(plain));
    expect(summary(el)).not.to.deep.equal(summary(plain));
    await expect(el).to.be.accessible();
  });

  for (const audience of ['company', 'Company']) {
    it(`shows audience "${audience}" no own reading: not drawn, said, tabled or exported`, async () => {
      const el = await chart(`series="traits" show-self exportable audience="${audience}"`);
      const plain = await chart(`series="traits" show-self exportable audience="${audience}"`, withoutOwn);
      expect(all(el, '[part~="series"]')).to.have.length(6);
      expect(all(el, '[part~="own"]')).to.have.length(0);
      for (const word of ['din egen', 'Din egen', 'egen vurdering'])
        expect(deepText(el)).not.to.contain(word);
      expect(toSVG(el)).to.equal(toSVG(plain));
      expect(summary(el)).to.deep.equal(summary(plain));
      const csv = toCSV(simon, { series: 'traits', audience: audience as 'company' });
      expect(csv).to.equal(toCSV(withoutOwn, { series: 'traits', audience: audience as 'company' }));
      (one(el, '.view-toggle') as HTMLButtonElement).click();
      (one(plain, '.view-toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      await plain.updateComplete;
      const table = one(el, '#table') as HTMLElement & { updateComplete: Promise<unknown> };
      const plainTable = one(plain, '#table') as HTMLElement & { updateComplete: Promise<unknown> };
      await table.updateComplete;
      await plainTable.updateComplete;
      expect(table.shadowRoot!.querySelectorAll('td').length).to.be.greaterThan(0);
      expect(table.shadowRoot!.textContent).to.equal(plainTable.shadowRoot!.textContent);
      await expect(el).to.be.accessible();
    });
  }
});
