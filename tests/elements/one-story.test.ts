// One story of change (docs/design.md; issue 10): every number that the trait star, the dimension
// cards, the conversation guide and the trend chart's summary show for a series is the same
// number. The numbers are read the way a person reads them: out of the text in the shadow roots.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/spor-progress-conversation/spor-progress-conversation.js';
import '../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import '../../src/elements/spor-dimension-summary/spor-dimension-summary.js';
import '../../src/elements/spor-trait-star/spor-trait-star.js';
import '../../src/elements/spor-trend-chart/spor-trend-chart.js';
import type { SporProgressConversation } from '../../src/elements/spor-progress-conversation/spor-progress-conversation.component.js';
import {
  nextworkFramework,
  samplePersonas,
  type ProgressData,
  type ProgressDataInput,
} from '../../src/core/index.js';
import { progressData } from '../fixtures/progress-data.js';

/** The conversation's date: a week after the personas' last data, after every earlier conversation. */
const date = '2026-11-13';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };
type Kind = 'now' | 'before' | 'delta';
interface Seen {
  readonly where: string;
  readonly kind: Kind;
  readonly value: number;
}

/** English labels → series ids; dimensions and traits first, an item only under a label of its own. */
const idsByLabel = (() => {
  const ids = new Map<string, string>();
  const add = (label: string, id: string) => void (ids.has(label) || ids.set(label, id));
  for (const d of nextworkFramework.dimensions) add(d.label.en ?? d.id, d.id);
  for (const t of nextworkFramework.traits) add(t.label.en ?? t.id, t.id);
  for (const instrument of nextworkFramework.instruments)
    for (const item of instrument.items) add(item.label.en ?? item.id, `${instrument.id}.${item.id}`);
  return ids;
})();
const labels = [...idsByLabel.keys()].sort((a, b) => b.length - a.length);

/** A number as the kit writes it in English ("3.8", "−0.5"). */
const numberIn = (text: string): number => Number(text.replace('−', '-'));
const decimals = (text: string): number[] => [...text.matchAll(/[-−+]?\d+\.\d+/g)].map((m) => numberIn(m[0]));
const clean = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The series a sentence is about: the longest known label it starts with. */
function seriesOf(text: string): { id: string; rest: string } | undefined {
  const label = labels.find((l) => text.startsWith(l));
  return label === undefined ? undefined : { id: idsByLabel.get(label)!, rest: text.slice(label.length) };
}

/** The numbers in one of the model's change sentences (`changeSentenceOf`), by what they say. */
function fromSentence(text: string): { id: string; seen: Array<[Kind, number]> } | undefined {
  const found = seriesOf(text);
  if (!found) return undefined;
  const { id, rest } = found;
  const n = decimals(rest);
  // Issue 22: "Cooperation: higher, from 3.0 before 30 September to 3.8 now", and the guide's short
  // line as heard, "Cooperation: a little lower, from 3.8 to 3.5".
  if (/^: (a little higher|higher|a little lower|lower), from/.test(rest)) {
    return {
      id,
      seen: [
        ['before', n[0]!],
        ['now', n[1]!],
      ],
    };
  }
  // A steady one says its value now alone: "steady since 30 September, 3.0 now", "steady, 3.0".
  if (/^: steady(,| since)/.test(rest)) return { id, seen: [['now', n[0]!]] };
  if (rest.startsWith(' was measured for the first time')) return { id, seen: [['now', n[0]!]] };
  if (rest.startsWith(' has not been measured since')) return { id, seen: [['before', n[0]!]] };
  if (rest.startsWith(' is ')) return { id, seen: [['now', n[0]!]] };
  return { id, seen: [] };
}

class Ledger {
  readonly seen = new Map<string, Seen[]>();
  add(id: string, where: string, kind: Kind, value: number | undefined): void {
    if (value === undefined || Number.isNaN(value)) return;
    const list = this.seen.get(id) ?? [];
    list.push({ where, kind, value: kind === 'delta' ? Math.abs(value) : value });
    this.seen.set(id, list);
  }
  sentence(where: string, text: string): void {
    const read = fromSentence(clean(text));
    for (const [kind, value] of read?.seen ?? []) this.add(read!.id, where, kind, value);
  }
  /** Series by series, kind by kind: one number, wherever it is shown. */
  expectOneStory(name: string): void {
    for (const [id, seen] of this.seen) {
      for (const kind of ['now', 'before', 'delta'] as const) {
        const values = seen.filter((s) => s.kind === kind);
        const distinct = new Set(values.map((s) => s.value.toFixed(1)));
        expect(
          distinct.size,
          `${name}, ${id}, ${kind}: ${values.map((s) => `${s.where} ${s.value}`).join('; ')}`,
        ).to.be.at.most(1);
      }
    }
  }
  value(id: string, kind: Kind): number | undefined {
    return this.seen.get(id)?.find((s) => s.kind === kind)?.value;
  }
  sources(id: string): Set<string> {
    return new Set((this.seen.get(id) ?? []).map((s) => s.where));
  }
}

