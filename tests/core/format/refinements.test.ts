import { expect } from '@open-wc/testing';
import { hasLanguage, refinements } from '../../../src/core/format/refinements.js';
import { LocalizedTextSchema } from '../../../src/core/index.js';

describe('core/format/refinements', () => {
  it('hasLanguage: a text with at least one language key', () => {
    expect(hasLanguage({})).to.equal(false);
    expect(hasLanguage({ da: 'Initiativ' })).to.equal(true);
    expect(hasLanguage({ ar: 'مبادرة', uk: 'Ініціатива' })).to.equal(true);
    // It counts languages, not words: an empty text is still a language given.
    expect(hasLanguage({ en: '' })).to.equal(true);
  });

  it('names every refinement once, by the name the generated validators use', () => {
    expect(Object.keys(refinements)).to.deep.equal(['hasLanguage']);
    expect(refinements.hasLanguage).to.equal(hasLanguage);
  });

  it('is the rule LocalizedTextSchema refuses a text in no language by, with the code noLanguage', () => {
    const none = LocalizedTextSchema.safeParse({});
    expect(none.success).to.equal(false);
    expect(none.error?.issues.map((issue) => [issue.code, issue.message])).to.deep.equal([
      ['custom', 'noLanguage'],
    ]);
    expect(LocalizedTextSchema.safeParse({ da: 'Initiativ' }).data).to.deep.equal({ da: 'Initiativ' });
  });
});
