// What the safety net looks at on a live element: everything a person can see or a screen reader
// can read in its shadow tree (nested shadow roots too), and what reaches the host page.
import {
  aggregate,
  isCalendarDate,
  parseProgressData,
  resolveFramework,
  selfReadingsOf,
  selfSeriesOf,
} from '../../src/core/index.js';

/** Numbers gone wrong, as a person would read them. `∞` is how `Intl` writes Infinity. */
const brokenNumber = /NaN|undefined|Infinity|∞/;
/** Elements that could only be there if host text had been parsed as markup. */
const injectedTags = new Set(['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'SPOR-EVIL', 'B']);

interface Updatable extends Element {
  readonly updateComplete: Promise<unknown>;
  readonly isUpdatePending?: boolean;
}

const isUpdatable = (node: Element): node is Updatable =>
  'updateComplete' in node && (node as Partial<Updatable>).updateComplete instanceof Promise;

/** Every element in the tree below `root`, through every shadow root. */
export function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const child of Array.from(root.children)) {
    yield child;
    yield* deepElements(child);
  }
  if (root instanceof Element && root.shadowRoot) yield* deepElements(root.shadowRoot);
}

/** Waits until the element and every element it renders have finished updating. */
export async function settle(el: Element): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const pending = [el, ...deepElements(el)].filter(isUpdatable);
    await Promise.all(pending.map((p) => p.updateComplete));
    const isStill = [el, ...deepElements(el)].some((p) => isUpdatable(p) && p.isUpdatePending === true);
    if (!isStill) return;
  }
  throw new Error('the element kept updating after 20 rounds');
}

/** What went wrong on screen: an empty list when the element looks right. */
export function problemsOf(el: Element): string[] {
  const problems: string[] = [];
  const root = el.shadowRoot;
  if (!root) return ['no shadow root'];
  visit(root, problems);
  const errors = [...deepElements(root)].filter((e) => e.matches('[part~="error"]'));
  const drawings = [...root.querySelectorAll('[part~="base"], .empty, [part~="empty"]')];
  if (errors.length === 0 && drawings.length === 0) {
    problems.push(`neither a drawing nor the error state: ${snippet(root.textContent ?? '')}`);
  }
  if (errors.length > 0 && drawings.length > 0) {
    const where = errors.map((e) => hostPath(e)).join(', ');
    problems.push(
      `a drawing and an error state at once (error in ${where}): ${snippet(errors[0]!.textContent ?? '')}`,
    );
  }
  return problems;
}

/** Whether the element shows its own error state (not a nested one). */
export function showsError(el: Element): boolean {
  return el.shadowRoot?.querySelector('[part~="error"]') != null;
}

/**
 * Whether the element tells of a problem with its input: its error state, or, where a person is in
 * the middle of typing, the notice that keeps their work on screen (issue 9, defect #1).
 */
export function showsProblem(el: Element): boolean {
  return showsError(el) || el.shadowRoot?.querySelector('[part~="input-notice"]') != null;
}

function visit(root: Element | ShadowRoot, problems: string[]): void {
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      if (brokenNumber.test(text)) problems.push(`text ${hostPath(node)}: ${snippet(text)}`);
      if (text.includes('\u202E') && !isIsolated(node)) {
        problems.push(`text not in a bidi isolate ${hostPath(node)}: ${snippet(text)}`);
      }
    } else if (node instanceof Element) {
      if (injectedTags.has(node.tagName)) problems.push(`markup from host text: <${node.localName}>`);
      for (const attribute of Array.from(node.attributes)) {
        if (brokenNumber.test(attribute.value)) {
          problems.push(`${hostPath(node)} ${attribute.name}="${snippet(attribute.value)}"`);
        }
        if (attribute.name.startsWith('on')) problems.push(`event handler attribute ${attribute.name}`);
      }
      visit(node, problems);
      if (node.shadowRoot) visit(node.shadowRoot, problems);
    }
  }
}

