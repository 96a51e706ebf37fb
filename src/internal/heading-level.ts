/**
 * A heading's level: the host's `heading-level` (`fallback` when it is no number), `offset` levels
 * below it, rounded and kept within h1–h6, so a heading's tag always comes from a fixed list.
 */
export function headingLevelFrom(value: number, offset = 0, fallback = 3): number {
  const level = Number.isFinite(value) ? Math.round(value) : fallback;
  return Math.max(1, Math.min(6, level + offset));
}
