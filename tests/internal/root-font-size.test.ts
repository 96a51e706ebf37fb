import { expect } from '@open-wc/testing';
import { remPx, rootFontSize } from '../../src/internal/root-font-size.js';

describe('rootFontSize', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('reads 1rem as the browser resolves it: 16 px by default, 32 at 200 % text, 20 when set so', () => {
    expect(rootFontSize()).to.equal(16);
    document.documentElement.style.fontSize = '200%';
    expect(rootFontSize()).to.equal(32);
    document.documentElement.style.fontSize = '20px';
    expect(rootFontSize()).to.equal(20);
  });

  it('turns rem into px at the size now: 0.75rem is 12 px, and 24 px at 200 %', () => {
    expect(remPx(0.75)).to.equal(12);
    document.documentElement.style.fontSize = '200%';
    expect(remPx(0.75)).to.equal(24);
  });
});
