import { expect } from '@open-wc/testing';
import {
  isConsentValid,
  ownerOf,
  participantIdOf,
  recordFit,
  type RecordContext,
} from '../../../src/core/index.js';

const simonsToday: RecordContext = {
  givenFor: 'simon',
  participant: 'simon',
  recordDate: '2026-11-13',
  date: '2026-11-13',
};

describe('ownerOf(givenFor, participant)', () => {
  it('keeps the person a record was given for', () => {
    expect(ownerOf('simon', 'liv')).to.equal('simon');
    expect(ownerOf('simon', '')).to.equal('simon');
  });

  it('gives a record set before any person was known to the person shown now', () => {
    expect(ownerOf('', 'liv')).to.equal('liv');
    expect(ownerOf('', '')).to.equal('');
  });
});

describe('recordFit(context)', () => {
  it('fits the person it was given for on its own date', () => {
    expect(recordFit(simonsToday)).to.equal('fits');
    expect(recordFit({ ...simonsToday, givenFor: '' })).to.equal('fits');
  });

  it("refuses Simon's record while Liv is shown", () => {
    expect(recordFit({ ...simonsToday, participant: 'liv' })).to.equal('otherPerson');
    // Another person is said first, even when the date is off too.
    expect(recordFit({ ...simonsToday, participant: 'liv', recordDate: '2026-10-02' })).to.equal(
      'otherPerson',
    );
  });

  it("refuses Simon's record of 2 October in the conversation of 13 November", () => {
    expect(recordFit({ ...simonsToday, recordDate: '2026-10-02' })).to.equal('otherDate');
    expect(recordFit({ ...simonsToday, recordDate: '2026-11-14' })).to.equal('otherDate');
  });

  it('refuses a record that was nobody’s while data was missing once it is read against a person it was not given to', () => {
    // Given while no person was known, then Simon came: it is Simon's (the element keeps 'simon').
    const adopted = ownerOf('', 'simon');
    expect(recordFit({ ...simonsToday, givenFor: adopted, participant: 'liv' })).to.equal('otherPerson');
  });
});

describe('isConsentValid(record, context)', () => {
  it("holds in this person's conversation of the record's date when the record says yes", () => {
    expect(isConsentValid({ resilienceConsent: true }, simonsToday)).to.equal(true);
  });

  it('is no without a yes in the record', () => {
    expect(isConsentValid({}, simonsToday)).to.equal(false);
    expect(isConsentValid({ resilienceConsent: false }, simonsToday)).to.equal(false);
  });

  it("never carries Simon's yes to Liv", () => {
    expect(isConsentValid({ resilienceConsent: true }, { ...simonsToday, participant: 'liv' })).to.equal(
      false,
    );
  });

  it('never carries last conversation’s yes into a new one', () => {
    expect(
      isConsentValid({ resilienceConsent: true }, { ...simonsToday, recordDate: '2026-10-02' }),
    ).to.equal(false);
  });
});

describe('participantIdOf(data)', () => {
  it('reads data.participant.id as the host gave it, before validation', () => {
    expect(participantIdOf({ participant: { id: 'liv' }, assessments: 'broken' })).to.equal('liv');
  });

  it('is empty when the data names no one or cannot be read', () => {
    expect(participantIdOf(null)).to.equal('');
    expect(participantIdOf(undefined)).to.equal('');
    expect(participantIdOf({ participant: {} })).to.equal('');
    expect(participantIdOf({ participant: { id: 7 } })).to.equal('');
    const throwing = {
      get participant(): unknown {
        throw new Error('revoked');
      },
    };
    expect(participantIdOf(throwing)).to.equal('');
  });
});
