// The safety net, part 3: the host's life. A portal does more than set data once: it switches from
// one young person to the next, drops its data for a moment while it refetches, hands back a draft
// record (sometimes the wrong one), changes who is looking, and all the while a person types. Here a
// generated sequence of such host actions runs on one live element, and after every action:
//
// 1. nothing of person A (each person's typed text carries a marker such as `SIMON-7f3a`) is visible
//    in the shadow tree (nested shadow roots and field values too), stored, in a form value, or in
//    an event detail, while person B is shown;
// 2. resilience shows only with the current person's consent in the current conversation (or for a
//    counsellor), never for another audience, wrongly cased ones included;
// 3. nothing typed is lost: each key press reaches the field, and by the end the last change the host
//    heard for each person (the form: the stored draft) holds everything typed for them.
//
// A failure prints the seed and the shrunk list of actions; `runHostLife(kind, { seed, path })` with
// them replays it.
import fc from 'fast-check';
import { sendKeys } from '@web/test-runner-commands';
import { samplePersonas } from '../../src/core/samples/personas.js';
import type { ProgressData } from '../../src/core/index.js';
import { deepElements, settle } from './inspect.js';
import '../../src/elements/spor-assessment-form/spor-assessment-form.js';
import '../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import '../../src/elements/spor-progress-conversation/spor-progress-conversation.js';

export type Person = 'simon' | 'liv' | 'rasmus';
export const persons: ReadonlyArray<Person> = ['simon', 'liv', 'rasmus'];

/** Each person's typed text carries their marker, so a leak is findable wherever it lands. */
export const markers: Readonly<Record<Person, string>> = {
  simon: 'SIMON-7f3a',
  liv: 'LIV-2b9e',
  rasmus: 'RASMUS-c41d',
};

const personaOf = (person: Person): ProgressData => {
  const data = samplePersonas.find((candidate) => candidate.participant.id === person);
  if (!data) throw new Error(`no persona ${person}`);
  return data;
};

/** The conversation's (and the report's) date, and an older one. */
export const today = '2026-11-06';
export const otherDay = '2026-10-02';

export type Audience = 'conversation' | 'company' | 'counsellor' | 'Company' | 'COUNSELLOR' | 'virksomhed';

export type Action =
  | { readonly kind: 'switch'; readonly to: Person }
  /** Data (the form: the participant) null or invalid for a moment, typing through it when `text`. */
  | { readonly kind: 'blip'; readonly how: 'null' | 'invalid'; readonly typing: boolean }
  /** A draft record for the person shown now (it stays set if the host then switches). */
  | { readonly kind: 'value'; readonly date: 'today' | 'other'; readonly consent: boolean }
  | { readonly kind: 'clear-value' }
  | { readonly kind: 'type'; readonly via: 'keys' | 'input'; readonly field: 0 | 1 }
  | { readonly kind: 'step'; readonly forward: boolean }
  | { readonly kind: 'finish' }
  | { readonly kind: 'again' }
  | { readonly kind: 'print' }
  | { readonly kind: 'audience'; readonly audience: Audience }
  | { readonly kind: 'consent'; readonly on: boolean }
  | { readonly kind: 'consent-switch' }
  /** Time passes: the 300 ms of a debounced change. */
  | { readonly kind: 'wait' };

export type ElementKind = 'spor-progress-conversation' | 'spor-conversation-guide' | 'spor-assessment-form';

const personArb = fc.constantFrom<Person>(...persons);