const rootOf = (el: Element): ShadowRoot => el.shadowRoot!;
const all = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];

/** The star: its summary sentences, its axis values, and the readout of every axis by keyboard. */
async function readStar(star: Updating, ledger: Ledger): Promise<void> {
  const root = rootOf(star);
  for (const li of all(root, '[part~="summary"] li')) ledger.sentence('star summary', li.textContent);
  // The radar's labels: the name, then "now" and (for the marked ones) the signed change.
  const names = all(root, '.axis-label').map((t) => clean(t.textContent));
  all(root, '.axis-value').forEach((t, i) => {
    const id = idsByLabel.get(names[i] ?? '');
    if (!id) return;
    const [now, delta] = decimals(t.textContent ?? '');
    ledger.add(id, 'star axis', 'now', now);
    ledger.add(id, 'star axis', 'delta', delta);
  });
  // The slopes' labels (on a narrow screen): the signed change, or "now" without one.
  for (const li of all(root, '.slope-labels li')) {
    const found = seriesOf(clean(li.textContent));
    const text = clean(li.querySelector('.change-text')?.textContent);
    if (found && /^[+−-]/.test(text)) ledger.add(found.id, 'star slopes', 'delta', numberIn(text));
    else if (found) ledger.add(found.id, 'star slopes', 'now', decimals(text)[0]);
  }
  const plot = root.querySelector<HTMLElement>('.plot')!;
  plot.focus();
  for (let i = 0; i < names.length || i < 6; i += 1) {
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await star.updateComplete;
    const text = clean(root.querySelector('.readout')?.textContent);
    const match = /^(.+): now ([^,]+), last time (.+)\.$/.exec(text);
    const id = match ? idsByLabel.get(match[1]!) : undefined;
    if (!match || !id) continue;
    ledger.add(id, 'star readout', 'now', decimals(match[2]!)[0]);
    ledger.add(id, 'star readout', 'before', decimals(match[3]!)[0]);
  }
  plot.blur();
}

/** The dimension cards: the value now, and the change in the arrow's words. */
function readCards(summary: Element, ledger: Ledger): void {
  for (const card of all(rootOf(summary), '[part~="card"]')) {
    const id = idsByLabel.get(clean(card.querySelector('.label')?.textContent));
    if (!id) continue;
    ledger.add(
      id,
      'card value',
      'now',
      decimals(card.querySelector('[part~="value"]')?.textContent ?? '')[0],
    );
    ledger.add(
      id,
      'card change',
      'delta',
      decimals(card.querySelector('[part~="change"]')?.textContent ?? '')[0],
    );
  }
}

/**
 * The guide's first step: what changed (rises, dips, steady; the whole list, opened or not), or
 * where things stand at a first conversation. A short line is read twice: as it is heard (its
 * words, without the symbol and the arrow) and as it is seen ("3.0 → 3.8").
 */
function readChanges(guide: Element, ledger: Ledger): void {
  for (const li of all(rootOf(guide), '.change')) {
    const values = li.querySelector('.values')?.textContent ?? '';
    const mark = li.querySelector('.mark')?.textContent ?? '';
    const heard = (li.textContent ?? '').replace(values, '').replace(mark, '');
    ledger.sentence('guide changes', heard);
    const id = li.dataset['series'];
    const [before, now] = decimals(values);
    if (id && now !== undefined) {
      ledger.add(id, 'guide line', 'before', before);
      ledger.add(id, 'guide line', 'now', now);
    }
  }
}

/** The focus step: each area's "Now 3.0 · rose 1.0", and how last time's focus went. */
function readAreas(guide: Element, ledger: Ledger): void {
  const root = rootOf(guide);
  for (const area of all(root, '.area')) {
    const label = clean(area.querySelector('.area-label')?.textContent).replace(/, overall$/, '');
    const id = idsByLabel.get(label);
    const value = clean(area.querySelector('.area-value')?.textContent);
    const match = /^Now (\S+)(?: · (rose|dipped) (\S+))?/.exec(value);
    if (!id || !match) continue;
    ledger.add(id, 'guide focus', 'now', numberIn(match[1]!));
    if (match[3]) ledger.add(id, 'guide focus', 'delta', numberIn(match[3]));
  }
}

