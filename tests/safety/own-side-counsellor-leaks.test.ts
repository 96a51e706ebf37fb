// The safety net: a counsellor's notes on the young person's own page. The built-in framework's
// counsellor instrument has no text items, so its counsellor can write nothing and the other attacks
// never look for a counsellor's words. Here a framework of our own gives the counsellor three text
// items (one of them named like the companies' "done well", which the young person does read), a
// trait only the counsellor rates and a share in a trait the company rates too; the company has a
// "concerns" note. Every counsellor text, every company concern and every number only a counsellor
// gave carries a canary. `<spor-my-progress>` and `<spor-experience-log>` are drawn for the young
// person, for no audience and for misspelt ones, and every shadow root (nested), attribute (aria
// labels and titles among them), field value, the document's title and every event fired is searched.
import { expect } from '@open-wc/testing';
import '../../src/elements/spor-my-progress/spor-my-progress.js';
import '../../src/elements/spor-experience-log/spor-experience-log.js';
import {
  forAudience,
  parseFramework,
  parseProgressData,
  type FrameworkInput,
  type ProgressData,
  type ProgressDataInput,
} from '../../src/core/index.js';
import { deepElements, settle } from './inspect.js';

const counsellorNote = 'RAADGIVER-N0TE-K4Q1';
const counsellorPlan = 'RAADGIVER-PLAN-W7X2';
/** A counsellor's note under the item id the young person may read when a company writes it. */
const counsellorDoneWell = 'RAADGIVER-GODT-Z9M3';
const followUpNote = 'RAADGIVER-OPF-H2J8';
const concern = 'BEKYMRING-V5T6';
/** The companies' "done well": the young person reads it, so the search must find it. */
const companyDoneWell = 'VIRKSOMHED-GODT-B3N4';
const canaries = [counsellorNote, counsellorPlan, counsellorDoneWell, followUpNote, concern];

/**
 * The number only a counsellor gave: the trait "Mod" (grit) has no other rater, and the counsellor's
 * teamwork ratings are the same 9.5, never given by the company. In Danish it reads "9,5", in
 * English "9.5".
 */
const counsellorValue = 9.5;
const counsellorNumbers = ['9,5', '9.5'];

const guardFramework: FrameworkInput = {
  id: 'guard-school',
  label: { da: 'Vagtskolen', en: 'Guard school' },
  timeZone: 'Europe/Copenhagen',
  roles: [
    { id: 'company', label: { da: 'Virksomhed', en: 'Company' } },
    { id: 'counsellor', label: { da: 'Vejleder', en: 'Counsellor' } },
    { id: 'self', label: { da: 'Den unge', en: 'The young person' } },
  ],
  scales: [{ id: 'ten', min: 0, max: 10, step: 0.5 }],
  instruments: [
    {
      id: 'company-week',
      label: { da: 'Virksomhedens uge', en: 'The company’s week' },
      cadence: 'week',
      scale: 'ten',
      raterRoles: ['company'],
      items: [
        { id: 'teamwork', label: { da: 'Holdarbejde', en: 'Teamwork' } },
        { id: 'done-well', label: { da: 'Det gik godt', en: 'Done well' }, kind: 'text' },
        { id: 'concerns', label: { da: 'Bekymringer', en: 'Concerns' }, kind: 'text' },
      ],
    },
    {
      id: 'counsellor-week',
      label: { da: 'Vejlederens uge', en: 'The counsellor’s week' },
      cadence: 'week',
      scale: 'ten',
      raterRoles: ['counsellor'],
      items: [
        { id: 'teamwork', label: { da: 'Holdarbejde', en: 'Teamwork' } },
        { id: 'grit', label: { da: 'Mod', en: 'Grit' } },
        { id: 'note', label: { da: 'Note', en: 'Note' }, kind: 'text' },
        { id: 'plan', label: { da: 'Plan', en: 'Plan' }, kind: 'text' },
        { id: 'done-well', label: { da: 'Det gik godt', en: 'Done well' }, kind: 'text' },
      ],
    },
    {
      id: 'own-week',
      label: { da: 'Min uge', en: 'My week' },
      cadence: 'week',
      scale: 'ten',
      raterRoles: ['self'],
      items: [{ id: 'teamwork', label: { da: 'Hvordan gik holdarbejdet?', en: 'How did teamwork go?' } }],
    },
  ],
  traits: [
    {
      id: 'teamwork',
      label: { da: 'Holdarbejde', en: 'Teamwork' },
      items: ['company-week.teamwork', 'counsellor-week.teamwork'],
    },
    { id: 'grit', label: { da: 'Mod', en: 'Grit' }, items: ['counsellor-week.grit'] },
  ],
};

/** Four Mondays of October 2026, weeks 41 to 44. */
const weeks = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'];
/** The company's teamwork ratings, one a week. */
const companyTeamwork = [4, 5, 6, 7];