function actionArb(kind: ElementKind): fc.Arbitrary<Action> {
  const common: Array<fc.WeightedArbitrary<Action>> = [
    { weight: 6, arbitrary: personArb.map((to) => ({ kind: 'switch', to }) as const) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('blip' as const),
        how: fc.constantFrom('null' as const, 'invalid' as const),
        typing: fc.boolean(),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('value' as const),
        date: fc.constantFrom('today' as const, 'other' as const),
        consent: fc.boolean(),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'clear-value' } as const) },
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('type' as const),
        via: fc.constantFrom('keys' as const, 'input' as const),
        field: fc.constantFrom(0 as const, 1 as const),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'finish' } as const) },
    { weight: 1, arbitrary: fc.constant({ kind: 'again' } as const) },
    { weight: 1, arbitrary: fc.constant({ kind: 'wait' } as const) },
  ];
  if (kind === 'spor-assessment-form') return fc.oneof(...common);
  return fc.oneof(
    ...common,
    { weight: 3, arbitrary: fc.boolean().map((forward) => ({ kind: 'step', forward }) as const) },
    { weight: 1, arbitrary: fc.constant({ kind: 'print' } as const) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<Audience>(
          'conversation',
          'company',
          'counsellor',
          'Company',
          'COUNSELLOR',
          'virksomhed',
        )
        .map((audience) => ({ kind: 'audience', audience }) as const),
    },
    { weight: 1, arbitrary: fc.boolean().map((on) => ({ kind: 'consent', on }) as const) },
    { weight: 2, arbitrary: fc.constant({ kind: 'consent-switch' } as const) },
  );
}

export const actionsArb = (
  kind: ElementKind,
  without: ReadonlyArray<Action['kind']> = [],
): fc.Arbitrary<Action[]> =>
  fc.array(
    actionArb(kind).filter((action) => !without.includes(action.kind)),
    { minLength: 4, maxLength: 14 },
  );

/** The invariants: 1 nothing of another person, 2 resilience only with consent, 3 nothing typed lost. */
export type Invariant = 1 | 2 | 3;

/** An action in a few words, for a failure's message. */
export function describeAction(action: Action): string {
  const { kind, ...rest } = action;
  const args = Object.values(rest).map(String).join(' ');
  return args ? `${kind}(${args})` : kind;
}

interface HeardEvent {
  readonly type: string;
  readonly detail: string;
  /** Who the host was showing when it heard the event; during a switch, both. */
  readonly shown: ReadonlyArray<Person>;
  readonly index: number;
}

/** What the host knows about one person's conversation (or report) in progress. */
interface Track {
  /** Every chunk typed for the person since their draft last started afresh. */
  typed: string[];
  /** The young person agreed, in this conversation, to show resilience. */
  consent: boolean;
}

const fresh = (): Track => ({ typed: [], consent: false });

/** One live element and the host around it. */
class Host {
  readonly el: HTMLElement & Record<string, unknown>;
  readonly form = document.createElement('form');
  readonly heard: HeardEvent[] = [];
  readonly problems: string[] = [];
  private readonly container = document.createElement('div');
  shown: Person = 'simon';
  private transition: ReadonlyArray<Person> | undefined;
  readonly tracks = new Map<Person, Track>(persons.map((person) => [person, fresh()]));
  /** The records finished by the host's `finish`, and what was typed for each. */
  readonly finished: Array<{ person: Person; typed: string[]; index: number }> = [];
  /** Consent of the conversation just finished, while its summary may still be shown. */
  finishedConsent = false;
  audience: Audience = 'conversation';
  private chunk = 0;
  /** Chunks typed into a field (or on through a blip). */
  typedCount = 0;
  /** Actions done so far, for the message. */
  readonly done: string[] = [];

  constructor(
    readonly kind: ElementKind,
    private readonly invariants: ReadonlyArray<Invariant> = [1, 2, 3],
  ) {
    this.el = document.createElement(kind) as unknown as HTMLElement & Record<string, unknown>;
    this.el.setAttribute('locale', 'en');
    this.el.setAttribute('persist', 'local');
    this.el.setAttribute('date', today);
    if (kind === 'spor-assessment-form') {
      this.el.setAttribute('name', 'report');
      this.el['participant'] = participantOf('simon');
    } else {
      this.el['data'] = personaOf('simon');
    }
    for (const type of [
      'spor-conversation-change',
      'spor-conversation-complete',
      'spor-assessment-submit',
      'spor-invalid-data',
      'spor-export',
    ]) {
      this.el.addEventListener(type, (event) => {
        this.heard.push({
          type,
          detail: JSON.stringify((event as CustomEvent).detail),
          shown: this.transition ?? [this.shown],
          index: this.heard.length,
        });
      });
    }
    this.container.style.width = '1000px';
    // The host's form keeps the page: what it would send is read from its FormData.
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.form.append(this.el);
    this.container.append(this.form);
    document.body.append(this.container);
  }

  remove(): void {
    this.container.remove();
  }

