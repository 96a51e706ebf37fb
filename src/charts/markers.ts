import { symbolsPath, type SymbolShape } from './path.js';

/**
 * The marker shapes, in the order series get them. Shape, not colour alone, tells series apart
 * (also in black and white and in forced colours).
 */
export const markerShapes = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye'] as const;
export type MarkerShape = (typeof markerShapes)[number] & SymbolShape;

export function markerShapeAt(index: number): MarkerShape {
  const count = markerShapes.length;
  return markerShapes[((Math.trunc(index) % count) + count) % count] ?? 'circle';
}

/**
 * `markersPath(shape, points, area)`: every marker of a series as ONE path string, so a chart of
 * six series × a hundred weeks needs six nodes for its markers, not six hundred. `area` is the
 * symbol's area in px² (d3-shape's convention; 64 ≈ an 8 px circle). Coordinates to 0.01 px.
 */
export function markersPath(
  shape: MarkerShape,
  points: ReadonlyArray<{ readonly x: number; readonly y: number }>,
  area = 64,
): string {
  return symbolsPath(shape, points, area);
}
