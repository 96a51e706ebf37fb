import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { bdi, isolate, withIsolates } from '../../src/internal/bidi.js';

function rendered(parts: unknown): HTMLElement {
  const host = document.createElement('p');
  render(parts, host);
  return host;
}

describe('isolate(text) and withIsolates(sentence): the one way host text is isolated', () => {
  it('puts each marked host text in its own <bdi> and leaves the kit’s words outside', () => {
    const sentence = `${isolate('Simon')}s udvikling: ${isolate('Initiativ')} steg`;
    const p = rendered(withIsolates(sentence));
    expect([...p.querySelectorAll('bdi')].map((b) => b.textContent)).to.deep.equal(['Simon', 'Initiativ']);
    expect(p.textContent).to.equal('Simons udvikling: Initiativ steg');
  });

  it('removes isolate marks the host text brought, so a name cannot close the kit’s isolate', () => {
    expect(isolate('Si\u2069mon\u2068')).to.equal('\u2068Simon\u2069');
    const p = rendered(withIsolates(`${isolate('\u2069\u202Eevil')} steg`));
    expect([...p.querySelectorAll('bdi')].map((b) => b.textContent)).to.deep.equal(['\u202Eevil']);
    expect(p.textContent).to.equal('\u202Eevil steg');
  });

  it('leaves empty host text empty and a sentence without marks as it is', () => {
    expect(isolate('')).to.equal('');
    expect(withIsolates('Udvikling')).to.equal('Udvikling');
  });

  it('bdi(text) is the text in a <bdi>, as text, never markup', () => {
    const p = rendered(bdi('<b>Simon</b>'));
    expect(p.querySelector('bdi')?.textContent).to.equal('<b>Simon</b>');
    expect(p.querySelector('b')).to.equal(null);
  });
});
