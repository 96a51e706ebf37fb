/**
 * Values are rounded far below what anyone reads, so the order of sums never shows. Beyond 1e6
 * (off every real scale) there are no decimals left to round, and `value * 1e9` could overflow.
 */
export const roundValue = (value: number) => (Math.abs(value) < 1e6 ? Math.round(value * 1e9) / 1e9 : value);

/**
 * `roundAsWritten(value, digits)`: the number a person reads when `value` is written with `digits`
 * decimals, by the rule every number in the kit is written with (Intl's, and `src/i18n`'s tables):
 * the value's shortest decimal form, halves away from zero (3.35 → 3.4; 1.005 → 1.01 at two
 * decimals, where `Math.round(1.005 * 100) / 100` says 1). Below 1e-6 a value is 0 at up to 5 decimals; from 1e21
 * it is left as it is.
 */
export function roundAsWritten(value: number, digits: number): number {
  const written = String(Math.abs(value));
  if (!Number.isFinite(value)) return value;
  // An exponent: below 1e-6 (0 at 5 decimals or fewer) or from 1e21 (no decimals left).
  if (written.includes('e')) return Math.abs(value) < 1 && digits <= 5 ? 0 : value;
  const [whole = '0', fraction = ''] = written.split('.');
  const kept = Number(`${whole}.${fraction.slice(0, digits) || '0'}`);
  const up = (fraction[digits] ?? '0') >= '5' ? 10 ** -digits : 0;
  const rounded = Number((kept + up).toFixed(digits));
  return value < 0 ? -rounded : rounded;
}