function readTrendSummary(chart: Element, ledger: Ledger, where: string): void {
  for (const li of all(rootOf(chart), '[part~="summary"] li')) ledger.sentence(where, li.textContent);
}

async function settle(el: SporProgressConversation): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    const guide = rootOf(el).querySelector<Updating>('.guide');
    await guide?.updateComplete;
    for (const child of all(rootOf(el), '.charts *') as Updating[]) await child.updateComplete;
  }
}

async function conversationView(data: unknown): Promise<SporProgressConversation> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement('spor-progress-conversation');
  Object.assign(el, { date, locale: 'en', data });
  wrapper.append(el);
  await settle(el);
  return el;
}

async function clickInGuide(el: SporProgressConversation, selector: string): Promise<void> {
  const guide = rootOf(el).querySelector('.guide')!;
  rootOf(guide).querySelector<HTMLElement>(selector)!.click();
  await settle(el);
}

/** Everything the composed view shows, step by step: the star, the cards, the guide and the chart. */
async function readConversation(el: SporProgressConversation): Promise<Ledger> {
  const ledger = new Ledger();
  const root = rootOf(el);
  const guide = root.querySelector('.guide')!;
  await readStar(root.querySelector<Updating>('spor-trait-star')!, ledger);
  readCards(root.querySelector('spor-dimension-summary')!, ledger);
  readChanges(guide, ledger);
  for (let i = 0; i < 3; i += 1) await clickInGuide(el, '.next');
  readAreas(guide, ledger);
  readTrendSummary(root.querySelector('spor-trend-chart')!, ledger, 'chart summary (dimensions)');
  // A trait as the candidate draws all six traits; an item draws it beside its dimension.
  await clickInGuide(el, 'input[value="responsibility"]');
  readTrendSummary(root.querySelector('spor-trend-chart')!, ledger, 'chart summary (traits)');
  await clickInGuide(el, 'input[value="weekly-company.punctuality"]');
  readTrendSummary(root.querySelector('spor-trend-chart')!, ledger, 'chart summary (item)');
  return ledger;
}

// ---------------------------------------------------------------------------------------------
// The hand computation, from the raw ratings, by docs/design.md's words and nothing of the kit's:
// a week's value is the mean of its non-null ratings over raters; work readiness is the equal-
// weight mean of its five components that have a value that week (at least half the weight);
// the rolling mean at a week is the mean of the values of the weeks with a value among the 4 ISO
// weeks ending with it; "then" is read at the latest week ending on or before the last
// conversation, "now" at the latest week.

const day = 86_400_000;
/** The Monday (UTC ms) of the ISO week a `YYYY-MM-DD` date falls in. */
const mondayOf = (date: string): number => {
  const t = Date.parse(`${date}T00:00:00Z`);
  return t - ((new Date(t).getUTCDay() + 6) % 7) * day;
};

function weeklyValues(data: ProgressDataInput, items: ReadonlyArray<string>): Map<number, number> {
  const byWeek = new Map<number, Map<string, number[]>>();
  for (const a of data.assessments ?? []) {
    if (a.instrument !== 'weekly-company') continue;
    expect(a.date, 'a plain date: the week is the same in any time zone').to.match(/^\d{4}-\d{2}-\d{2}$/);
    const week = byWeek.get(mondayOf(a.date)) ?? new Map<string, number[]>();
    for (const item of items) {
      const rating = (a.ratings as Record<string, unknown>)[item];
      if (typeof rating === 'number') week.set(item, [...(week.get(item) ?? []), rating]);
    }
    byWeek.set(mondayOf(a.date), week);
  }
  const mean = (xs: ReadonlyArray<number>) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const values = new Map<number, number>();
  for (const [monday, week] of byWeek) {
    const components = items.flatMap((item) => (week.get(item)?.length ? [mean(week.get(item)!)] : []));
    if (components.length * 2 >= items.length) values.set(monday, mean(components));
  }
  return values;
}

