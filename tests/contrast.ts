// Shared by tests that check colour contrast the way WCAG 2 defines it.

/** The sRGB channels (0–255) of a computed colour: `rgb(r, g, b)`, `rgba(…)` or `#rrggbb`. */
export function channels(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (hex) return [hex[1], hex[2], hex[3]].map((c) => parseInt(c!, 16)) as [number, number, number];
  const rgb = /^rgba?\(\s*(\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)/.exec(color.trim());
  if (!rgb) throw new Error(`not a colour this helper reads: "${color}"`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
}

/** WCAG relative luminance: each channel linearised, weighted 0.2126 R + 0.7152 G + 0.0722 B. */
export function luminance(color: string): number {
  const [r, g, b] = channels(color).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio (lighter + 0.05) / (darker + 0.05), from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
