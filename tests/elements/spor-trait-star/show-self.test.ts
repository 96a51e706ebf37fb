// The young person's own reading on the star (`show-self`): Simon reads his initiative a whole
// step above the company's. The company never sees it, however the audience is spelled.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/elements/spor-trait-star/spor-trait-star.js';
import type { SporTraitStar } from '../../../src/elements/spor-trait-star/spor-trait-star.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import { toSVG } from '../../../src/export/index.js';

const [simon] = samplePersonas as [ProgressData];
/** Simon without any own reading: what a company must see, whatever else the data holds. */
const withoutOwn: ProgressData = {
  ...simon,
  assessments: simon.assessments.filter((a) => a.instrument !== 'self-weekly'),
};

const one = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const summary = (el: Element) => all(el, '[part~="summary"] li').map((li) => li.textContent?.trim());

/** Every text of an element and the shadow roots inside it. */
function deepText(root: Element | ShadowRoot): string {
  const own = root instanceof Element && root.shadowRoot ? deepText(root.shadowRoot) : '';
  return [own, ...[...root.children].map((child) => deepText(child)), root.textContent ?? ''].join(' ');
}

/** The centre of a path's first diamond (`Mx,y l dx,dy …`: from its top corner, down to its centre). */
function centreOf(d: string): [number, number] {
  const [x, y, , dy] = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  return [x!, y! + dy!];
}

