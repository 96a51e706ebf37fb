import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { roundAsWritten, roundValue } from '../../../src/core/progress/round.js';
import { formatNumber } from '../../../src/i18n/index.js';

describe('roundValue(value)', () => {
  it('rounds to 9 decimals, so the order of a sum never shows', () => {
    // 0.1 + 0.2 is 0.30000000000000004; × 1e9 that is 300000000.00000006, rounded 300000000, ÷ 1e9 0.3.
    expect(0.1 + 0.2).not.to.equal(0.3);
    expect(roundValue(0.1 + 0.2)).to.equal(0.3);
    expect(roundValue(0.3 + 0.2 + 0.1)).to.equal(roundValue(0.1 + 0.2 + 0.3));
    // 1/3 = 0.333333333|333…: the tenth decimal is 3, so down.
    expect(roundValue(1 / 3)).to.equal(0.333333333);
    // 999999.1000000001 is below 1e6: 999999100000000.1 rounds to 999999100000000.
    expect(roundValue(999999.1000000001)).to.equal(999999.1);
  });

  it('leaves halves and whole numbers as they are, and rounds a negative value the same way', () => {
    expect([roundValue(2.5), roundValue(-2.5), roundValue(0.5), roundValue(4)]).to.deep.equal([
      2.5, -2.5, 0.5, 4,
    ]);
    expect(roundValue(-(0.1 + 0.2))).to.equal(-0.3);
    expect(roundValue(-1 / 3)).to.equal(-0.333333333);
  });

  it('leaves a value from 1e6 on as it is', () => {
    // 1e6 + 0.1 + 0.2 is 1000000.2999999999 in doubles: kept, not made 1000000.3.
    const big = 1e6 + 0.1 + 0.2;
    expect(big).not.to.equal(1000000.3);
    expect(roundValue(big)).to.equal(big);
    expect(roundValue(1e6)).to.equal(1e6);
    expect(roundValue(-2e6 - 0.3)).to.equal(-2e6 - 0.3);
    expect(roundValue(1234567.123456789)).to.equal(1234567.123456789);
  });
});

describe('roundAsWritten(value, digits)', () => {
  it('roundAsWritten rounds as the kit writes numbers, for any value on a scale and 0–3 decimals', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1000, max: 1000, noNaN: true }),
          fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 1000),
        ),
        fc.integer({ min: 0, max: 3 }),
        (value, digits) => {
          const written = Number(formatNumber('en', value, digits).replace(/,/g, ''));
          expect(roundAsWritten(value, digits), `${value} to ${digits}`).to.equal(
            written === 0 ? 0 : written,
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('hand-computed: halves away from zero, from the value as written', () => {
    expect(roundAsWritten(3.35, 1)).to.equal(3.4);
    expect(roundAsWritten(-3.35, 1)).to.equal(-3.4);
    expect(roundAsWritten(1.15, 1)).to.equal(1.2);
    expect(roundAsWritten(-1.15, 1)).to.equal(-1.2);
    // Math.round takes -2.5 up to -2; written with no decimals it is -3.
    expect(Math.round(-2.5)).to.equal(-2);
    expect([roundAsWritten(2.5, 0), roundAsWritten(-2.5, 0), roundAsWritten(0.5, 0)]).to.deep.equal([
      3, -3, 1,
    ]);
    // 1.005 is 1.00499999999999989… as a double, so Math.round(1.005 * 100) / 100 says 1 and
    // (2.675).toFixed(2) says 2.67; written, they are 1.005 and 2.675, so 1.01 and 2.68.
    expect(Math.round(1.005 * 100) / 100).to.equal(1);
    expect(roundAsWritten(1.005, 2)).to.equal(1.01);
    expect((2.675).toFixed(2)).to.equal('2.67');
    expect(roundAsWritten(2.675, 2)).to.equal(2.68);
    // 9.96 to 1 decimal: 9.9 and the next digit 6 rounds up, carrying into 10.
    expect(roundAsWritten(9.96, 1)).to.equal(10);
  });

  it('hand-computed: 0.1 + 0.2, beyond 1e6, from 1e21, below 1e-6, and what is not finite', () => {
    // 0.30000000000000004: the digit after the kept ones is 0, so 0.3 at 1 and 2 decimals.
    expect(roundAsWritten(0.1 + 0.2, 1)).to.equal(0.3);
    expect(roundAsWritten(0.1 + 0.2, 2)).to.equal(0.3);
    // 1234567.25 to 1 decimal: 1234567.2, next digit 5, so 1234567.3.
    expect(roundAsWritten(1234567.25, 1)).to.equal(1234567.3);
    // From 1e21 a number is written with an exponent and has no decimals left to round.
    expect(roundAsWritten(1e21, 2)).to.equal(1e21);
    expect(roundAsWritten(1.5e21, 0)).to.equal(1.5e21);
    // 1e-7 is 0.0000001: 0 at 3 decimals.
    expect(roundAsWritten(1e-7, 3)).to.equal(0);
    expect(roundAsWritten(Number.NaN, 1)).to.be.NaN;
    expect(roundAsWritten(-Infinity, 0)).to.equal(-Infinity);
  });
});