  track(person: Person = this.shown): Track {
    return this.tracks.get(person)!;
  }

  /** The guide, inside the composed view or the element itself. */
  get guide(): (HTMLElement & Record<string, unknown>) | undefined {
    if (this.kind === 'spor-conversation-guide') return this.el;
    if (this.kind === 'spor-assessment-form') return undefined;
    return (this.el.shadowRoot?.querySelector('.guide') ?? undefined) as
      (HTMLElement & Record<string, unknown>) | undefined;
  }

  private get inner(): ShadowRoot | null | undefined {
    return this.kind === 'spor-assessment-form' ? this.el.shadowRoot : this.guide?.shadowRoot;
  }

  fields(): HTMLTextAreaElement[] {
    return [...(this.inner?.querySelectorAll('textarea') ?? [])];
  }

  button(selector: string): HTMLButtonElement | undefined {
    return this.inner?.querySelector<HTMLButtonElement>(selector) ?? undefined;
  }

  async settle(): Promise<void> {
    if (!this.el.shadowRoot) throw new Error(`<${this.kind}> is not defined: nothing would be checked`);
    await settle(this.el);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settle(this.el);
  }

  setPerson(person: Person | 'null' | 'invalid'): void {
    if (this.kind === 'spor-assessment-form') {
      this.el['participant'] =
        person === 'null' ? undefined : person === 'invalid' ? { id: 7 } : participantOf(person);
    } else {
      this.el['data'] =
        person === 'null' ? null : person === 'invalid' ? { participant: { id: 7 } } : personaOf(person);
    }
  }

  /** Types the next chunk for the person shown into `field`, as keys or as an input event. */
  async type(field: HTMLTextAreaElement, via: 'keys' | 'input'): Promise<string> {
    this.chunk += 1;
    this.typedCount += 1;
    const text = `${markers[this.shown]}.${String(this.chunk).padStart(3, '0')} `;
    if (via === 'keys') {
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
      await sendKeys({ type: text });
    } else {
      field.value += text;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    return text;
  }

  /** Runs one action as a host (and the person at the tablet) would. */
  async act(action: Action): Promise<void> {
    this.done.push(describeAction(action));
    const before = this.heard.length;
    switch (action.kind) {
      case 'switch': {
        const from = this.shown;
        this.transition = [from, action.to];
        this.setPerson(action.to);
        this.shown = action.to;
        this.finishedConsent = false;
        await this.settle();
        this.transition = undefined;
        break;
      }
      case 'blip': {
        const [field] = this.fields();
        const typing = action.typing && field !== undefined;
        if (typing) this.track().typed.push(await this.type(field, 'keys'));
        this.setPerson(action.how);
        await this.settle();
        if (typing) {
          // The person goes on typing where they were; the keys go wherever focus is now.
          const text = `${markers[this.shown]}.${String((this.chunk += 1)).padStart(3, '0')} `;
          await sendKeys({ type: text });
          this.track().typed.push(text);
        }
        await new Promise((resolve) => setTimeout(resolve, 60));
        this.setPerson(this.shown);
        await this.settle();
        break;
      }
      case 'value': {
        const record = this.valueFor(this.shown, action.date === 'today' ? today : otherDay, action.consent);
        this.el['value'] = record;
        await this.settle();
        const refused = this.heard
          .slice(before)
          .some((event) => event.type === 'spor-invalid-data' && event.detail.includes('"value"'));
        if (!refused) {
          // The host replaced the draft with its record: what was typed before is the host's to keep.
          this.track().typed = [];
          if (action.date === 'today') this.track().consent = action.consent;
        }
        break;
      }
      case 'clear-value':
        this.el['value'] = undefined;
        await this.settle();
        break;
      case 'type': {
        const fields = this.fields();
        const field = fields[action.field] ?? fields[0];
        if (!field || field.disabled) break;
        const text = await this.type(field, action.via);
        this.track().typed.push(text);
        await this.settle();
        const now = this.fields()[action.field] ?? this.fields()[0];
        if (!now?.value.includes(text))
          this.problems.push(`(3) the key presses "${text}" are not in the field`);
        break;
      }
      case 'step': {
        const button = this.button(action.forward ? '.next' : '.back');
        button?.click();
        await this.settle();
        break;
      }
      case 'finish':
        await this.finish();
        break;
      case 'again': {
        const again =
          this.kind === 'spor-assessment-form'
            ? [...(this.inner?.querySelectorAll<HTMLButtonElement>('[part~="confirmation"] button') ?? [])][0]
            : this.button('.is-finished button');
        again?.click();
        this.finishedConsent = false;
        await this.settle();
        break;
      }
      case 'print': {
        this.el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="print"]')?.click();
        await this.settle();
        break;
      }
      case 'audience':
        this.el.setAttribute('audience', action.audience);
        this.audience = action.audience;
        await this.settle();
        break;
      case 'consent':
        // Only a change is a host's word: setting what the property already holds says nothing (the
        // composed view's own property stays as the host left it while the guide's switch moves).
        if (this.el['resilienceConsent'] !== action.on) {
          this.el['resilienceConsent'] = action.on;
          this.track().consent = action.on;
        }
        await this.settle();
        break;
      case 'consent-switch': {
        const toggle = this.inner?.querySelector<HTMLButtonElement>('[part~="consent"]');
        if (!toggle) break;
        toggle.click();
        await this.settle();
        this.track().consent = toggle.getAttribute('aria-checked') === 'true';
        break;
      }
      case 'wait':
        await new Promise((resolve) => setTimeout(resolve, 350));
        await this.settle();
        break;
    }
    this.checkAfter(before);
  }

