import { expect } from '@open-wc/testing';
import { messageLocaleOf } from '../../../src/core/index.js';
import { englishMessageCodes, messageCodes, messageFor } from '../../../src/core/read/messages.js';

describe('messages', () => {
  it('says every message in both Danish and English', () => {
    expect([...englishMessageCodes].sort()).to.deep.equal([...messageCodes].sort());
    for (const code of messageCodes) {
      const params = {
        value: 'v',
        instrument: 'i',
        roles: 'r',
        min: 1,
        max: 5,
        step: 1,
        other: 'o',
        set: 's',
        count: 2,
        expected: 'number',
        values: '1',
      };
      const da = messageFor(code, params, 'da');
      const en = messageFor(code, params, 'en');
      expect(da, code).to.match(/[.…]$/);
      expect(en, code).to.match(/[.…]$/);
      expect(da, code).not.to.contain('undefined');
      expect(en, code).not.to.contain('undefined');
    }
  });

  it('is Danish unless English is asked for', () => {
    expect(['en', 'en-GB', 'EN-us', 'da', 'da-DK', 'de', undefined].map(messageLocaleOf)).to.deep.equal([
      'en',
      'en',
      'en',
      'da',
      'da',
      'da',
      'da',
    ]);
  });

  it('falls back to a general message for an unknown code, never to a code', () => {
    expect(messageFor('noSuchCode', {}, 'da')).to.equal('Værdien er ikke gyldig.');
    expect(messageFor('toString', {}, 'en')).to.equal('This value is not valid.');
  });
});
