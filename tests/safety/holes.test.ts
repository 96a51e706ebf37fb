// Holes: a host that builds a list with `new Array(n)` or deletes an entry hands the kit a sparse
// array. `every`, `map` and `forEach` skip a hole, so a check can pass over one that a later loop
// then reads as undefined. For every list in a persona's data (and the framework and prompt set a
// host may pass), a hole is made at the start, in the middle and at the end, and set on one live
// element of each kind: nothing may reach the page, and it shows a drawing or its error state.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { nextworkFramework, samplePersonas } from '../../src/core/index.js';
import { PageWatch, problemsOf, settle } from './inspect.js';

type Path = ReadonlyArray<string | number>;

/** The paths of every list in `value`, looking into the first two entries of each list only. */
function listPaths(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    found.push(path);
    value.slice(0, 2).forEach((entry, i) => listPaths(entry, [...path, i], found));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, entry] of Object.entries(value)) listPaths(entry, [...path, key], found);
  }
  return found;
}

/** A copy of `value` (lists stay lists, holes stay holes) with the list at `path` given a hole. */
function withHole(value: unknown, path: Path, where: 'start' | 'middle' | 'end'): unknown {
  const copy = structuredCloneWithFunctions(value);
  let list: unknown = copy;
  for (const key of path) list = (list as Record<string | number, unknown>)[key];
  const array = list as unknown[];
  if (where === 'end') array.length += 1;
  // A hole, not an undefined entry: `i in array` is false.
  else Reflect.deleteProperty(array, where === 'start' ? 0 : Math.floor(array.length / 2));
  return copy;
}

function structuredCloneWithFunctions(value: unknown): unknown {
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array<unknown>(value.length);
    value.forEach((entry, i) => (copy[i] = structuredCloneWithFunctions(entry)));
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structuredCloneWithFunctions(v)]));
  }
  return value;
}

const simon = samplePersonas[0]!;
/** Simon's data with the framework written out, so its lists can have holes too. */
const withFramework = { ...simon, framework: nextworkFramework };

interface Kind {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** The property set, and the value it is made from. */
  readonly property: string;
  readonly value: unknown;
  readonly others?: Readonly<Record<string, unknown>>;
}

const dataKinds: ReadonlyArray<Pick<Kind, 'tag' | 'attributes'>> = [
  { tag: 'spor-trend-chart', attributes: { series: 'traits', 'split-raters': '' } },
  { tag: 'spor-trait-star', attributes: {} },
  { tag: 'spor-dimension-summary', attributes: {} },
  { tag: 'spor-data-table', attributes: { series: 'traits' } },
  { tag: 'spor-conversation-guide', attributes: { date: '2026-11-06' } },
  { tag: 'spor-progress-conversation', attributes: { date: '2026-11-06' } },
  { tag: 'spor-follow-up-plan', attributes: { today: '2026-11-06' } },
  { tag: 'spor-week-hours', attributes: {} },
  { tag: 'spor-my-progress', attributes: {} },
  { tag: 'spor-experience-log', attributes: { today: '2026-11-06' } },
];

const kinds: ReadonlyArray<Kind> = [
  ...dataKinds.map((kind) => ({ ...kind, property: 'data', value: withFramework })),
  {
    tag: 'spor-conversation-guide',
    attributes: { date: '2026-11-06' },
    property: 'promptSet',
    value: {
      id: 'own',
      label: { da: 'Vores samtale' },
      prompts: [
        { id: 'a', text: { da: 'Hvad gik godt?' } },
        { id: 'b', text: { da: 'Hvad vil du prøve?' } },
      ],
    },
    others: { data: simon },
  },
  { tag: 'spor-sparkline', attributes: { label: 'Initiativ' }, property: 'values', value: [3, 3.5, null, 4] },
  {
    tag: 'spor-assessment-form',
    attributes: { instrument: 'weekly-company', date: '2026-11-06' },
    property: 'framework',
    value: nextworkFramework,
    others: { participant: { id: 'y-1', displayName: 'Simon' }, rater: { role: 'company', id: 'mentor-1' } },
  },
];

describe('holes in every list', () => {
  const watch = new PageWatch();

  for (const kind of kinds) {
    it(`<${kind.tag}> .${kind.property}: a hole at the start, middle or end of any list never throws`, async () => {
      const paths = listPaths(kind.value);
      expect(paths.length).to.be.greaterThan(0);
      const container = document.createElement('div');
      container.style.width = '800px';
      const el = document.createElement(kind.tag);
      for (const [name, value] of Object.entries(kind.attributes)) el.setAttribute(name, value);
      Object.assign(el, { locale: 'da', ...kind.others });
      container.append(el);
      document.body.append(container);
      const problems: string[] = [];
      watch.take();
      watch.start();
      try {
        for (const path of paths) {
          for (const where of ['start', 'middle', 'end'] as const) {
            Object.assign(el, { [kind.property]: withHole(kind.value, path, where) });
            try {
              await settle(el);
            } catch (error) {
              watch.seen.push(`update failed: ${String(error)}`);
            }
            await new Promise((resolve) => setTimeout(resolve, 0));
            const found = [...watch.take(), ...problemsOf(el)];
            if (found.length > 0)
              problems.push(`${path.join('.')} (${where}): ${found.slice(0, 2).join('; ')}`);
          }
        }
      } finally {
        watch.stop();
        container.remove();
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