  private async finish(): Promise<void> {
    const completes = () => this.heard.filter((event) => /complete|submit/.test(event.type)).length;
    const count = completes();
    const typed = [...this.track().typed];
    if (this.kind === 'spor-assessment-form') {
      if (!this.button('[part~="submit"]')) return;
      for (const group of this.inner?.querySelectorAll('[role="radiogroup"]') ?? []) {
        group.querySelector<HTMLButtonElement>('[data-index="2"]')?.click();
      }
      await this.settle();
      this.button('[part~="submit"]')?.click();
    } else {
      for (let i = 0; i < 8 && this.button('.next'); i += 1) {
        this.button('.next')?.click();
        await this.settle();
      }
      this.button('.finish')?.click();
    }
    await this.settle();
    if (completes() > count) {
      this.finished.push({ person: this.shown, typed, index: this.heard.length - 1 });
      this.finishedConsent = this.track().consent;
      this.tracks.set(this.shown, fresh());
    }
  }

  private valueFor(person: Person, date: string, consent: boolean): unknown {
    const text = `${markers[person]}.v${String((this.chunk += 1)).padStart(3, '0')} from the host`;
    if (this.kind === 'spor-assessment-form') {
      return {
        id: `a-${person}-${this.chunk}`,
        instrument: 'weekly-company',
        date,
        rater: { role: 'company' },
        ratings: { initiative: 4 },
        notes: { 'done-well': text },
      };
    }
    return {
      id: `c-${person}-${this.chunk}`,
      date,
      promptSet: 'nextwork',
      answers: { changes: text },
      ...(consent ? { resilienceConsent: true } : {}),
    };
  }

  /** Invariants 1 and 2 after an action; `before` is the first event heard during it. */
  private checkAfter(before: number): void {
    if (this.invariants.includes(1)) this.checkPersons(before);
    if (this.invariants.includes(2)) this.checkResilience(before);
  }

  private checkPersons(before: number): void {
    const others = persons.filter((person) => person !== this.shown);
    const where = (text: string) => others.filter((person) => text.includes(markers[person]));
    const shownText = visibleText(this.el);
    for (const person of where(shownText)) {
      this.problems.push(
        `(1) ${markers[person]} is visible while ${this.shown} is shown: ${around(shownText, markers[person])}`,
      );
    }
    const formValue = JSON.stringify([...new FormData(this.form)]);
    for (const person of where(formValue)) {
      this.problems.push(`(1) ${markers[person]} is in the form value while ${this.shown} is shown`);
    }
    for (const [key, stored] of storedEntries()) {
      const owner = persons.find((person) => key.includes(`:${person}:`));
      for (const person of persons) {
        if (person !== owner && stored.includes(markers[person])) {
          this.problems.push(`(1) ${markers[person]} is stored under ${key}`);
        }
      }
    }
    for (const event of this.heard.slice(before)) {
      const found = persons.filter((person) => event.detail.includes(markers[person]));
      const strangers = found.filter((person) => !event.shown.includes(person));
      if (found.length > 1 || strangers.length > 0) {
        this.problems.push(
          `(1) ${event.type} carries ${found.map((p) => markers[p]).join(' and ')} while ${event.shown.join(' → ')} is shown: ${around(event.detail, markers[found[0]!])}`,
        );
      }
    }
  }