function handChange(
  data: ProgressDataInput,
  items: ReadonlyArray<string>,
  lastConversation: string,
): { before: number; now: number; delta: number } {
  const values = weeklyValues(data, items);
  const rolling = (monday: number) => {
    const inWindow = [...values].filter(([m]) => m <= monday && m > monday - 4 * 7 * day).map(([, v]) => v);
    return inWindow.reduce((s, v) => s + v, 0) / inWindow.length;
  };
  const weeks = [...values.keys()].sort((a, b) => a - b);
  const end = Date.parse(`${lastConversation}T00:00:00Z`);
  // A week ends on its Sunday: Monday + 6 days.
  const thenWeek = weeks.filter((m) => m + 6 * day <= end).at(-1)!;
  const nowWeek = weeks.at(-1)!;
  const before = rolling(thenWeek);
  const now = rolling(nowWeek);
  return { before, now, delta: now - before };
}

const workReadiness = ['responsibility', 'social', 'cooperation', 'punctuality', 'productivity'];
/**
 * One decimal, as shown, half away from zero (Intl's rounding), on the exact sum: 3.6 − 3.35 is
 * 0.25 to a person, though 0.2499999999999996 to the floating point of a hand computation.
 */
const round = (x: number) => Math.round(Number((x * 10).toFixed(6))) / 10;
const lastConversationOf = (data: ProgressDataInput) =>
  (data.conversations ?? [])
    .map((c) => c.date)
    .sort()
    .at(-1)!;

/**
 * Comparisons left out because the elements agree with each other but not with the rule. None
 * today: Rasmus' work readiness "last time" (4.15, once 4.1499999999999995 and shown 4,1) is now
 * rounded in core as every value of the aggregation is, and shows 4,2.
 */
const knownDisagreements = new Set<string>([]);

// ---------------------------------------------------------------------------------------------

const [simon, liv, rasmus] = samplePersonas as [ProgressData, ProgressData, ProgressData];
const datasets: ReadonlyArray<[string, ProgressDataInput]> = [
  ['Simon', simon],
  ['Liv', liv],
  ['Rasmus', rasmus],
  ['the fixture', progressData()],
];

