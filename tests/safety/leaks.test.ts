// The safety net, part 2: leaks. Each element is mounted and unmounted 200 times, and given new
// `data` 200 times while mounted; afterwards the observers and the window/document listeners the
// kit registered are back to what they were, and so are the DOM nodes and event listeners the
// browser counts (Chrome's Memory.getDOMCounters, after a forced garbage collection).
import './counting-shim.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cohortReport, samplePersonas, syntheticCohort } from '../../src/index.js';
import { progressData } from '../fixtures/progress-data.js';
import { registered, type Registered } from './counting-shim.js';
import { settle } from './inspect.js';

const cycles = 200;
const warmUp = 10;
/**
 * Nodes Chrome may still count after a forced collection (style and layout caches): far fewer than
 * one element's shadow tree, of which a leak would leave 200.
 */
const nodeSlack = 60;
const listenerSlack = 20;

interface DomCounters {
  readonly documents: number;
  readonly nodes: number;
  readonly jsEventListeners: number;
}

const domCounters = () => executeServerCommand<DomCounters, undefined>('dom-counters');

/** A small young person, and a slice of a persona: quick to draw 200 times. */
const small = () => progressData();
const slice = () => {
  const simon = structuredClone(samplePersonas[0]!);
  return {
    ...simon,
    assessments: simon.assessments.filter((a) => a.date < '2026-02-01'),
    conversations: simon.conversations.filter((c) => c.date < '2026-02-01'),
  };
};
/** Inputs to change between: valid, invalid, missing. */
const changes: ReadonlyArray<() => unknown> = [
  slice,
  () => ({ ...small(), participant: undefined }),
  small,
  () => null,
  () => ({ ...small(), assessments: [{ id: 'x', date: '2026-02-30' }] }),
];

interface Kind {
  /** The tag, and for the test's name the attributes `setup` sets. */
  readonly tag: string;
  readonly setup: (el: HTMLElement, data: unknown) => void;
}

const withData =
  (attributes: Record<string, string> = {}) =>
  (el: HTMLElement, data: unknown) => {
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    Object.assign(el, { data, audience: 'counsellor' });
  };

/** Cohort outcomes of a few sizes, made once; an odd size stands for outcomes with names sent along. */
const outcomesBySize = new Map<number, unknown>();
const outcomesOf = (n: number) => {
  if (!outcomesBySize.has(n)) {
    const cohort = syntheticCohort({
      size: 30 + n * 10,
      from: '2025-01-01',
      to: '2026-06-30',
      asOf: '2026-11-30',
    });
    const outcomes = cohortReport(cohort, { period: '2026-H1', today: '2026-11-30' });
    outcomesBySize.set(n, n % 2 ? { ...outcomes, names: ['Simon'] } : outcomes);
  }
  return outcomesBySize.get(n);
};

const kinds: ReadonlyArray<Kind> = [
  { tag: 'spor-trend-chart split-raters', setup: withData({ 'split-raters': '' }) },
  { tag: 'spor-trend-chart series="traits"', setup: withData({ series: 'traits' }) },
  { tag: 'spor-trait-star', setup: withData() },
  { tag: 'spor-trait-star variant="slopes"', setup: withData({ variant: 'slopes' }) },
  { tag: 'spor-dimension-summary', setup: withData() },
  { tag: 'spor-data-table', setup: withData() },
  { tag: 'spor-conversation-guide', setup: withData({ date: '2026-04-30' }) },
  { tag: 'spor-progress-conversation', setup: withData({ date: '2026-04-30' }) },
  { tag: 'spor-follow-up-plan', setup: withData({ today: '2026-04-30' }) },
  { tag: 'spor-week-hours', setup: withData() },
  { tag: 'spor-my-progress', setup: withData() },
  { tag: 'spor-experience-log', setup: withData({ today: '2026-04-30' }) },
  {
    tag: 'spor-conversation-summary',
    setup: (el, data) => {
      withData()(el, data);
      Object.assign(el, {
        record: { id: 'c', date: '2026-04-30', promptSet: 'nextwork', answers: { changes: 'x' } },
      });
    },
  },
  {
    tag: 'spor-sparkline',
    setup: (el, data) => {
      const n = data === null ? 0 : JSON.stringify(data).length % 7;
      Object.assign(el, { values: [1, 2, null, 3, 4 + n], min: 1, max: 5 });
    },
  },
  {
    tag: 'spor-cohort-outcomes',
    setup: (el, data) => {
      Object.assign(el, { outcomes: data === null ? null : outcomesOf(JSON.stringify(data).length % 5) });
    },
  },
  {
    tag: 'spor-assessment-form',
    setup: (el, data) => {
      const participant = (data as { participant?: unknown } | null)?.participant;
      Object.assign(el, { participant, instrument: 'weekly-company', date: '2026-04-30' });
    },
  },
];

