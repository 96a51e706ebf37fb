import type { Framework, Instrument } from '../../core/index.js';

/**
 * The instrument's score for one set of answers, by its scoring rule: reverse-scored items count
 * as `min + max − x`, the score is the mean of the answered rated items, and there is no score
 * until `minAnswered` items (default: all of them) are answered. "Not observed" (null) is never
 * counted. The same rule as the core's aggregation, which does not export it; keep the two alike.
 */
export function questionnaireScore(
  framework: Framework,
  instrument: Instrument,
  ratings: Readonly<Record<string, number | null | undefined>>,
): number | undefined {
  const scoring = instrument.scoring;
  const scale = framework.scales.find((candidate) => candidate.id === instrument.scale);
  if (!scoring || !scale) return undefined;
  const rated = instrument.items.filter((item) => item.kind === 'rating');
  let sum = 0;
  let answered = 0;
  for (const item of rated) {
    const value = ratings[item.id];
    if (typeof value !== 'number') continue;
    sum += scoring.reverse.includes(item.id) ? scale.min + scale.max - value : value;
    answered += 1;
  }
  const needed = scoring.minAnswered ?? rated.length;
  return answered >= needed && answered > 0 ? sum / answered : undefined;
}