describe('<spor-trait-star show-self>', () => {
  before(() => setViewport({ width: 1024, height: 768 }));

  it('draws Simon’s own reading as a keyed second outline of diamonds, beside the company’s', async () => {
    const el = await fixture<SporTraitStar>(
      html`<spor-trait-star locale="da" show-self .data=${simon}></spor-trait-star>`,
    );
    expect(el.showSelf).to.equal(true);
    const key = all(el, '.key li').map((li) => li.textContent?.trim());
    expect(key).to.deep.equal(['Nu', 'Sidste samtale', 'Din egen vurdering']);
    expect(one(el, '.key-self svg .dot-self')).to.exist;
    const self = one(el, 'path[part~="self"]')!;
    // Every trait has an own reading: a closed outline, dotted (not the company's solid line).
    expect(self.getAttribute('d')).to.match(/Z$/);
    expect(getComputedStyle(self).strokeDasharray).to.equal('1px, 4px');
    // The top spoke is initiative: on the scale 1–5 the company's 3,0 lies half way out, Simon's
    // own 4,0 three quarters: y = centre − radius × (value − 1) / 4.
    const spoke = one(el, 'line.spoke')!;
    const centre = Number(spoke.getAttribute('y1'));
    const radius = centre - Number(spoke.getAttribute('y2'));
    const [x, y] = centreOf(one(el, '.plot path.dot-self')!.getAttribute('d')!);
    expect(x).to.be.closeTo(Number(spoke.getAttribute('x1')), 0.05);
    expect(y).to.be.closeTo(centre - radius * 0.75, 0.05);
    const companyDot = one(el, 'circle.dot-now')!;
    expect(Number(companyDot.getAttribute('cy'))).to.be.closeTo(centre - radius * 0.5, 0.05);
    await expect(el).to.be.accessible();
  });

  it('says the own reading in the summary, trait by trait, by core’s rolling mean', async () => {
    const el = await fixture<SporTraitStar>(
      html`<spor-trait-star locale="da" show-self .data=${simon}></spor-trait-star>`,
    );
    // Now is the week of 2 November. Initiative: the company's weeks in the 4 weeks to 8 November
    // are 19 and 26 October, 3 and 3: 3,0. Simon's own: 12 and 26 October and 2 November, 4, 4, 4:
    // 4,0. Persistence: his own 3 (12 Oct), 4 (26 Oct), 3 (2 Nov): 10 / 3 = 3,3; the company's
    // 4, 4, 3, 4 (12 Oct … 2 Nov): 15 / 4 = 3,75, shown 3,8.
    const sentences = summary(el);
    expect(sentences).to.include('Initiativ: virksomheden 3,0, din egen 4,0.');
    expect(sentences).to.include('Vedholdenhed: virksomheden 3,8, din egen 3,3.');
    expect(sentences.filter((s) => s?.includes('din egen'))).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('reads both out with the keyboard, in English too', async () => {
    const el = await fixture<SporTraitStar>(
      html`<spor-trait-star locale="en" show-self .data=${simon}></spor-trait-star>`,
    );
    (one(el, '[part~="plot"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const said = one(el, '[aria-live="polite"]')!.textContent ?? '';
    expect(said).to.match(/^Initiative: the company 3\.0, your own 4\.0, last time \d\.\d\.$/);
    expect(one(el, '.readout')!.textContent).to.equal(said);
    await expect(el).to.be.accessible();
  });

  it('draws nothing of its own without show-self', async () => {
    const el = await fixture<SporTraitStar>(
      html`<spor-trait-star locale="da" .data=${simon}></spor-trait-star>`,
    );
    expect(all(el, '[part~="now"]').length).to.be.greaterThan(0);
    expect(all(el, '[part~="self"], .dot-self')).to.have.length(0);
    expect(deepText(el)).not.to.contain('din egen');
    await expect(el).to.be.accessible();
  });

  it('marks the own reading in the slopes on a phone', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const el = await fixture<SporTraitStar>(
        html`<spor-trait-star locale="da" variant="slopes" show-self .data=${simon}></spor-trait-star>`,
      );
      await el.updateComplete;
      // Slopes on a phone (columns or rows): one own mark per trait, beside "now".
      expect(all(el, '.slope-labels li')).to.have.length(6);
      expect(all(el, 'path.dot-self[part~="self"]')).to.have.length(6);
      expect(one(el, '.key-self')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });

  it('(the control) differs from the star without own readings where the audience may see them', async () => {
    const el = await fixture<SporTraitStar>(
      html`<spor-trait-star locale="da" show-self audience="young-person" .data=${simon}></spor-trait-star>`,
    );
    const plain = await fixture<SporTraitStar>(
      html`<spor-trait-star locale="da" show-self audience="young-person" .data=${withoutOwn}></spor-trait-star>`,
    );
    expect(toSVG(el)).not.to.equal(toSVG(plain));
    expect(summary(el)).not.to.deep.equal(summary(plain));
    await expect(el).to.be.accessible();
  });

  for (const audience of ['company', 'Company']) {
    it(`shows audience "${audience}" no own reading anywhere: not drawn, said, tabled or exported`, async () => {
      const el = await fixture<SporTraitStar>(
        html`<spor-trait-star locale="da" show-self exportable audience=${audience} .data=${simon}></spor-trait-star>`,
      );
      const plain = await fixture<SporTraitStar>(
        html`<spor-trait-star locale="da" show-self exportable audience=${audience} .data=${withoutOwn}></spor-trait-star>`,
      );
      expect(all(el, '[part~="now"]').length).to.be.greaterThan(0);
      expect(all(el, '[part~="self"], .dot-self, .key-self')).to.have.length(0);
      for (const word of ['din egen', 'Din egen', 'egen vurdering'])
        expect(deepText(el)).not.to.contain(word);
      // The drawing and its export are exactly what they are without any own reading in the data.
      expect(toSVG(el)).to.equal(toSVG(plain));
      expect(summary(el)).to.deep.equal(summary(plain));
      (one(el, '.view-toggle') as HTMLButtonElement).click();
      (one(plain, '.view-toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      await plain.updateComplete;
      const table = one(el, '#table')!;
      await (table as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await (one(plain, '#table') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(table.shadowRoot!.querySelectorAll('td').length).to.be.greaterThan(0);
      expect(table.shadowRoot!.textContent).to.equal(one(plain, '#table')!.shadowRoot!.textContent);
      await expect(el).to.be.accessible();
    });
  }
});