describe('one story of change: the star, the cards, the guide and the chart say the same numbers', () => {
  beforeEach(() => sessionStorage.clear());

  for (const [name, data] of datasets) {
    it(`in the conversation view for ${name}`, async () => {
      const el = await conversationView(data);
      const ledger = await readConversation(el);
      // Every element had its say about work readiness and responsibility, so the check has teeth.
      for (const id of ['work-readiness', 'responsibility'])
        expect([...ledger.sources(id)].length, `${name}: ${id} is read in several places`).to.be.at.least(3);
      expect(ledger.sources('work-readiness')).to.include.keys(
        'card value',
        'guide focus',
        'chart summary (dimensions)',
      );
      expect(ledger.sources('responsibility')).to.include.keys(
        'star readout',
        'star summary',
        'chart summary (traits)',
      );
      ledger.expectOneStory(name);
      // And the number is the rule's, computed by hand from the raw ratings.
      const since = lastConversationOf(data);
      for (const [id, items] of [
        ['work-readiness', workReadiness],
        ['responsibility', ['responsibility']],
      ] as const) {
        const hand = handChange(data, items, since);
        for (const [kind, exact] of [
          ['now', hand.now],
          ['before', hand.before],
          ['delta', Math.abs(hand.delta)],
        ] as const) {
          const shown = ledger.value(id, kind);
          if (kind === 'delta' && shown === undefined) continue; // steady: no number is shown
          // Steady says its value now alone (issue 22): no "before" is shown for it, by the rule's
          // own threshold (0.25 on 1–5) over the hand-computed change.
          if (kind === 'before' && shown === undefined && Math.abs(hand.delta) < 0.25) continue;
          const what = `${name}, ${id}, ${kind}`;
          expect(shown, `${what}: shown`).to.be.a('number');
          // A change is shown as the difference of the two values shown (core's shownDeltaOf), so a
          // reader can check it: two roundings away from the exact delta at most.
          const rounding = kind === 'delta' ? 0.1 : 0.05;
          expect(Math.abs(shown! - exact), `${what}: within its rounding`).to.be.at.most(rounding + 1e-9);
          const expected = kind === 'delta' ? Math.abs(round(hand.now) - round(hand.before)) : round(exact);
          if (!knownDisagreements.has(`${name} ${id} ${kind}`))
            expect(shown, what).to.be.closeTo(expected, 1e-9);
        }
      }
      await expect(el).to.be.accessible();
    });
  }

  for (const [name, data] of datasets) {
    it(`in each element on its own, with its own "last time", for ${name}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px">
        <spor-trait-star .data=${data} locale="en"></spor-trait-star>
        <spor-dimension-summary .data=${data} locale="en"></spor-dimension-summary>
        <spor-trend-chart class="dimensions" .data=${data} series="dimensions" locale="en"></spor-trend-chart>
        <spor-trend-chart class="traits" .data=${data} series="traits" locale="en"></spor-trend-chart>
        <spor-conversation-guide .data=${data} date=${date} locale="en"></spor-conversation-guide>
      </div>`);
      const elements = all(wrapper, '*') as Updating[];
      for (const el of elements) await el.updateComplete;
      const ledger = new Ledger();
      const guide = wrapper.querySelector<Updating>('spor-conversation-guide')!;
      await readStar(wrapper.querySelector<Updating>('spor-trait-star')!, ledger);
      readCards(wrapper.querySelector('spor-dimension-summary')!, ledger);
      readTrendSummary(wrapper.querySelector('.dimensions')!, ledger, 'chart summary (dimensions)');
      readTrendSummary(wrapper.querySelector('.traits')!, ledger, 'chart summary (traits)');
      readChanges(guide, ledger);
      for (let i = 0; i < 3; i += 1) {
        rootOf(guide).querySelector<HTMLElement>('.next')!.click();
        await guide.updateComplete;
      }
      readAreas(guide, ledger);
      expect(ledger.sources('work-readiness').size, `${name}: work readiness read`).to.be.at.least(3);
      ledger.expectOneStory(name);
      for (const el of elements) await expect(el).to.be.accessible();
    });
  }

  it('pins the fixture by hand: work readiness 2.8 → 3.7, responsibility 3.0 → 4.0', async () => {
    // Weeks W10 W11 W12 — W14 W15 W16 W17 (tests/fixtures/progress-data.ts); the conversation is
    // Friday 20 March (W12, which ends Sunday 22 March), so "then" is read at W11.
    // Work readiness per week, the mean of responsibility, social, cooperation, punctuality and
    // productivity: W10 (3+2+3+2+3)/5 = 2.6, W11 3.0, W12 3.2, W14 3.4, W15 3.6, W16 3.8, W17 4.0.
    // Then: the 4 weeks W08–W11 hold W10 and W11: (2.6 + 3.0)/2 = 2.8.
    // Now: W14–W17: (3.4 + 3.6 + 3.8 + 4.0)/4 = 3.7. Change +0.9.
    // Responsibility: then (3 + 3)/2 = 3.0; now (4 + 4 + 4 + 4)/4 = 4.0. Change +1.0.
    const data = progressData();
    const hand = handChange(data, workReadiness, '2026-03-20');
    expect([round(hand.before), round(hand.now), round(hand.delta)]).to.deep.equal([2.8, 3.7, 0.9]);
    expect(handChange(data, ['responsibility'], '2026-03-20')).to.deep.equal({ before: 3, now: 4, delta: 1 });
    const el = await conversationView(data);
    const guide = rootOf(el).querySelector('.guide')!;
    // The window is said once (issue 22); each change is one short line, heard in words.
    expect(clean(rootOf(guide).querySelector('.context-title')?.textContent)).to.equal(
      'Average of 4 weeks: before 20 March, and now',
    );
    const line = (id: string) => rootOf(guide).querySelector<HTMLElement>(`.change[data-series="${id}"]`)!;
    // Responsibility +1.0 (from 0.5: "higher", not "a little").
    expect(clean(line('responsibility').querySelector('.values')?.textContent)).to.equal('3.0 → 4.0');
    expect(clean(line('responsibility').textContent)).to.equal(
      '↑Responsibility: higher, from 3.0 to 4.0 3.0 → 4.0',
    );
    // Three rises come first, the largest first (initiative +1.5, punctuality +1.3, then a +1.0);
    // work readiness (+0.9) waits behind "Show all", and is read at the focus step.
    expect(line('work-readiness').closest('.more-changes')).not.to.equal(null);
    expect(clean(line('work-readiness').textContent)).to.equal(
      '↑Work readiness: higher, from 2.8 to 3.7 2.8 → 3.7',
    );
    for (let i = 0; i < 3; i += 1) await clickInGuide(el, '.next');
    const responsibility = rootOf(guide).querySelector('input[value="responsibility"]')!.closest('.area')!;
    expect(clean(responsibility.querySelector('.area-value')?.textContent)).to.equal('Now 4.0 · rose 1.0');
    const work = rootOf(guide).querySelector('input[value="work-readiness"]')!.closest('.area')!;
    expect(clean(work.querySelector('.area-value')?.textContent)).to.equal('Now 3.7 · rose 0.9');
    await expect(el).to.be.accessible();
  });
});
