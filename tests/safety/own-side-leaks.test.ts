// The safety net: attacks on the young person's own side. Simon's data carries a private log entry
// whose text is a unique marker (and a second one with markup and right-to-left text in it), a
// company's concern and a counsellor's follow-up note with markers of their own, and his weekly
// self-ratings. Every element the kit registers (read from the kit's own entry, so an element added
// later is attacked too) is mounted for every audience, mistyped ones included, driven (typing,
// choosing, stepping on) while every event detail it fires is recorded, and exported (toCSV,
// toSVG, toPNG). Then:
//
// 1. the private text is nowhere — shadow roots searched recursively, attributes, field values,
//    storage, exports, event details — except on the young person's own page (`spor-my-progress`,
//    `spor-experience-log` with `audience="young-person"` exactly), where the log shows it;
// 2. a company (and every audience read as one) sees exactly what it sees when the young person has
//    rated themselves not at all: no self reading in any shadow root, export or event detail;
// 3. the young person alone (`young-person`) never reads a company's concern or a counsellor's note.
import { expect } from '@open-wc/testing';
import * as kit from '../../src/elements.js';
import { audienceOf, forAudience, samplePersonas, type ProgressData } from '../../src/core/index.js';
import { toCSV, toPNG, toSVG } from '../../src/export/index.js';
import { deepElements, settle } from './inspect.js';

const privateMarker = 'PRIV8-Q7ZK9';
/** In host text with markup and right-to-left characters: shown, if at all, as text. */
const privateMarkupMarker = 'PRIV8-M4RK2';
const sharedMarker = 'DELT-S3RD1';
const concernMarker = 'BEKYMR-C0NC9';
const counsellorMarker = 'RAAD-F0LL7';
/** A company's "done well" note: anyone in a conversation may read it, so the search must find it. */
const doneWellMarker = 'GODT-D0NE3';
const privateMarkers = [privateMarker, privateMarkupMarker];

/** The tags of the young person's own page: the only ones that may show a private entry, to them. */
const ownPageTags = ['spor-my-progress', 'spor-experience-log'];

/** Every audience, the host's mistakes included: the last four are read as `company`. */
const audiences = [
  undefined,
  'conversation',
  'company',
  'counsellor',
  'young-person',
  'Company',
  'young person',
  'YOUNG-PERSON',
  'young-person ',
] as const;
type AudienceValue = (typeof audiences)[number];
const readAsCompany = (audience: AudienceValue) =>
  audience !== undefined && !['conversation', 'counsellor', 'young-person'].includes(audience);

const day = '2026-11-06';

/** Simon, with the attacks' markers in his log, a concern and a follow-up note. */
function attackData(): ProgressData {
  const simon = structuredClone(samplePersonas.find((p) => p.participant.id === 'simon')!);
  const experiences = [
    ...(simon.experiences ?? []),
    {
      id: 'attack-1',
      date: '2026-11-02',
      kind: 'social',
      text: `Jeg var bange i dag ${privateMarker}`,
      shared: false,
    },
    {
      id: 'attack-2',
      date: '2026-11-03',
      kind: 'work',
      text: `<img src=x onerror="window.__ownSideLeak=1"><b>${privateMarkupMarker}</b> \u202Eשלום עולם\u202C مرحبا`,
      shared: false,
    },
    {
      id: 'attack-3',
      date: '2026-11-04',
      kind: 'work',
      text: `Jeg hjalp en kunde ${sharedMarker}`,
      shared: true,
    },
  ] as const;
  const lastCompany = simon.assessments.findLastIndex((a) => a.instrument === 'weekly-company');
  const weekly = simon.assessments[lastCompany]!;
  simon.assessments[lastCompany] = {
    ...weekly,
    notes: {
      ...weekly.notes,
      'done-well': `Hjalp en kollega ${doneWellMarker}`,
      concerns: `Kom for sent to gange ${concernMarker}`,
    },
  };
  const followUps = simon.followUps ?? [];
  if (followUps.length === 0) throw new Error('Simon has no follow-up to write a note on');
  simon.followUps = followUps.map((f, i) =>
    i === 0 ? { ...f, note: `Rådgiverens note ${counsellorMarker}` } : f,
  );
  return { ...simon, experiences: [...experiences] };
}

const withoutSelfRatings = (data: ProgressData): ProgressData => ({
  ...data,
  assessments: data.assessments.filter((a) => a.instrument !== 'self-weekly'),
});

