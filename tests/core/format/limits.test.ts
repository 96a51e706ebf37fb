import { expect } from '@open-wc/testing';
import {
  audiences,
  dateInputPattern,
  frameworkIdPattern,
  itemRefPattern,
  limits,
  localeCodePattern,
  weekKeyPattern,
} from '../../../src/core/format/limits.js';
import { AudienceSchema, limits as publicLimits } from '../../../src/core/index.js';

/** The strings of `candidates` the pattern accepts, in order. */
const accepted = (pattern: RegExp, candidates: ReadonlyArray<string>) =>
  candidates.filter((candidate) => pattern.test(candidate));

describe('core/format/limits: the patterns of the input format', () => {
  it('frameworkIdPattern: lower-case words joined by one - or _', () => {
    const candidates = [
      'weekly-company',
      'r1',
      'half_year',
      'a-b_c',
      'Weekly-company', // upper case
      'weekly company', // a space
      'a--b', // two joiners
      '-a', // starts with a joiner
      'a-', // ends with one
      'a.b', // a dot is an item ref, not an id
      'æble', // not a–z
      '',
    ];
    expect(candidates).to.have.length(12);
    expect(accepted(frameworkIdPattern, candidates)).to.deep.equal([
      'weekly-company',
      'r1',
      'half_year',
      'a-b_c',
    ]);
  });

  it('itemRefPattern: exactly one dot between two framework ids', () => {
    const candidates = [
      'weekly-company.punctuality',
      'r.r1',
      'weekly-company', // no dot
      'a.b.c', // two dots
      '.punctuality',
      'weekly-company.',
      'Weekly.x',
    ];
    expect(candidates).to.have.length(7);
    expect(accepted(itemRefPattern, candidates)).to.deep.equal(['weekly-company.punctuality', 'r.r1']);
  });

  it('dateInputPattern: a date, or a date-time with an offset; existence is not its business', () => {
    const candidates = [
      '2026-03-01',
      '2026-03-01T23:30:00Z',
      '2026-03-01T09:00+01:00', // seconds may be left out
      '2026-03-01T09:00:00.123456789-05:30', // nine digits of fraction at most
      '2026-02-30', // does not exist, but has the form (check-data.ts refuses it)
      '2026-03-01T09:00:00', // no offset: which day it is depends on where
      '2026-03-01T09:00:00.1234567890Z', // ten digits of fraction
      '2026-3-1',
      '30/01/2026',
      '2026-03-01 09:00Z', // a space, not T
      '',
    ];
    expect(candidates).to.have.length(11);
    expect(accepted(dateInputPattern, candidates)).to.deep.equal([
      '2026-03-01',
      '2026-03-01T23:30:00Z',
      '2026-03-01T09:00+01:00',
      '2026-03-01T09:00:00.123456789-05:30',
      '2026-02-30',
    ]);
  });

  it('weekKeyPattern: YYYY-Www in the years 0001–9999; whether the week exists is checked later', () => {
    const candidates = [
      '2026-W09',
      '2026-W53', // 2026 starts on a Thursday, so it has 53 ISO weeks
      '2026-W54', // no year has 54 weeks, but the pattern only reads two digits (check-programme.ts refuses it)
      '0001-W01',
      '9999-W52',
      '0000-W01', // no year 0000
      '10000-W01',
      '2026-W9', // one digit
      '2026-w09', // lower-case w
      '2026W09',
    ];
    expect(candidates).to.have.length(10);
    expect(accepted(weekKeyPattern, candidates)).to.deep.equal([
      '2026-W09',
      '2026-W53',
      '2026-W54',
      '0001-W01',
      '9999-W52',
    ]);
  });

  it('localeCodePattern: a BCP 47 tag of two or three letters and subtags of up to eight', () => {
    const candidates = [
      'da',
      'en',
      'ar',
      'uk',
      'fil',
      'de-AT',
      'sr-Latn',
      'd',
      'dansk',
      'da_DK',
      'da-',
      'da-toolongtag',
    ];
    expect(candidates).to.have.length(12);
    expect(accepted(localeCodePattern, candidates)).to.deep.equal([
      'da',
      'en',
      'ar',
      'uk',
      'fil',
      'de-AT',
      'sr-Latn',
    ]);
  });
});

describe('core/format/limits: audiences and limits', () => {
  it('names the four audiences, and AudienceSchema takes exactly them', () => {
    expect(audiences).to.deep.equal(['conversation', 'company', 'counsellor', 'young-person']);
    for (const audience of audiences)
      expect(AudienceSchema.safeParse(audience).success, audience).to.equal(true);
    expect(AudienceSchema.safeParse('public').success).to.equal(false);
    expect(AudienceSchema.safeParse('Young-Person').success).to.equal(false);
  });

  it('are the limits core exports, with the bounds the comments state', () => {
    expect(publicLimits).to.equal(limits);
    // Two years of weeks: 2 × 52 = 104.
    expect(limits.changeWindow).to.equal(104);
    // 1,000 weeks from the first with hours to the last: 1000 / 52.18 ≈ 19.2 years, "about 19".
    expect(Math.floor(limits.hoursWeeks / 52.18)).to.equal(19);
    // Ten years of three activities, one entry a week: 10 × 53 × 3 = 1,590 entries, under the bound.
    expect(10 * 53 * 3).to.be.below(limits.hours);
    expect([limits.shortText, limits.note, limits.answer, limits.weekHours, limits.weight]).to.deep.equal([
      200, 5_000, 20_000, 100, 1000,
    ]);
  });
});