async function snapshot(): Promise<{ kit: Registered; dom: DomCounters }> {
  // Let rAF callbacks and timers of the last element run before counting.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return { kit: registered(), dom: await domCounters() };
}

function expectBack(
  before: { kit: Registered; dom: DomCounters },
  after: { kit: Registered; dom: DomCounters },
) {
  expect(after.kit.listenerTypes, 'listeners on window and document').to.deep.equal(before.kit.listenerTypes);
  expect(after.kit.mutationObservers, 'observing MutationObservers').to.equal(before.kit.mutationObservers);
  expect(after.kit.resizeObservers, 'observing ResizeObservers').to.equal(before.kit.resizeObservers);
  expect(after.dom.documents, 'documents').to.equal(before.dom.documents);
  expect(after.dom.nodes, `DOM nodes (before: ${before.dom.nodes})`).to.be.at.most(
    before.dom.nodes + nodeSlack,
  );
  expect(
    after.dom.jsEventListeners,
    `event listeners (before: ${before.dom.jsEventListeners})`,
  ).to.be.at.most(before.dom.jsEventListeners + listenerSlack);
}

describe('safety net: leaks', function () {
  this.timeout(120_000);
  const container = document.createElement('div');
  container.style.width = '800px';
  before(() => document.body.append(container));
  after(() => container.remove());

  it('counts the observers and listeners it is meant to count', async () => {
    const before = registered();
    const mutation = new MutationObserver(() => undefined);
    mutation.observe(document.body, { childList: true });
    const resize = new ResizeObserver(() => undefined);
    resize.observe(document.body);
    const listener = () => undefined;
    globalThis.addEventListener('pagehide', listener);
    document.addEventListener('visibilitychange', listener, { capture: true });
    const during = registered();
    expect(during.mutationObservers - before.mutationObservers).to.equal(1);
    expect(during.resizeObservers - before.resizeObservers).to.equal(1);
    expect(during.listeners - before.listeners).to.equal(2);
    const nodes = (await domCounters()).nodes;
    const extra = Array.from({ length: 500 }, () => document.createElement('span'));
    container.append(...extra);
    expect((await domCounters()).nodes - nodes).to.be.at.least(500);
    extra.forEach((node) => node.remove());
    mutation.disconnect();
    resize.disconnect();
    globalThis.removeEventListener('pagehide', listener);
    document.removeEventListener('visibilitychange', listener, { capture: true });
    expect(registered()).to.deep.equal(before);
  });

  for (const kind of kinds) {
    const mountOnce = async (data: unknown) => {
      const el = document.createElement(kind.tag.split(' ')[0]!);
      kind.setup(el, data);
      container.append(el);
      await settle(el);
      return el;
    };

    it(`<${kind.tag}> mounted and unmounted ${cycles} times gives back what it registered`, async () => {
      const cycle = async (n: number) => {
        for (let i = 0; i < n; i++) (await mountOnce(i % 2 ? small() : slice())).remove();
      };
      // Warm up: templates and styles are made once per page, not per element.
      await cycle(warmUp);
      const before = await snapshot();
      await cycle(cycles);
      expectBack(before, await snapshot());
    });

    it(`<${kind.tag}> given new data ${cycles} times keeps what it registered`, async () => {
      const el = await mountOnce(small());
      try {
        for (let i = 0; i < 3; i++) {
          kind.setup(el, changes[i % changes.length]!());
          await settle(el);
        }
        kind.setup(el, small());
        await settle(el);
        const before = await snapshot();
        for (let i = 0; i < cycles; i++) {
          kind.setup(el, changes[i % changes.length]!());
          await settle(el);
        }
        // The same input as before the changes, as a new object: the same drawing.
        kind.setup(el, small());
        await settle(el);
        expectBack(before, await snapshot());
      } finally {
        el.remove();
      }
    });
  }
});
