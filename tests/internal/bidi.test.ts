import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { isolateIn, isolateInAttribute } from '../../src/internal/bidi.js';

function rendered(parts: unknown): HTMLElement {
  const host = document.createElement('p');
  render(parts, host);
  return host;
}

describe('isolateIn(sentence, hostTexts)', () => {
  it('puts each host text in its own <bdi> and leaves the kit’s words outside', () => {
    const p = rendered(isolateIn('Simons udvikling: Initiativ steg', ['Simon', 'Initiativ']));
    expect([...p.querySelectorAll('bdi')].map((b) => b.textContent)).to.deep.equal(['Simon', 'Initiativ']);
    expect(p.textContent).to.equal('Simons udvikling: Initiativ steg');
  });

  it('prefers the longer host text where two start at the same place, and finds repeats', () => {
    const p = rendered(isolateIn('Simon Bo, Simon Bo', ['Simon', 'Simon Bo']));
    expect([...p.querySelectorAll('bdi')].map((b) => b.textContent)).to.deep.equal(['Simon Bo', 'Simon Bo']);
  });

  it('leaves a sentence without host text as it is, and ignores empty host texts', () => {
    expect(isolateIn('Udvikling', ['', 'Simon'])).to.deep.equal(['Udvikling']);
  });
});

describe('isolateInAttribute(text)', () => {
  it('wraps text with right-to-left letters or bidi controls in FSI … PDI, and nothing else', () => {
    expect(isolateInAttribute('\u202Eevil.exe')).to.equal('\u2068\u202Eevil.exe\u2069');
    expect(isolateInAttribute('محمد')).to.equal('\u2068محمد\u2069');
    expect(isolateInAttribute('Punktlighed')).to.equal('Punktlighed');
  });
});
