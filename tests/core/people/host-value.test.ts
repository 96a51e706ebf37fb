import { expect } from '@open-wc/testing';
import { isValueForPerson, mayRestoreState, valueOwnerAfter } from '../../../src/core/people/host-value.js';

describe('core/host-value: whose a host value is', () => {
  it('valueOwnerAfter: a value belongs to the person named when it was set, or to the first named after', () => {
    // Set with Simon shown: Simon's.
    expect(valueOwnerAfter('', true, 'simon')).to.equal('simon');
    // Kept while the host switches to Liv: still Simon's.
    expect(valueOwnerAfter('simon', false, 'liv')).to.equal('simon');
    // Set in the same update as Liv: Liv's.
    expect(valueOwnerAfter('simon', true, 'liv')).to.equal('liv');
    // Set while nobody is named, then Rasmus named: Rasmus's.
    expect(valueOwnerAfter('', true, '')).to.equal('');
    expect(valueOwnerAfter('', false, 'rasmus')).to.equal('rasmus');
    // Nobody named for a moment (a refetch): the owner stays.
    expect(valueOwnerAfter('simon', false, '')).to.equal('simon');
  });

  it('isValueForPerson: only the owner, or nobody named on either side', () => {
    expect(isValueForPerson('simon', 'simon')).to.equal(true);
    expect(isValueForPerson('simon', 'liv')).to.equal(false);
    expect(isValueForPerson('liv', 'simon')).to.equal(false);
    expect(isValueForPerson('', 'liv')).to.equal(true);
    expect(isValueForPerson('simon', '')).to.equal(true);
    // Ids are compared as given: "Simon" is not "simon".
    expect(isValueForPerson('simon', 'Simon')).to.equal(false);
  });

  it("mayRestoreState: a restored form state fills only its own key's draft", () => {
    const simon = 'spor-assessment-form:simon:nextwork:weekly-company:2026-11-13';
    const liv = 'spor-assessment-form:liv:nextwork:weekly-company:2026-11-13';
    const nobody = 'spor-assessment-form::nextwork:weekly-company:2026-11-13';
    expect(mayRestoreState(simon, simon, false)).to.equal(true);
    expect(mayRestoreState(simon, liv, false)).to.equal(false);
    // Simon's state is not for a form that names nobody either.
    expect(mayRestoreState(simon, nobody, true)).to.equal(false);
    // A state without a key (saved before keys were written) only where nobody is named.
    expect(mayRestoreState(undefined, nobody, true)).to.equal(true);
    expect(mayRestoreState(undefined, liv, false)).to.equal(false);
  });
});
