// The lives that found the person-boundary defects (a finished summary, a kept value, an old
// record's consent, data invalid while typing, a switch within 300 ms of the last key), each as
// short as it gets, and more generated lives on other seeds with every action. See host-life.ts.
import { expect } from '@open-wc/testing';
import { liveOnce, runHostLife, type Action, type ElementKind } from './host-life.js';

const generated: ReadonlyArray<{ kind: ElementKind; seed: number; numRuns: number }> = [
  { kind: 'spor-conversation-guide', seed: 1931, numRuns: 10 },
  { kind: 'spor-progress-conversation', seed: 1941, numRuns: 8 },
];

const type: Action = { kind: 'type', via: 'keys', field: 0 };

/** The lives that found the defects, each as short as it gets. */
const fixedLives: ReadonlyArray<{ what: string; kind: ElementKind; actions: ReadonlyArray<Action> }> = [
  {
    what: "Simon agrees and finishes, the host shows Liv: no Simon's answers, no Liv's resilience",
    kind: 'spor-progress-conversation',
    actions: [type, { kind: 'consent-switch' }, { kind: 'finish' }, { kind: 'switch', to: 'liv' }],
  },
  {
    what: "a value kept while data switches to Liv: Simon's answer never on Liv's screen, stored or sent",
    kind: 'spor-conversation-guide',
    actions: [
      { kind: 'value', date: 'today', consent: false },
      { kind: 'switch', to: 'liv' },
      { kind: 'type', via: 'input', field: 0 },
      { kind: 'wait' },
    ],
  },
  {
    what: "the last conversation's record (with consent) as value: no resilience before anyone is asked",
    kind: 'spor-conversation-guide',
    actions: [{ kind: 'value', date: 'other', consent: true }, { kind: 'wait' }],
  },
  {
    what: 'data invalid for a moment while typing in the composed view: nothing typed is lost',
    kind: 'spor-progress-conversation',
    actions: [type, { kind: 'blip', how: 'invalid', typing: true }, { kind: 'wait' }],
  },
  {
    what: "a switch within 300 ms of the last key: Simon's change fires first with everything typed",
    kind: 'spor-conversation-guide',
    actions: [type, { kind: 'switch', to: 'liv' }, { kind: 'wait' }],
  },
  {
    what: "a switch within 300 ms of the last key in the composed view: Simon's change fires first",
    kind: 'spor-progress-conversation',
    actions: [type, { kind: 'switch', to: 'rasmus' }, { kind: 'wait' }],
  },
];

describe("safety net: the host's life, pending the guide's and the composed view's fixes", function () {
  this.timeout(120_000);

  for (const { what, kind, actions } of fixedLives) {
    it(`<${kind}>: ${what}`, async () => {
      expect(await liveOnce(kind, actions)).to.deep.equal([]);
    });
  }

  for (const { kind, seed, numRuns } of generated) {
    it(`<${kind}>: ${numRuns} generated host lives with every action keep all three invariants`, async () => {
      const { failure, counts } = await runHostLife(kind, { seed, numRuns });
      if (failure) expect.fail(failure);
      expect(counts.typed, 'chunks typed').to.be.greaterThan(numRuns);
      expect(counts.switches, 'switches of person').to.be.greaterThan(numRuns / 2);
    });
  }
});