function guardData(withCounsellor: boolean): ProgressData {
  const input: ProgressDataInput = {
    schemaVersion: 1,
    participant: { id: 'noor', displayName: 'Noor' },
    framework: guardFramework,
    assessments: [
      ...weeks.map((date, i) => ({
        id: `company-${i}`,
        instrument: 'company-week',
        date,
        rater: { role: 'company', id: 'bakery' },
        ratings: { teamwork: companyTeamwork[i]! },
        notes: { 'done-well': `Hjalp til ved disken ${companyDoneWell}-${i}`, concerns: `${concern}-${i}` },
      })),
      ...weeks.map((date, i) => ({
        id: `own-${i}`,
        instrument: 'own-week',
        date,
        rater: { role: 'self' },
        ratings: { teamwork: 3 },
      })),
      ...(withCounsellor
        ? weeks.map((date, i) => ({
            id: `counsellor-${i}`,
            instrument: 'counsellor-week',
            date,
            rater: { role: 'counsellor', id: 'c1', name: 'Vejleder Vera' },
            ratings: { teamwork: counsellorValue, grit: counsellorValue },
            notes: {
              note: `${counsellorNote}-${i}`,
              plan: `${counsellorPlan}-${i}`,
              'done-well': `${counsellorDoneWell}-${i}`,
            },
          }))
        : []),
    ],
    conversations: [
      {
        id: 'talk-1',
        date: '2026-10-28',
        promptSet: 'nextwork',
        answers: {},
        focus: 'teamwork',
        nextStep: 'Spørge en kollega om hjælp',
        target: 7,
      },
    ],
    jobs: [{ id: 'job-1', employer: 'bakery', start: '2026-10-01', kind: 'hourly' }],
    followUps: withCounsellor
      ? [
          {
            id: 'f-1',
            jobId: 'job-1',
            due: '2026-10-20',
            done: '2026-10-20',
            with: 'young-person',
            outcome: 'going-well',
            note: followUpNote,
          },
        ]
      : [],
    experiences: [
      { id: 'e-1', date: '2026-10-06', kind: 'work', text: 'Jeg bagte boller', shared: false },
      { id: 'e-2', date: '2026-10-13', kind: 'social', text: 'Frokost med holdet', shared: true },
    ],
  };
  const parsed = parseProgressData(input);
  if (!parsed.ok) throw new Error(`the attack's data was refused: ${JSON.stringify(parsed.issues)}`);
  return parsed.data;
}

const tags = ['spor-my-progress', 'spor-experience-log'] as const;
/** The young person; no audience (the default); and misspellings, each read as a company. */
const audiences = [
  'young-person',
  undefined,
  'Young-Person',
  'YOUNG-PERSON',
  'young person',
  'young_person',
  ' young-person',
] as const;
const day = '2026-11-02';
/** What the attack types in the log and saves. */
const typed = 'Jeg skrev selv i dag';

/** Everything readable in and around `el`: text, attributes, field values, through every shadow root. */
function everythingIn(el: Element): string {
  const parts: string[] = [`title=${document.title}`];
  for (const attribute of Array.from(el.attributes)) parts.push(`@${attribute.name}=${attribute.value}`);
  parts.push(el.textContent ?? '');
  const visit = (root: Node) => {
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
  return parts.join('\n');
}

/** Every event dispatched anywhere while `run` runs, with its detail as text. */
async function recordingEvents(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event): boolean {
    const detail = event instanceof CustomEvent ? JSON.stringify(event.detail ?? null) : '';
    seen.push(`${event.type} ${detail}`);
    return original.call(this, event);
  };
  try {
    await run();
  } finally {
    EventTarget.prototype.dispatchEvent = original;
  }
  return seen;
}

const container = document.createElement('div');
container.style.width = '390px';

/** Draws `tag` with `data` for `audience`, opens what can be opened, and returns all it showed and fired. */
async function attack(tag: string, data: ProgressData, audience: string | undefined) {
  let shown = '';
  const events = await recordingEvents(async () => {
    const el = document.createElement(tag) as HTMLElement & { data?: unknown };
    el.setAttribute('today', day);
    if (audience !== undefined) el.setAttribute('audience', audience);
    Object.assign(el, { data, locale: 'da' });
    container.append(el);
    try {
      await settle(el);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      // "Show all" notes on my page.
      for (const button of [...deepElements(el.shadowRoot!)])
        if (button instanceof HTMLButtonElement && button.classList.contains('more')) button.click();
      await settle(el);
      shown = everythingIn(el);
      // In the log: write an entry and save it, so the log fires what it fires for a person.
      const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#text');
      if (area) {
        area.value = typed;
        area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="save"]')?.click();
        await settle(el);
        shown += `\n${everythingIn(el)}`;
      }
    } finally {
      el.remove();
    }
  });
  return { shown, events };
}

/** The text of my page's trait lines, in order. */
async function traitLines(data: ProgressData, audience: string | undefined): Promise<string[]> {
  const el = document.createElement('spor-my-progress');
  if (audience !== undefined) el.setAttribute('audience', audience);
  Object.assign(el, { data, locale: 'da' });
  container.append(el);
  try {
    await settle(el);
    return [...el.shadowRoot!.querySelectorAll('[part~="trait"] .trait-text')].map(
      (line) => line.textContent?.trim() ?? '',
    );
  } finally {
    el.remove();
  }
}