  private checkResilience(before: number): void {
    if (this.kind === 'spor-assessment-form') return;
    const allowed =
      this.audience === 'counsellor' ||
      (this.audience === 'conversation' && (this.track().consent || this.finishedConsent));
    if (!allowed) {
      const resilience = resilienceShown(this.el);
      if (resilience) {
        this.problems.push(
          `(2) resilience shows for ${this.shown} (audience "${this.audience}", no consent in this conversation): ${resilience}`,
        );
      }
      for (const event of this.heard.slice(before)) {
        // A change handed over for the person shown before (during a switch: theirs, with their own
        // conversation's answer) is judged by its owner, named in the detail, not by who is shown now.
        const owner = (JSON.parse(event.detail) as { participant?: unknown }).participant;
        const isForShown = owner === undefined || owner === this.shown;
        if (
          event.type === 'spor-conversation-change' &&
          isForShown &&
          event.detail.includes('"isResilienceShown":true')
        ) {
          this.problems.push(`(2) a change says resilience is shown for ${this.shown} without consent`);
        }
      }
    }
  }

  /** Invariant 3, once the last debounce has had its time. */
  async checkEnd(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 350));
    await this.settle();
    if (!this.invariants.includes(3)) return;
    for (const { person, typed, index } of this.finished) {
      const record = this.heard[index]?.detail ?? '';
      const lost = typed.filter((text) => !record.includes(text.trim()));
      if (lost.length > 0) this.problems.push(`(3) ${person}'s finished record lacks ${lost.join('| ')}`);
    }
    for (const person of persons) {
      const { typed } = this.track(person);
      if (typed.length === 0) continue;
      let holder: string;
      if (this.kind === 'spor-assessment-form') {
        holder = storedEntries().find(([key]) => key.includes(`:${person}:`))?.[1] ?? '';
      } else {
        const last = this.heard
          .filter((event) => event.type === 'spor-conversation-change' && event.shown.includes(person))
          .filter((event) => persons.every((p) => p === person || !event.detail.includes(markers[p])))
          .at(-1);
        holder = last?.detail ?? '';
      }
      const lost = typed.filter((text) => !holder.includes(text.trim()));
      if (lost.length > 0) {
        this.problems.push(
          `(3) for ${person}, ${this.kind === 'spor-assessment-form' ? 'the stored draft' : 'the last change event'} lacks ${lost.map((t) => t.trim()).join(', ')}`,
        );
      }
    }
  }
}

const participantOf = (person: Person) => ({
  id: person,
  displayName: personaOf(person).participant.displayName,
});

/** Text and field values of the whole tree, through every shadow root. */
export function visibleText(el: Element): string {
  const parts: string[] = [];
  for (const node of [el, ...deepElements(el)]) {
    const root = node.shadowRoot;
    if (root) parts.push(ownText(root));
    if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) parts.push(node.value);
    for (const name of ['aria-label', 'title']) {
      const value = node.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return parts.join(' ');
}

/** The text of a shadow root's own nodes (nested roots are read separately). */
function ownText(root: ShadowRoot): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('style')) continue;
    parts.push(node.textContent ?? '');
  }
  return parts.join(' ');
}

/** Where resilience is on screen (outside the switch that asks for it), or ''. */
function resilienceShown(el: Element): string {
  for (const node of [el, ...deepElements(el)]) {
    const root = node.shadowRoot;
    if (!root) continue;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!parent || parent.closest('style, .consent')) continue;
      const value = text.textContent ?? '';
      if (/Resilience/.test(value)) return `${node.localName}: ${around(value, 'Resilience')}`;
    }
  }
  return '';
}

function storedEntries(): Array<[string, string]> {
  return Object.keys(localStorage).map((key) => [key, localStorage.getItem(key) ?? '']);
}

