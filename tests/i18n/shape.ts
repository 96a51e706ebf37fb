// Shared by the tests of the areas' words: what a table holds, without its words.

/**
 * The shape of a table of words: every key, all the way down, each with the kind of word under it
 * (`string`, `function`, `array`), keys sorted. Two languages of one area have the same shape.
 */
export function shapeOf(table: unknown): unknown {
  if (Array.isArray(table)) return 'array';
  if (typeof table !== 'object' || table === null) return typeof table;
  return Object.fromEntries(
    Object.keys(table)
      .sort()
      .map((key) => [key, shapeOf((table as Record<string, unknown>)[key])]),
  );
}

/** How many words a table holds (its leaves), to show a shape is not empty. */
export function wordCount(table: unknown): number {
  if (typeof table !== 'object' || table === null || Array.isArray(table)) return 1;
  return Object.values(table).reduce<number>((sum, word) => sum + wordCount(word), 0);
}