/** The kit's elements: every `Spor…` class the entry exports, as its tag, and the own page's tags once registered. */
function registeredTags(): string[] {
  const fromExports = Object.entries(kit)
    .filter(([name, value]) => /^Spor[A-Z]/.test(name) && typeof value === 'function')
    .map(([name]) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).slice(1));
  const tags = new Set([...fromExports, ...ownPageTags]);
  return [...tags].filter((tag) => customElements.get(tag) !== undefined).sort();
}

/** How each element is set up besides `data`, `audience` and the day (any element: those alone). */
const variants: Readonly<Record<string, ReadonlyArray<Readonly<Record<string, unknown>>>>> = {
  'spor-trend-chart': [
    { series: 'traits', 'show-self': '' },
    { series: 'dimensions', 'split-raters': '' },
  ],
  'spor-trait-star': [{ 'show-self': '' }, { variant: 'slopes' }],
  'spor-data-table': [
    { series: 'traits' },
    { series: 'dimensions' },
    { series: 'self-weekly.social,social' },
  ],
  'spor-assessment-form': [
    {
      instrument: 'self-weekly',
      rater: { role: 'self' },
      participant: { id: 'simon', displayName: 'Simon' },
    },
    { instrument: 'weekly-company', participant: { id: 'simon', displayName: 'Simon' } },
  ],
  'spor-conversation-summary': [{ record: 'last' }],
  'spor-sparkline': [{ values: [1, 2, 3, 4], min: 1, max: 5 }],
};

/** Everything readable in `el`: text, every attribute, field values, through every shadow root. */
function deepStrings(el: Element): string[] {
  const parts: string[] = [];
  const visit = (root: Element | ShadowRoot) => {
    for (const node of Array.from(root.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      else if (node instanceof Element) {
        for (const attribute of Array.from(node.attributes))
          parts.push(`@${attribute.name}=${attribute.value}`);
        if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement)
          parts.push(`=${node.value}`);
        visit(node);
        if (node.shadowRoot) visit(node.shadowRoot);
      }
    }
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  visit(el);
  return parts;
}

/** Attributes that only tie one node to another (generated ids): no content, left out of comparisons. */
const wiring =
  /^@(id|for|aria-labelledby|aria-describedby|aria-controls|aria-owns|href|clip-path|mask|filter)=/;
const contentOf = (el: Element) =>
  deepStrings(el)
    .filter((part) => !wiring.test(part))
    .map((part) => part.replace(/url\(#[^)]*\)/g, 'url(#)'))
    .join('\n');

/** Every `spor-*` event the kit fires while `run` runs, with its detail as text. */
async function recordingEvents(
  run: () => Promise<void>,
): Promise<Array<{ type: string; source: string; detail: string }>> {
  const seen: Array<{ type: string; source: string; detail: string }> = [];
  const original = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event): boolean {
    if (event.type.startsWith('spor-')) {
      const source = this instanceof Element ? this.localName : 'document';
      // A new record's or draft's id is random: the same in both runs as far as a person is concerned.
      const detail = textOf((event as CustomEvent).detail).replace(
        /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
        'uuid',
      );
      seen.push({ type: event.type, source, detail });
    }
    return original.call(this, event);
  };
  try {
    await run();
  } finally {
    EventTarget.prototype.dispatchEvent = original;
  }
  return seen;
}

function textOf(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Node) return `[${v.nodeName}]`;
    if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) return '[seen]';
      seen.add(v);
    }
    return v;
  });
}

/** What the storage holds that the kit wrote (drafts). */
const storageText = () =>
  [localStorage, sessionStorage]
    .flatMap((s) => Object.keys(s).map((key) => `${key}=${s.getItem(key)}`))
    .join('\n');

const container = document.createElement('div');
container.style.width = '390px';

async function mount(
  tag: string,
  data: ProgressData,
  audience: AudienceValue,
  variant: Readonly<Record<string, unknown>>,
) {
  const el = document.createElement(tag) as HTMLElement & { data?: unknown };
  for (const [name, value] of Object.entries(variant)) {
    if (name === 'record') Object.assign(el, { record: data.conversations.at(-1) });
    else if (typeof value === 'string') el.setAttribute(name, value);
    else Object.assign(el, { [name]: value });
  }
  el.setAttribute('date', day);
  el.setAttribute('today', day);
  Object.assign(el, { data, locale: 'da' });
  if (audience !== undefined) Object.assign(el, { audience });
  container.append(el);
  await settle(el);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await settle(el);
  return el;
}

