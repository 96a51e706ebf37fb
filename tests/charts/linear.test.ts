import { expect } from '@open-wc/testing';
import { linearScale } from '../../src/charts/linear.js';

describe('linearScale(domain, range, { clamp })', () => {
  it('maps the domain onto the range, also when the range runs downwards', () => {
    const y = linearScale([1, 5], [100, 0]);
    expect([1, 2, 3, 5].map(y)).to.deep.equal([100, 75, 50, 0]);
    expect(y(6)).to.equal(-25);
  });

  it('clamps to the range when asked', () => {
    const y = linearScale([1, 5], [100, 0], { clamp: true });
    expect(y(6)).to.equal(0);
    expect(y(-3)).to.equal(100);
  });

  it('maps a zero-width domain to the middle of the range', () => {
    expect(linearScale([3, 3], [0, 10])(3)).to.equal(5);
  });

  it('exposes its domain and range', () => {
    const x = linearScale([0, 10], [20, 40]);
    expect(x.domain).to.deep.equal([0, 10]);
    expect(x.range).to.deep.equal([20, 40]);
  });

  it('maps a domain wider than the largest double without NaN (−1e308 … 1e308)', () => {
    const y = linearScale([-1e308, 1e308], [100, 0]);
    expect([-1e308, 0, 1e308].map(y)).to.deep.equal([100, 50, 0]);
  });
});
