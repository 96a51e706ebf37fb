/**
 * A linear scale: a value in `domain` to a position in `range`, optionally clamped to it.
 *
 * Why not d3-scale's `scaleLinear`: it brings d3-interpolate, d3-color and d3-format along for
 * colour interpolation and tick formatting the charts never use. Measured with this repository's
 * Vite (library mode, minified, as the single-file bundles are built), `scaleLinear` alone is
 * 22.4 KB minified and 8.9 KB min+gzip (gzip -9), `scaleUtc` 30.9 and 10.9 KB — for what here is
 * one line of arithmetic, against 4.1 KB for everything the charts take from d3-shape, d3-path
 * and d3-time. So this one stays hand-written; the lines, outlines, symbols and month ticks are
 * d3's (src/charts/path.ts, src/charts/time.ts).
 */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  { clamp = false }: { clamp?: boolean } = {},
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  // A domain wider than the largest double (−1e308 … 1e308) overflows; halves never do.
  const isHuge = !Number.isFinite(span) && Number.isFinite(d0) && Number.isFinite(d1);
  const lo = Math.min(r0, r1);
  const hi = Math.max(r0, r1);
  const scale = (value: number): number => {
    // A zero-width domain maps everything to the middle of the range, as d3 does.
    const share = isHuge ? (value / 2 - d0 / 2) / (d1 / 2 - d0 / 2) : (value - d0) / span;
    const position = span === 0 ? (r0 + r1) / 2 : r0 + share * (r1 - r0);
    return clamp ? Math.min(hi, Math.max(lo, position)) : position;
  };
  return Object.assign(scale, { domain: [d0, d1] as const, range: [r0, r1] as const });
}