function around(text: string, marker: string): string {
  const at = text.indexOf(marker);
  return at < 0 ? '' : JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
}

/** How much the lives did: typed chunks, switches of person, and actions, over all runs. */
export interface LifeCounts {
  typed: number;
  switches: number;
  actions: number;
}

/** One host life, as given: the problems found, empty when none. */
export async function liveOnce(
  kind: ElementKind,
  actions: ReadonlyArray<Action>,
  invariants: ReadonlyArray<Invariant> = [1, 2, 3],
  counts?: LifeCounts,
): Promise<string[]> {
  localStorage.clear();
  const host = new Host(kind, invariants);
  try {
    await host.settle();
    for (const action of actions) await host.act(action);
    await host.checkEnd();
    if (counts) {
      counts.typed += host.typedCount;
      counts.switches += actions.filter((action) => action.kind === 'switch').length;
      counts.actions += actions.length;
    }
    return [...new Set(host.problems)];
  } finally {
    host.remove();
    localStorage.clear();
  }
}

/**
 * The shrunk case with what does not matter left out: the shortest failing prefix, then each action
 * dropped in turn while the rest still fails (fast-check's shrinking keeps trailing actions).
 */
async function fewest(
  kind: ElementKind,
  shrunk: ReadonlyArray<Action>,
  invariants: ReadonlyArray<Invariant> | undefined,
): Promise<{ actions: ReadonlyArray<Action>; problems: ReadonlyArray<string> }> {
  let actions = shrunk;
  let problems = await liveOnce(kind, actions, invariants);
  for (let length = 1; length < actions.length; length += 1) {
    const found = await liveOnce(kind, actions.slice(0, length), invariants);
    if (found.length > 0) {
      actions = actions.slice(0, length);
      problems = found;
      break;
    }
  }
  for (let i = actions.length - 1; i >= 0 && actions.length > 1; i -= 1) {
    const without = [...actions.slice(0, i), ...actions.slice(i + 1)];
    const found = await liveOnce(kind, without, invariants);
    if (found.length > 0) {
      actions = without;
      problems = found;
    }
  }
  return { actions, problems };
}

export interface HostLifeOptions {
  readonly seed: number;
  readonly numRuns: number;
  /** Action kinds left out of the generated lives. */
  readonly without?: ReadonlyArray<Action['kind']>;
  /** The invariants checked; default all three. */
  readonly invariants?: ReadonlyArray<Invariant>;
  /** Replays one case: the path fast-check printed. */
  readonly path?: string;
}

/**
 * Runs generated host lives on a fresh element each. `failure` is '' or the seed, the path, and the
 * shrunk actions with what broke; `counts` says how much the lives did.
 */
export async function runHostLife(
  kind: ElementKind,
  options: HostLifeOptions,
): Promise<{ failure: string; counts: LifeCounts }> {
  const originalPrint = window.print;
  window.print = () => undefined;
  const counts: LifeCounts = { typed: 0, switches: 0, actions: 0 };
  try {
    const details = await fc.check(
      fc.asyncProperty(actionsArb(kind, options.without), async (actions) => {
        const problems = await liveOnce(kind, actions, options.invariants, counts);
        if (problems.length > 0) throw new Error(problems.slice(0, 6).join('\n'));
      }),
      {
        seed: options.seed,
        numRuns: options.numRuns,
        ...(options.path === undefined ? {} : { path: options.path }),
        endOnFailure: false,
        // Shrinking a long life replays it many times: enough to find a short one, then stop.
        skipAllAfterTimeLimit: 40_000,
      },
    );
    if (!details.failed) return { failure: '', counts };
    const shrunk = details.counterexample?.[0] ?? [];
    const { actions, problems } = await fewest(kind, shrunk, options.invariants);
    const error =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    const failure = [
      `<${kind}> seed ${options.seed}, path "${details.counterexamplePath}" (${details.numShrinks} shrinks)`,
      `actions: ${shrunk.map(describeAction).join(', ')}`,
      error,
      `fewest actions that still fail: ${actions.map(describeAction).join(', ')}`,
      problems.slice(0, 6).join('\n'),
    ].join('\n');
    return { failure, counts };
  } finally {
    window.print = originalPrint;
  }
}