/** Drives `el` as a person would: types in every field, chooses, steps on; a few rounds. */
async function drive(el: HTMLElement, look: () => void): Promise<void> {
  for (let round = 0; round < 6; round++) {
    const all = [...deepElements(el.shadowRoot!)];
    for (const field of all) {
      if (
        field instanceof HTMLTextAreaElement ||
        (field instanceof HTMLInputElement && field.type === 'text')
      ) {
        if (field.disabled) continue;
        field.value = `${field.value} skrevet ${round}`;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      }
    }
    for (const group of all.filter((node) => node.getAttribute('role') === 'radiogroup')) {
      group.querySelector<HTMLElement>('[role="radio"]')?.click();
    }
    await settle(el);
    // Forward: the primary button (next, send, finish), never an export action (it downloads).
    const forward = [...deepElements(el.shadowRoot!)].find(
      (node): node is HTMLButtonElement =>
        node instanceof HTMLButtonElement && node.classList.contains('primary') && !node.disabled,
    );
    forward?.click();
    await settle(el);
    look(); // every screen it passes: a guide shows the notes at prompt 2 only
  }
  await new Promise((resolve) => setTimeout(resolve, 350)); // a debounced change
  await settle(el);
}

/** Everything that left `el` for `audience`: shown, stored, exported, fired. */
async function everythingOf(
  tag: string,
  data: ProgressData,
  audience: AudienceValue,
  variant: Readonly<Record<string, unknown>>,
) {
  localStorage.clear();
  sessionStorage.clear();
  let shown = '';
  let exported = '';
  let stored = '';
  const events = await recordingEvents(async () => {
    const el = await mount(tag, data, audience, variant);
    try {
      shown = contentOf(el);
      await drive(el, () => (shown += `\n${contentOf(el)}`));
      shown += `\n${contentOf(el)}`;
      try {
        exported += toSVG(el);
        await toPNG(el, { scale: 1 });
      } catch {
        // No drawing to export (a form, a table, an error state): nothing went out.
      }
      stored = storageText();
    } finally {
      el.remove();
    }
    // The charts' words, a list of traits, and a host asking for the own readings by their item ids.
    for (const series of [
      'traits',
      'dimensions',
      'initiative,cooperation,social',
      'self-weekly.social,social',
    ]) {
      exported += toCSV(data, {
        audience: audience as never,
        series: series.includes(',') ? series.split(',') : series,
      });
    }
  });
  return { shown, exported, stored, events };
}

