import { expect } from '@open-wc/testing';
import { isValueForPerson, valueOwnerAfter } from '../../src/core/host-value.js';

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
});
