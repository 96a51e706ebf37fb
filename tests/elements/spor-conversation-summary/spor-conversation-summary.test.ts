import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/spor-conversation-summary/spor-conversation-summary.js';
import '../../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import type { SporConversationSummary } from '../../../src/elements/spor-conversation-summary/spor-conversation-summary.component.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import {
  aggregate,
  nextLevelPromptSet,
  parseProgressData,
  rollingNow,
  sampleAsOf,
  samplePersonas,
  type ConversationRecord,
  type ProgressData,
} from '../../../src/core/index.js';
import type { SporInvalidDataEvent } from '../../../src/events/index.js';

const [simon] = samplePersonas as [ProgressData];

const record = (extra: Partial<ConversationRecord> = {}): ConversationRecord => ({
  id: 'simon-c5',
  date: sampleAsOf,
  promptSet: 'nextwork',
  answers: {
    changes: 'Initiativ er gået op, og jeg kommer til tiden.',
    examples: 'Jeg har selv fundet en ny opgave på lageret.',
    appreciation: 'At Peter tager sig tid til at forklare.',
    focus: 'Samarbejde: at spørge en kollega, før jeg går i stå.',
  },
  focus: 'cooperation',
  ...extra,
});

async function summary(
  rec: unknown = record(),
  extra: Partial<SporConversationSummary> = {},
): Promise<SporConversationSummary> {
  const el = await fixture<SporConversationSummary>(
    html`<spor-conversation-summary .data=${simon} .record=${rec} locale="da"></spor-conversation-summary>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

/** Everything a person reads, the children's shadow roots included. */
function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

async function settled(el: SporConversationSummary): Promise<void> {
  await el.updateComplete;
  for (const child of el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(
    '*',
  ))
    await child.updateComplete;
}

const texts = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) =>
    (n.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

describe('<spor-conversation-summary>', () => {
  it('shows the name, the date, the prompt set and every prompt with its answer, accessibly', async () => {
    const el = await summary();
    await settled(el);
    expect(texts(el, 'h2')).to.deep.equal(['Samtale med Simon']);
    expect(texts(el, '.meta')[0]).to.contain('6. november 2026').and.contain('NExTWORK');
    const answers = texts(el, '.answer');
    expect(answers).to.have.length(4);
    expect(answers[0]).to.contain('Hvordan er visualiseringen anderledes fra sidste gang?');
    for (const [index, answer] of Object.values(record().answers).entries())
      expect(answers[index]).to.contain(answer);
    await expect(el).to.be.accessible();
  });

  it('says the focus chosen now, and last time’s with how it went since, in the model’s sentence', async () => {
    const el = await summary();
    expect(texts(el, '.focus-now')).to.deep.equal(['Valgt til næste gang: Samarbejdsevner.']);
    // Simon's last conversation (30 September) chose determination.
    const last = texts(el, '.focus-last')[0] ?? '';
    expect(last).to.equal(
      'Ved samtalen 30. september valgte I: Beslutsomhed. Beslutsomhed: stabil siden 30. september, 3,4 nu.',
    );
    await expect(el).to.be.accessible();
  });

  it('says what changed since last time in the same sentences as the conversation guide', async () => {
    const el = await summary();
    const sentences = texts(el, '.change-list li');
    expect(sentences.length).to.be.greaterThan(6);
    const guide = await fixture<SporConversationGuide>(
      html`<spor-conversation-guide .data=${simon} date=${sampleAsOf} locale="da"></spor-conversation-guide>`,
    );
    // The guide says each change as a short line (issue 22), heard as "Samarbejdsevner: højere,
    // fra 3,0 til 3,8" (its symbol and arrow hidden); the summary says the whole sentence with the
    // same words and numbers: "Samarbejdsevner: højere, fra 3,0 før 30. september til 3,8 nu …".
    const heard = [...guide.shadowRoot!.querySelectorAll<HTMLElement>('.change-list li')].map((li) =>
      (li.textContent ?? '')
        .replace(li.querySelector('.values')?.textContent ?? '', '')
        .replace(li.querySelector('.mark')?.textContent ?? '', '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(heard.length).to.be.greaterThan(0);
    for (const line of heard) {
      // A monthly area among weekly ones names its own window after the values.
      const moved = /^(.+): ((?:lidt )?(?:højere|lavere)), fra (\d,\d) til (\d,\d)(?: \(.+\))?$/.exec(line);
      const steady = /^(.+): stabil, (\d,\d)(?: \(.+\))?$/.exec(line);
      expect(moved ?? steady, line).not.to.equal(null);
      const said = moved
        ? sentences.find((s) => s.startsWith(`${moved[1]}: ${moved[2]}, fra ${moved[3]} før `))
        : sentences.find((s) => s.startsWith(`${steady![1]}: stabil siden `));
      expect(said, line).to.be.a('string');
      expect(said, line).to.contain(moved ? `til ${moved[4]} nu` : `, ${steady![2]} nu`);
    }
    expect(texts(el, '.changes h3')[0]).to.equal('Det har ændret sig siden samtalen 30. september');
    await expect(el).to.be.accessible();
  });

  it('shows the trait star (now and last time) and the dimensions, with resilience only by consent', async () => {
    const el = await summary();
    await settled(el);
    const star = el.shadowRoot!.querySelector('spor-trait-star');
    expect(star?.getAttribute('since')).to.equal('2026-09-30');
    expect(star?.getAttribute('date')).to.equal(sampleAsOf);
    expect(el.shadowRoot!.querySelector('spor-dimension-summary')).to.exist;
    expect(deepText(el.shadowRoot!)).not.to.contain('Modstandskraft');

    // Even a host that says consent on the element does not decide: the record does.
    const hostSays = await summary(record(), { resilienceConsent: true });
    await settled(hostSays);
    expect(deepText(hostSays.shadowRoot!)).not.to.contain('Modstandskraft');

    const agreed = await summary(record({ resilienceConsent: true }));
    await settled(agreed);
    expect(deepText(agreed.shadowRoot!)).to.contain('Modstandskraft');
    await expect(agreed).to.be.accessible();

    const company = await summary(record({ resilienceConsent: true }), { audience: 'company' });
    await settled(company);
    expect(deepText(company.shadowRoot!), 'a company never sees it').not.to.contain('Modstandskraft');

    const counsellor = await summary(record(), { audience: 'counsellor' });
    await settled(counsellor);
    expect(deepText(counsellor.shadowRoot!), 'a counsellor sees everything').to.contain('Modstandskraft');
  });

  it('shows the dimensions as of the conversation, as the star does, not as of the latest rating', async () => {
    // A summary printed for an earlier conversation: both charts read on its date.
    const date = '2026-10-14';
    const el = await summary(record({ id: 'simon-earlier', date }));
    await settled(el);
    const cards = el.shadowRoot!.querySelector('spor-dimension-summary')!;
    expect(cards.getAttribute('date')).to.equal(date);
    const parsed = parseProgressData(simon);
    if (!parsed.ok) throw new Error('the persona must parse');
    const work = aggregate(parsed.data).dimensions['work-readiness']!;
    const then = rollingNow(work, date)!.value;
    const latest = rollingNow(work)!.value;
    expect(then, 'the persona changed after that day').not.to.equal(latest);
    const shown = cards
      .shadowRoot!.querySelector('[part~="value"]')!
      .textContent!.replace(/\s+/g, ' ')
      .trim();
    expect(shown).to.equal(`${then.toFixed(1).replace('.', ',')} af 5`);
    await expect(el).to.be.accessible();
  });

  it('reads a next-level record and speaks English', async () => {
    const answers = Object.fromEntries(nextLevelPromptSet.prompts.map((p, i) => [p.id, `Answer ${i + 1}`]));
    const el = await summary(
      {
        id: 'x',
        date: sampleAsOf,
        promptSet: 'next-level',
        answers: { [nextLevelPromptSet.prompts[0]!.id]: 'Here' },
      },
      { locale: 'en' },
    );
    expect(texts(el, 'h2')).to.deep.equal(['Conversation with Simon']);
    const shown = texts(el, '.answer');
    expect(shown[0]).to.contain('Where are you?').and.contain('Here');
    expect(shown[1]).to.contain('Not answered.');
    expect(Object.keys(answers)).to.have.length(shown.length);
    await expect(el).to.be.accessible();
  });

  it('shows a localized error state and fires spor-invalid-data for a bad record, never an exception', async () => {
    const el = await fixture<SporConversationSummary>(
      html`<spor-conversation-summary .data=${simon} locale="en"></spor-conversation-summary>`,
    );
    expect(texts(el, '.empty')).to.deep.equal(['There is no finished conversation to show.']);
    setTimeout(() => (el.record = { ...record(), answers: { nope: 'x' }, focus: 'luck' }));
    const event = (await oneEvent(el, 'spor-invalid-data')) as SporInvalidDataEvent;
    expect(event.detail.issues.map((i) => i.path.join('.'))).to.deep.equal([
      'record.answers.nope',
      'record.focus',
    ]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain('cannot be shown');
    await expect(el).to.be.accessible();
    setTimeout(() => (el.record = { ...record(), promptSet: 'unknown' }));
    const again = (await oneEvent(el, 'spor-invalid-data')) as SporInvalidDataEvent;
    expect(again.detail.issues[0]?.path).to.deep.equal(['promptSet']);
  });
});
