/**
 * The page's root font size in px: what 1rem is now (16 in a browser's defaults, 32 when the
 * reader set text to 200 %). Charts lay their SVG labels out from it, since a label drawn in rem
 * grows with the reader's text size and the margins around it must grow as much (WCAG 1.4.4).
 */
export function rootFontSize(): number {
  const size = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

/** A length in rem as px at the page's root font size now: `remPx(0.75)` is a 12 px label at 100 %. */
export function remPx(rem: number): number {
  return rem * rootFontSize();
}