describe('safety net: the young person’s own side under attack', function () {
  this.timeout(300_000);
  before(() => document.body.append(container));
  after(() => container.remove());

  const tags = registeredTags();
  const data = attackData();

  it('attacks every element the kit registers', () => {
    // Twelve on main before the own page; the own page's two join when they are registered.
    expect(tags.length).to.be.at.least(12);
    for (const tag of [
      'spor-conversation-guide',
      'spor-progress-conversation',
      'spor-conversation-summary',
    ]) {
      expect(tags).to.include(tag);
    }
    expect(data.experiences!.filter((e) => !e.shared).length).to.be.at.least(2);
  });

  it('finds what is there: a note in a nested shadow root, typed text in the events it fires', async () => {
    // Without this, a search that looks in the wrong place would pass every attack.
    const guide = await everythingOf('spor-progress-conversation', data, 'conversation', {});
    expect(
      guide.shown,
      'the done-well note at prompt 2, inside the guide inside the conversation',
    ).to.contain(doneWellMarker);
    const changes = guide.events.filter((e) => e.type === 'spor-conversation-change');
    expect(changes.length).to.be.at.least(1);
    expect(changes.at(-1)!.detail).to.contain('skrevet 3');
    // And the markers are in the data the elements are given.
    const text = JSON.stringify(data);
    for (const marker of [...privateMarkers, concernMarker, counsellorMarker])
      expect(text).to.contain(marker);
  });

  it('the policy itself: what each audience is given holds no private entry, self reading or note it may not read', () => {
    // The elements draw what core's policy gives them; today none draws the log or the own
    // readings, so this is where a broken policy shows first.
    for (const value of audiences) {
      const { audience } = audienceOf(value);
      for (const consent of [false, true]) {
        const given = forAudience(data, { audience, resilienceConsent: consent });
        const text = JSON.stringify(given);
        const what = `${String(value)} (read as ${audience}, consent ${consent})`;
        if (audience === 'young-person') {
          for (const marker of privateMarkers) expect(text, what).to.contain(marker);
          expect(text, what).to.not.contain(concernMarker);
          expect(text, what).to.not.contain(counsellorMarker);
          expect(
            given.assessments.some((a) => a.rater.role === 'counsellor'),
            what,
          ).to.equal(false);
        } else {
          for (const marker of privateMarkers) expect(text, what).to.not.contain(marker);
          expect(text, what).to.contain(sharedMarker);
        }
        if (audience === 'company') {
          expect(given.assessments.filter((a) => a.instrument === 'self-weekly').length, what).to.equal(0);
        }
      }
    }
    // Read as a company: the mistyped ones, never the young person's own page.
    expect(audiences.filter(readAsCompany).map((value) => audienceOf(value).audience)).to.deep.equal([
      'company',
      'company',
      'company',
      'company',
      'company',
    ]);
  });

  for (const tag of tags) {
    const tagVariants = variants[tag] ?? [{}];
    for (const [n, variant] of tagVariants.entries()) {
      const name = tagVariants.length > 1 ? `<${tag}> (${n + 1})` : `<${tag}>`;

      it(`${name}: a private log entry is seen on the young person's own page only`, async () => {
        for (const audience of audiences) {
          const { shown, exported, stored, events } = await everythingOf(tag, data, audience, variant);
          const isOwnPage = ownPageTags.includes(tag) && audience === 'young-person';
          const what = `${tag} for ${String(audience)}`;
          if (isOwnPage) {
            if (tag === 'spor-experience-log') {
              // Her own log shows her private entries, as text (never as markup).
              expect(shown, `${what}: her own log`).to.contain(privateMarker);
            }
          } else {
            for (const marker of privateMarkers) {
              expect(shown, `${what}: on screen`).to.not.contain(marker);
              expect(exported, `${what}: in an export`).to.not.contain(marker);
              expect(stored, `${what}: in storage`).to.not.contain(marker);
              for (const event of events) {
                expect(event.detail, `${what}: in ${event.type} from ${event.source}`).to.not.contain(marker);
              }
            }
          }
          expect((window as { __ownSideLeak?: number }).__ownSideLeak, `${what}: markup ran`).to.equal(
            undefined,
          );
        }
      });

      it(`${name}: a company sees nothing of the young person's own readings`, async () => {
        if (variant['instrument'] === 'self-weekly') {
          // The young person's own form: what it knows of her readings is that a week is rated (it
          // refuses a second), never a value; a company never fills it in. Its values are checked below.
          const { shown } = await everythingOf(tag, data, 'company', variant);
          expect(shown).to.contain('Du har allerede svaret for uge 45, 2026.');
          expect(shown).to.not.match(/\b[1-5] (af|of) 5\b|Rigtig godt|Ikke så godt/);
          return;
        }
        const bare = withoutSelfRatings(data);
        expect(bare.assessments.length).to.be.below(data.assessments.length);
        for (const audience of audiences.filter(readAsCompany)) {
          const withSelf = await everythingOf(tag, data, audience, variant);
          const without = await everythingOf(tag, bare, audience, variant);
          const what = `${tag} for ${String(audience)}`;
          expect(withSelf.shown, `${what}: on screen`).to.equal(without.shown);
          expect(withSelf.exported, `${what}: in an export`).to.equal(without.exported);
          expect(
            withSelf.events.map((e) => `${e.type} ${e.detail}`),
            `${what}: in event details`,
          ).to.deep.equal(without.events.map((e) => `${e.type} ${e.detail}`));
        }
      });

      it(`${name}: alone on her own page, the young person reads no concern and no counsellor's note`, async () => {
        const { shown, exported, stored, events } = await everythingOf(tag, data, 'young-person', variant);
        for (const marker of [concernMarker, counsellorMarker]) {
          expect(shown, `${tag}: on screen`).to.not.contain(marker);
          expect(exported, `${tag}: in an export`).to.not.contain(marker);
          expect(stored, `${tag}: in storage`).to.not.contain(marker);
          for (const event of events) {
            expect(event.detail, `${tag}: in ${event.type} from ${event.source}`).to.not.contain(marker);
          }
        }
      });
    }
  }
});
