// The probe's cases for the SVG and PNG exports: host text made to break an SVG file or the
// order of the kit's words.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { toPNG, toSVG } from '../../src/export/to-svg.js';
import { samplePersonas, type ProgressData } from '../../src/core/index.js';
import { progressData } from '../fixtures/progress-data.js';
import { mountSized, type Updating } from '../elements/mount.js';
import { named } from './named.js';

function parsed(text: string): Document {
  return new DOMParser().parseFromString(text, 'image/svg+xml');
}

describe('toSVG and toPNG whatever the name', () => {
  const c0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
  const names: ReadonlyArray<readonly [string, string]> = [
    ['every C0 control', `S${c0}imon`],
    ...Array.from(
      { length: 32 },
      (_, i) => [`U+${i.toString(16).padStart(4, '0')}`, `Si${String.fromCharCode(i)}mon`] as const,
    ),
    ['DEL and C1 controls', 'Si\u007f\u0085\u009fmon'],
    ['a lone high surrogate', 'Si\ud800mon'],
    ['a lone low surrogate', 'Si\udc00mon'],
    ['a lone surrogate at the end', 'Simon\ud83d'],
    ['U+FFFE and U+FFFF', 'Si\ufffe\uffffmon'],
    ['a right-to-left override', '\u202eSimon'],
    ['a pop directional isolate', 'Si\u2069mon\u2066'],
    ['an astral letter', 'Si\u{1d49e}mon'],
  ];
  expect(names.length).to.be.greaterThan(40);

  // The week hours draw Simon's hours (the fixture has none).
  const [simon] = samplePersonas as [ProgressData];
  for (const tag of ['spor-trend-chart', 'spor-trait-star', 'spor-week-hours']) {
    it(`<${tag}>: valid XML and a decodable PNG for every name`, async () => {
      let el: Updating | undefined;
      for (const [what, name] of names) {
        const data = named(
          (text) => (text === 'Simon' ? name : `${name.slice(2)}${text}`),
          tag === 'spor-week-hours' ? simon : progressData(),
        );
        if (!el) el = await mountSized(tag, data, 640);
        else {
          Object.assign(el, { data });
          await el.updateComplete;
        }
        const text = toSVG(el);
        const doc = parsed(text);
        expect(doc.querySelector('parsererror')?.textContent ?? null, `${what}: well-formed XML`).to.equal(
          null,
        );
        expect(doc.documentElement.localName, what).to.equal('svg');
        expect(doc.querySelectorAll('text').length, what).to.be.greaterThan(3);
        // What is left of the name is there, in the title.
        expect(doc.querySelector('text')!.textContent, what).to.contain('mon');
        const bitmap = await createImageBitmap(await toPNG(el, { scale: 1 }));
        expect(bitmap.width, what).to.equal(Math.round(Number(doc.documentElement.getAttribute('width'))));
      }
      await expect(el!).to.be.accessible();
    });
  }
});

describe('toSVG isolates host text', () => {
  const rlo = '\u202e';

  /** The x of each character of `words` in a drawn text element, in order. */
  function xsOf(text: SVGTextElement, words: string): number[] {
    const at = (text.textContent ?? '').indexOf(words);
    expect(at, `"${words}" in "${text.textContent}"`).to.be.at.least(0);
    return [...words].map((_, i) => text.getStartPositionOfChar(at + i).x);
  }

  it('draws the kit’s words after a right-to-left override in a name in their own order', async () => {
    const el = await mountSized(
      'spor-trend-chart',
      named((text) => `${rlo}${text}`),
      640,
      {
        locale: 'en',
      },
    );
    const doc = parsed(toSVG(el));
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    // The title: the name in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the kit's words outside.
    expect(texts[0]).to.equal(`\u2068${rlo}Simon\u2069s udvikling`);
    // Every piece of host text in the file, and nothing else, is isolated.
    const overrides = texts.filter((t) => t.includes(rlo));
    expect(overrides.length, 'the name, the companies, the labels').to.be.greaterThan(4);
    for (const t of overrides) expect(t, 'isolated').to.match(/\u2068\u202e[^\u2068\u2069]*\u2069/);
    for (const t of overrides) expect(t.replace(/\u2068[^\u2068\u2069]*\u2069/g, ''), t).not.to.contain(rlo);
    // Drawn: the same file in the page, as a viewer draws it; "s udvikling" reads left to right.
    const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    document.body.append(svg);
    try {
      const title = svg.querySelector('text')!;
      const xs = xsOf(title, 's udvikling');
      expect(
        xs.slice(1).every((x, i) => x > xs[i]!),
        `left to right: ${xs.join(' ')}`,
      ).to.equal(true);
      // After the name, which reads right to left as its override asks.
      const name = xsOf(title, 'Simon');
      expect(
        name.slice(1).every((x, i) => x < name[i]!),
        `right to left: ${name.join(' ')}`,
      ).to.equal(true);
      expect(Math.max(...name)).to.be.at.most(xs[0]!);
    } finally {
      svg.remove();
    }
  });
});
