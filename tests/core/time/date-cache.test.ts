import { expect } from '@open-wc/testing';
import { DateCache } from '../../../src/core/time/date-cache.js';

describe('DateCache', () => {
  it('gives back what it was told, and forgets everything once it holds max answers', () => {
    const cache = new DateCache<number>(2);
    expect(cache.set('2026-03-02', 1)).to.equal(1);
    cache.set('2026-03-09', 2);
    expect([cache.get('2026-03-02'), cache.get('2026-03-09')]).to.deep.equal([1, 2]);
    cache.set('2026-03-16', 3);
    expect([cache.get('2026-03-02'), cache.get('2026-03-09'), cache.get('2026-03-16')]).to.deep.equal([
      undefined,
      undefined,
      3,
    ]);
  });
});
