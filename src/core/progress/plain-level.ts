/**
 * A level in plain words for the young person's own page: which of five steps a value reads as,
 * from "hard still" (1) to "very well" (5), on any scale. The value is read as it is written (one
 * decimal, `roundAsWritten`), so the word always agrees with the number beside it.
 */
import { roundAsWritten } from './round.js';

/** The five steps a level is said in, lowest first. */
export type PlainStep = 1 | 2 | 3 | 4 | 5;

/**
 * `plainStepOf(value, { min, max })`: the nearest of five even steps from `min` (1) to `max` (5),
 * halves up, for the value written with one decimal; a value off the scale is held at its edge.
 * On a 1–5 scale the step is the written value rounded: 3,4 → 3, 3,5 → 4.
 */
export function plainStepOf(value: number, scale: { readonly min: number; readonly max: number }): PlainStep {
  const span = scale.max - scale.min;
  if (!Number.isFinite(value) || !(span > 0)) return 1;
  const written = roundAsWritten(value, 1);
  const position = roundAsWritten(1 + (4 * (written - scale.min)) / span, 6);
  const step = Math.floor(position + 0.5);
  return Math.min(5, Math.max(1, step)) as PlainStep;
}
