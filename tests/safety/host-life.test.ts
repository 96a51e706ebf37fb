// The host's life on the assessment form, the conversation guide and the composed view: see
// host-life.ts for the actions and the three invariants. A failure prints its seed, its path and the
// shrunk actions; `runHostLife(kind, { seed, numRuns: 1, path })` replays it.
import { expect } from '@open-wc/testing';
import { runHostLife, type Action, type ElementKind, type Invariant } from './host-life.js';

interface Life {
  readonly kind: ElementKind;
  readonly seed: number;
  readonly numRuns: number;
  readonly invariants: ReadonlyArray<Invariant>;
  readonly without: ReadonlyArray<Action['kind']>;
  readonly what: string;
}

const lives: ReadonlyArray<Life> = [
  {
    kind: 'spor-assessment-form',
    seed: 1901,
    numRuns: 12,
    invariants: [1, 3],
    without: [],
    what: "keep each person's text to them, and lose none",
  },
  {
    kind: 'spor-conversation-guide',
    seed: 1911,
    numRuns: 8,
    invariants: [1, 2, 3],
    without: [],
    what: "keep each person's text to them, resilience to the current consent, and lose none",
  },
  {
    kind: 'spor-progress-conversation',
    seed: 1921,
    numRuns: 6,
    invariants: [1, 2, 3],
    without: [],
    what: "keep each person's text to them, resilience to the current consent, and lose none",
  },
];

describe("safety net: the host's life", function () {
  this.timeout(120_000);

  for (const { kind, seed, numRuns, invariants, without, what } of lives) {
    const leftOut = without.length > 0 ? ` (no ${without.join(', ')})` : '';
    it(`<${kind}>: ${numRuns} generated host lives${leftOut} ${what}`, async () => {
      const { failure, counts } = await runHostLife(kind, { seed, numRuns, invariants, without });
      if (failure) expect.fail(failure);
      // The lives did something worth checking: people typed and the host switched person.
      expect(counts.typed, 'chunks typed').to.be.greaterThan(numRuns);
      expect(counts.switches, 'switches of person').to.be.greaterThan(numRuns / 2);
    });
  }
});