/**
 * A text with a right-to-left override is isolated when it alone sits in an element whose
 * `unicode-bidi` isolates it (a `<bdi>`, or `unicode-bidi: isolate`): the override then cannot
 * reverse the kit's words around it.
 */
function isIsolated(node: Node): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  const bidi = getComputedStyle(parent).unicodeBidi;
  const isIsolating = bidi === 'isolate' || bidi === 'isolate-override' || bidi === 'plaintext';
  return isIsolating && (parent.textContent ?? '').trim() === (node.textContent ?? '').trim();
}

function hostPath(node: Node): string {
  const names: string[] = [];
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const part = current.getAttribute('part');
      const cls = current.getAttribute('class');
      names.unshift(`${current.localName}${part ? `[part=${part}]` : cls ? `.${cls.split(' ')[0]}` : ''}`);
    }
    const parent: Node | null = current.parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent;
    if (current === document.body) break;
  }
  return names.slice(-4).join(' > ');
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 160)}… (${flat.length} chars)` : flat;
}

/** Collects what reaches the host page: uncaught errors, rejections and `console.error`. */
export class PageWatch {
  readonly seen: string[] = [];
  private readonly original = console.error;
  private readonly onError = (event: ErrorEvent) => {
    this.seen.push(`error: ${event.message}`);
  };
  private readonly onRejection = (event: PromiseRejectionEvent) => {
    this.seen.push(`unhandledrejection: ${String(event.reason)}`);
  };

  start(): void {
    globalThis.addEventListener('error', this.onError);
    globalThis.addEventListener('unhandledrejection', this.onRejection);
    console.error = (...args: unknown[]) => {
      this.seen.push(`console.error: ${args.map(String).join(' ')}`);
    };
  }

  stop(): void {
    globalThis.removeEventListener('error', this.onError);
    globalThis.removeEventListener('unhandledrejection', this.onRejection);
    console.error = this.original;
  }

  take(): string[] {
    return this.seen.splice(0);
  }
}

/**
 * What the host's accepted data promises the charts: every date a real `YYYY-MM-DD`, and every
 * rating counted in its item's series, or a young person's own reading of a trait in their own
 * series of it (`selfSeriesOf`): none silently dropped. Empty when `data` is rejected.
 */
export function broken(data: unknown): string[] {
  const parsed = parseProgressData(data);
  if (!parsed.ok) return [];
  const problems: string[] = [];
  const { assessments, placements, conversations } = parsed.data;
  const dates = [
    ...assessments.map((a, i) => [`assessments[${i}].date`, a.date] as const),
    ...placements.flatMap((p, i) => [
      [`placements[${i}].start`, p.start] as const,
      ...(p.end === undefined ? [] : [[`placements[${i}].end`, p.end] as const]),
    ]),
    ...conversations.map((c, i) => [`conversations[${i}].date`, c.date] as const),
    ...(parsed.data.experiences ?? []).map((e, i) => [`experiences[${i}].date`, e.date] as const),
  ];
  for (const [path, date] of dates) {
    if (!isCalendarDate(date)) problems.push(`accepted ${path} became "${date}", not YYYY-MM-DD`);
  }
  const given = new Map<string, number>();
  for (const a of assessments) {
    for (const [item, rating] of Object.entries(a.ratings)) {
      if (rating !== null)
        given.set(`${a.instrument}.${item}`, (given.get(`${a.instrument}.${item}`) ?? 0) + 1);
    }
  }
  const { items } = aggregate(parsed.data);
  const framework = resolveFramework(parsed.data.framework);
  const own = selfSeriesOf(parsed.data);
  const ownTrait = new Map(
    (framework ? selfReadingsOf(framework) : []).map((reading) => [reading.ref, reading.trait.id]),
  );
  for (const [id, count] of given) {
    const trait = ownTrait.get(id);
    const series = trait === undefined ? items[id] : own[trait];
    const counted = (series?.points ?? []).reduce((sum, p) => sum + p.count, 0);
    if (counted !== count) problems.push(`${id}: ${count} ratings given, ${counted} counted`);
  }
  return problems;
}