describe('safety net: a counsellor’s notes and numbers never reach the young person’s own page', function () {
  this.timeout(120_000);
  before(() => document.body.append(container));
  after(() => container.remove());

  const data = guardData(true);
  const withoutCounsellor = guardData(false);

  it('the attack is armed: the framework is valid, the data holds every canary, the policy sees them', () => {
    expect(parseFramework(guardFramework).ok).to.equal(true);
    const text = JSON.stringify(data);
    for (const canary of [...canaries, companyDoneWell]) expect(text).to.contain(canary);
    expect(data.assessments.filter((a) => a.rater.role === 'counsellor').length).to.equal(4);
    // A counsellor's view holds them all: the canaries are real data, not something core drops anyway.
    const counsellorsView = JSON.stringify(forAudience(data, { audience: 'counsellor' }));
    for (const canary of canaries) expect(counsellorsView).to.contain(canary);
    // The policy for the young person alone: the companies' "done well" stays, the rest goes.
    const own = forAudience(data, { audience: 'young-person' });
    const ownText = JSON.stringify(own);
    expect(ownText).to.contain(companyDoneWell);
    for (const canary of canaries) expect(ownText).to.not.contain(canary);
    expect(own.assessments.some((a) => a.rater.role === 'counsellor')).to.equal(false);
    expect(own.assessments.some((a) => Object.values(a.ratings).includes(counsellorValue))).to.equal(false);
  });

  it('the search finds what is there: the companies’ notes on my page, a private entry in my log', async () => {
    const page = await attack('spor-my-progress', data, 'young-person');
    // Four notes, newest first, all shown once "show all" is pressed (five fit before it).
    for (const i of [0, 1, 2, 3]) expect(page.shown).to.contain(`${companyDoneWell}-${i}`);
    const log = await attack('spor-experience-log', data, 'young-person');
    expect(log.shown).to.contain('Jeg bagte boller');
    const saves = log.events.filter((event) => event.startsWith('spor-experience-save '));
    expect(saves.length, 'the saved entry fires once').to.equal(1);
    expect(saves[0]).to.contain(typed);
  });

  for (const tag of tags) {
    for (const audience of audiences) {
      it(`<${tag}> for ${JSON.stringify(audience ?? null)}: no counsellor note, no concern, no counsellor number`, async () => {
        const { shown, events } = await attack(tag, data, audience);
        expect(shown.length, 'something is drawn').to.be.greaterThan(200);
        for (const canary of canaries) {
          expect(shown, `${tag} shows ${canary}`).to.not.contain(canary);
          for (const event of events) expect(event, `${tag} fires ${canary}`).to.not.contain(canary);
        }
        for (const number of counsellorNumbers) {
          expect(shown, `${tag} shows the counsellor's ${number}`).to.not.contain(number);
          for (const event of events) expect(event, `${tag} fires ${number}`).to.not.contain(number);
        }
      });

      it(`<${tag}> for ${JSON.stringify(audience ?? null)}: the same as for a person no counsellor rated`, async () => {
        // Everything a counsellor gave taken out, the young person's page reads the same to the letter.
        const withIt = await attack(tag, data, audience);
        const without = await attack(tag, withoutCounsellor, audience);
        expect(withIt.shown).to.equal(without.shown);
      });
    }
  }

  it('my traits are the companies’ alone: teamwork from the company’s ratings, grit not rated', async () => {
    // Teamwork, weeks 41–44: the company gave 4, 5, 6, 7 (one rating a week), so the rolling mean of
    // the four weeks is (4 + 5 + 6 + 7) / 4 = 5.5, "5,5 af 10". Had the counsellor's 9.5s been counted,
    // the weeks would read (4 + 9.5) / 2 = 6.75, 7.25, 7.75, 8.25 and the mean 7.5. Grit has only the
    // counsellor's ratings: on my page it is not measured yet.
    for (const audience of audiences) {
      const lines = await traitLines(data, audience);
      expect(lines.length, String(audience)).to.equal(2);
      expect(lines[0], String(audience)).to.match(/^Holdarbejde: 5,5\u00a0af\u00a010 — /);
      expect(lines[1], String(audience)).to.equal('Mod: ikke målt endnu.');
    }
  });

  it('my own reading stands beside the company’s number, never the counsellor’s', async () => {
    const el = document.createElement('spor-my-progress');
    el.setAttribute('audience', 'young-person');
    Object.assign(el, { data, locale: 'da' });
    container.append(el);
    try {
      await settle(el);
      const readings = [...el.shadowRoot!.querySelectorAll('[part~="reading"]')];
      expect(readings.length).to.equal(1);
      // Mine: 3 each week, mean 3; the company's: 5.5 as above.
      expect(readings[0]!.querySelector('.you')?.textContent?.trim()).to.match(
        /^Dig: 3(,0)?\u00a0af\u00a010\.$/,
      );
      expect(readings[0]!.querySelector('.company')?.textContent?.trim()).to.equal(
        'Praktiksted: 5,5\u00a0af\u00a010.',
      );
    } finally {
      el.remove();
    }
  });
});
