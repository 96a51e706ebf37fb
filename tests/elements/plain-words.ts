// Plain words, measured: the one LIX of the kit's tests (the young person's page, the log, the
// conversation guide). LIX = words per sentence + the percentage of words longer than six letters;
// sentences end at . ! ? and at the end of each block.

/**
 * The sentences of a text: split at . ! ? (and at the end of each block). A full stop after a
 * digit is a Danish ordinal ("6. november"), not the end of a sentence: not splitting there keeps
 * the sentences as long as they are read, which is the stricter count.
 */
export function sentencesOf(blocks: ReadonlyArray<string>): string[][] {
  return blocks.flatMap((block) =>
    block
      .split(/(?<=[^\d][.!?])\s+|(?<=[!?])\s+/u)
      .map((sentence) => wordsOf(sentence))
      .filter((words) => words.length > 0),
  );
}

/** The words of a sentence: runs of letters and digits ("3,5" is one word; "—" and "→" are none). */
function wordsOf(sentence: string): string[] {
  return sentence.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

const letters = (word: string) => [...word].filter((c) => /\p{L}/u.test(c)).length;

/** LIX: words per sentence + the percentage of words longer than six letters. */
export function lixOf(sentences: ReadonlyArray<ReadonlyArray<string>>): number {
  const words = sentences.flat();
  const long = words.filter((word) => letters(word) > 6).length;
  return words.length / sentences.length + (100 * long) / words.length;
}
