import { expect } from '@open-wc/testing';
import { found, toValidationIssue } from '../../../src/core/read/issues.js';

describe('core/read/issues: a code becomes a sentence in the reader’s language', () => {
  it('found(path, code, params): params default to none', () => {
    expect(found(['placements', 0, 'end'], 'endBeforeStart')).to.deep.equal({
      path: ['placements', 0, 'end'],
      code: 'endBeforeStart',
      params: {},
    });
  });

  it('toValidationIssue: the same path and code, and the message in Danish or English', () => {
    const offScale = found(['assessments', 0, 'ratings', 'initiative'], 'offScale', {
      value: 7,
      min: 1,
      max: 5,
    });
    expect(toValidationIssue(offScale, 'da')).to.deep.equal({
      path: ['assessments', 0, 'ratings', 'initiative'],
      code: 'offScale',
      message: '7 ligger uden for skalaen 1–5.',
    });
    expect(toValidationIssue(offScale, 'en')).to.deep.equal({
      path: ['assessments', 0, 'ratings', 'initiative'],
      code: 'offScale',
      message: '7 is outside the scale 1–5.',
    });
    const role = found(['assessments', 2, 'rater', 'role'], 'roleNotAllowed', {
      value: 'counsellor',
      instrument: 'weekly-company',
      roles: 'company',
    });
    expect(toValidationIssue(role, 'da').message).to.equal(
      'Rollen counsellor kan ikke udfylde weekly-company (kun: company).',
    );
    expect(toValidationIssue(role, 'en').message).to.equal(
      'The role counsellor cannot fill in weekly-company (only: company).',
    );
  });

  it('a host’s right-to-left value is isolated inside the sentence', () => {
    const duplicate = found(['placements', 1, 'id'], 'duplicateId', { value: 'سيمون' });
    expect(toValidationIssue(duplicate, 'da').message).to.equal("Id'et \u2068سيمون\u2069 er allerede brugt.");
    expect(toValidationIssue(duplicate, 'en').message).to.equal('The id \u2068سيمون\u2069 is already used.');
  });

  it('a code no table knows keeps its code, with the sentence for an invalid value', () => {
    const odd = found(['x'], 'toString');
    expect(toValidationIssue(odd, 'da')).to.deep.equal({
      path: ['x'],
      code: 'toString',
      message: 'Værdien er ikke gyldig.',
    });
    expect(toValidationIssue(odd, 'en').message).to.equal('This value is not valid.');
  });
});
