import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { chartsWords } from '../../src/i18n/charts/words.js';
import { renderSummary } from '../../src/internal/summary-view.js';

function rendered(template: unknown): HTMLElement {
  const container = document.createElement('div');
  render(template, container);
  return container;
}

const seen = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('renderSummary(t, sentences, isShown, headingLevel)', () => {
  it('shows a heading in the language given and one list item per sentence', () => {
    const container = rendered(
      renderSummary(chartsWords.da, ['Initiativ steg fra 2 til 4.', 'Vedholdenhed holdt sig stabilt.'], true),
    );
    const summary = container.querySelectorAll('[part="summary"]');
    expect(summary).to.have.length(1);
    expect(summary[0]!.classList.contains('visually-hidden')).to.equal(false);
    const heading = summary[0]!.querySelector('.summary-title')!;
    expect(heading.localName, 'h3 by default').to.equal('h3');
    expect(heading.textContent).to.equal('Opsummering');
    expect([...summary[0]!.querySelectorAll('ul > li')].map(seen)).to.deep.equal([
      'Initiativ steg fra 2 til 4.',
      'Vedholdenhed holdt sig stabilt.',
    ]);
    // What a person reads, block by block: the heading, then each item.
    expect([...container.querySelectorAll('h3, li')].map(seen)).to.deep.equal([
      'Opsummering',
      'Initiativ steg fra 2 til 4.',
      'Vedholdenhed holdt sig stabilt.',
    ]);
  });

  it('hidden: the same words, still in the accessibility tree, off screen', () => {
    const container = rendered(renderSummary(chartsWords.en, ['Initiative rose.'], false));
    const summary = container.querySelector('[part="summary"]')!;
    expect(summary.classList.contains('visually-hidden')).to.equal(true);
    expect(seen(summary)).to.equal('Summary Initiative rose.');
    expect(summary.getAttribute('aria-hidden')).to.equal(null);
    expect(summary.hasAttribute('hidden')).to.equal(false);
  });

  it('is a plain block, not a landmark: several charts make no several regions of one name', () => {
    const container = rendered(renderSummary(chartsWords.da, ['En.'], true));
    expect(container.querySelectorAll('section, [role="region"], [role="complementary"]')).to.have.length(0);
    expect(container.querySelector('[part="summary"]')!.localName).to.equal('div');
  });

  it('takes the heading level asked, rounded and held to h1–h6', () => {
    const levels: Array<[number, string]> = [
      [1, 'h1'],
      [2, 'h2'],
      [4, 'h4'],
      [6, 'h6'],
      [2.6, 'h3'],
      [0, 'h1'],
      [-3, 'h1'],
      [9, 'h6'],
      // A host's heading-level="x" reads as NaN: the default h3, never an <hNaN> that is no heading.
      [Number.NaN, 'h3'],
      [Number.POSITIVE_INFINITY, 'h3'],
    ];
    for (const [level, tag] of levels) {
      const container = rendered(renderSummary(chartsWords.da, ['En.'], true, level));
      const heading = container.querySelector('.summary-title')!;
      expect(heading.localName, String(level)).to.equal(tag);
      expect(heading.textContent, String(level)).to.equal('Opsummering');
    }
  });

  it('shows sentences as text, never markup, and a template sentence with its host text isolated', () => {
    const container = rendered(
      renderSummary(
        chartsWords.da,
        ['<img src=x onerror="window.hacked=1">', html`<bdi>\u202eSimon</bdi> steg.`],
        true,
      ),
    );
    const items = container.querySelectorAll('li');
    expect(items).to.have.length(2);
    expect(container.querySelector('img')).to.equal(null);
    expect(items[0]!.textContent).to.equal('<img src=x onerror="window.hacked=1">');
    expect([...items[1]!.querySelectorAll('bdi')].map((b) => b.textContent)).to.deep.equal(['\u202eSimon']);
    expect(seen(items[1]!)).to.equal('\u202eSimon steg.');
  });
});
