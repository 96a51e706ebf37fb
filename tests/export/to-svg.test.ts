import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { toPNG, toSVG } from '../../src/export/to-svg.js';
import { samplePersonas, type ProgressData } from '../../src/core/index.js';
import type { SporExportEvent } from '../../src/events/index.js';
import { mountSized } from '../elements/mount.js';

const [simon] = samplePersonas as [ProgressData];
const chart = (tag: string, attributes: Record<string, string> = {}, width = 640) =>
  mountSized(tag, simon, width, attributes);

/** The `d` of every path a person sees in the element's drawings and its key. */
function drawnPaths(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll<SVGPathElement>('.toolbar svg path, .plot svg path')]
    .filter((path) => {
      const svg = path.ownerSVGElement!;
      const box = svg.getBoundingClientRect();
      return box.width >= 2 && box.height >= 2 && getComputedStyle(path).display !== 'none';
    })
    .map((path) => path.getAttribute('d') ?? '')
    .sort();
}

function parsed(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
  return doc;
}

describe('toSVG(element)', () => {
  for (const [tag, attributes] of [
    ['spor-trend-chart', {}],
    ['spor-trend-chart', { series: 'traits' }],
    ['spor-trait-star', {}],
  ] as const) {
    it(`<${tag} ${JSON.stringify(attributes)}>: a standalone SVG with the same paths, every colour resolved, fonts named`, async () => {
      const el = await chart(tag, attributes);
      const events: SporExportEvent[] = [];
      el.addEventListener('spor-export', (e) => events.push(e));
      const text = toSVG(el);
      const doc = parsed(text);
      const root = doc.documentElement;
      expect(root.localName).to.equal('svg');
      expect(Number(root.getAttribute('width'))).to.be.greaterThan(200);
      expect(root.getAttribute('font-family')).to.match(/sans-serif/);
      const paths = [...doc.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '').sort();
      expect(paths.length).to.be.greaterThan(3);
      expect(paths).to.deep.equal(drawnPaths(el));
      expect(text, 'no custom property left').not.to.contain('var(');
      expect(text, 'no stylesheet needed').not.to.match(/<style|\sstyle="/);
      expect(text).not.to.contain('<!--');
      for (const path of doc.querySelectorAll('path'))
        expect(path.getAttribute('stroke') ?? path.getAttribute('fill'), 'a resolved paint').to.match(
          /^(rgb|none|#)/,
        );
      expect(doc.querySelector('text')?.textContent, 'the title on top').to.contain('Simon');
      const words = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
      expect(words, 'the words beside the drawing too').to.contain(
        tag === 'spor-trait-star' ? 'Nu' : 'Beslutsomhed',
      );
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.include({
        format: 'svg',
        audience: 'conversation',
        participantId: 'simon',
      });
      expect(events[0]!.detail.includesSelfReport).to.equal(false);
    });
  }

  it('throws a clear error for an element that shows no drawing', async () => {
    const el = await chart('spor-data-table');
    expect(() => toSVG(el)).to.throw('no drawing');
  });
});

describe('toPNG(element, { scale })', () => {
  it('decodes to the drawing’s size times the scale, and says so in spor-export', async () => {
    const el = await chart('spor-trait-star');
    const size = parsed(toSVG(el)).documentElement;
    const width = Number(size.getAttribute('width'));
    const height = Number(size.getAttribute('height'));
    setTimeout(() => void toPNG(el, { scale: 3 }).then(check));
    let blob: Blob | undefined;
    const check = (b: Blob) => (blob = b);
    const event = (await oneEvent(el, 'spor-export')) as SporExportEvent;
    expect(event.detail.format).to.equal('png');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(blob?.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob!);
    expect([bitmap.width, bitmap.height]).to.deep.equal([Math.round(width * 3), Math.round(height * 3)]);
    const two = await createImageBitmap(await toPNG(el));
    expect(two.width, 'scale 2 by default').to.equal(Math.round(width * 2));
  });
});
