/**
 * Values are rounded far below what anyone reads, so the order of sums never shows. Beyond 1e6
 * (off every real scale) there are no decimals left to round, and `value * 1e9` could overflow.
 */
export const roundValue = (value: number) => (Math.abs(value) < 1e6 ? Math.round(value * 1e9) / 1e9 : value);
