import { path as d3path, type Path } from 'd3-path';
import {
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type CanvasPath_D3Shape,
  type SymbolType,
} from 'd3-shape';

/**
 * The marker shapes, in the order series get them. Shape, not colour alone, tells series apart
 * (also in black and white and in forced colours).
 */
export const markerShapes = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye'] as const;
export type MarkerShape = (typeof markerShapes)[number];

const symbols: Record<MarkerShape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  star: symbolStar,
  wye: symbolWye,
};

export function markerShapeAt(index: number): MarkerShape {
  return markerShapes[index % markerShapes.length] ?? 'circle';
}

/**
 * `markersPath(shape, points, area)`: every marker of a series as ONE path string, so a chart of
 * six series × a hundred weeks needs six nodes for its markers, not six hundred. `area` is the
 * symbol's area in px² (d3-shape's convention; 64 ≈ an 8 px circle).
 */
export function markersPath(
  shape: MarkerShape,
  points: ReadonlyArray<{ readonly x: number; readonly y: number }>,
  area = 64,
): string {
  const target = d3path();
  const symbol = symbols[shape];
  for (const point of points) symbol.draw(offset(target, point.x, point.y), area);
  return target.toString();
}

/** A drawing context that shifts everything drawn into it by (dx, dy). */
function offset(target: Path, dx: number, dy: number): CanvasPath_D3Shape {
  return {
    // No d3 symbol draws an ellipse; SVG paths have none either, so one is drawn as its arc.
    ellipse: (x, y, rx, _ry, _rotation, a0, a1, ccw) => target.arc(x + dx, y + dy, rx, a0, a1, ccw),
    moveTo: (x, y) => target.moveTo(x + dx, y + dy),
    lineTo: (x, y) => target.lineTo(x + dx, y + dy),
    closePath: () => target.closePath(),
    arc: (x, y, r, a0, a1, ccw) => target.arc(x + dx, y + dy, r, a0, a1, ccw),
    arcTo: (x1, y1, x2, y2, r) => target.arcTo(x1 + dx, y1 + dy, x2 + dx, y2 + dy, r),
    bezierCurveTo: (a, b, c, d, x, y) => target.bezierCurveTo(a + dx, b + dy, c + dx, d + dy, x + dx, y + dy),
    quadraticCurveTo: (a, b, x, y) => target.quadraticCurveTo(a + dx, b + dy, x + dx, y + dy),
    rect: (x, y, w, h) => target.rect(x + dx, y + dy, w, h),
  };
}
