import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Assessment, ProgressData } from '../../../src/core/index.js';
import '../../../src/elements/spor-my-progress/spor-my-progress.js';
import type { SporMyProgress } from '../../../src/elements/spor-my-progress/spor-my-progress.component.js';
import type { SporSparkline } from '../../../src/elements/spor-sparkline/spor-sparkline.component.js';
import { allWeekly, progress, weekly } from '../../core/fixtures.js';

/** The young person's own weekly reading (`self-weekly`, rater role `self`). */
const own = (date: string, ratings: Record<string, number | null>): Assessment => ({
  id: `own-${date}`,
  instrument: 'self-weekly',
  date,
  rater: { role: 'self', id: 'p1' },
  ratings,
});

/**
 * Four weeks of a company's ratings (W10–W13 of 2026), three "done well" notes and one concern,
 * the young person's own reading in W11 and W12, and one conversation on Wednesday 11 March that
 * chose cooperation, with a next step and a target.
 */
function handMade(): ProgressData {
  const rated = (cooperation: number, initiative: number) => ({
    ...allWeekly(null),
    cooperation,
    initiative,
  });
  return progress(
    [
      weekly('2026-03-02', rated(2, 3), 'a', { 'done-well': 'Mødte til tiden.', concerns: 'Virkede træt.' }),
      weekly('2026-03-09', rated(3, 3), 'a', { 'done-well': 'Hjalp en kollega.' }),
      weekly('2026-03-16', rated(4, 4), 'a'),
      weekly('2026-03-23', rated(4, 4), 'b', { 'done-well': 'Ryddede op.' }),
      own('2026-03-13', { cooperation: 4 }),
      own('2026-03-20', { cooperation: 5, initiative: 2 }),
    ],
    {
      conversations: [
        {
          id: 'c1',
          date: '2026-03-11',
          promptSet: 'nextwork',
          focus: 'cooperation',
          answers: {},
          nextStep: 'Jeg spørger om hjælp, når jeg går i stå.',
          target: 4,
        },
      ],
    },
  );
}

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];

describe('<spor-my-progress>', () => {
  it('shows the four parts in order under one heading, as a list each', async () => {
    const el = await fixture<SporMyProgress>(html`<spor-my-progress .data=${handMade()}></spor-my-progress>`);
    expect(text(root(el).querySelector('h2'))).to.equal('Min side');
    const headings = all(el, 'section h3').map((h) => text(h));
    expect(headings).to.deep.equal(['Det gik godt', 'Mit fokus', 'Mine egenskaber nu', 'Mit eget svar']);
    // Each part is a region named by its heading.
    for (const section of all(el, 'section')) {
      expect(root(el).getElementById(section.getAttribute('aria-labelledby')!)).to.exist;
    }
    await expect(el).to.be.accessible();
  });

  it('lists the companies\' "done well" notes newest first, without the concern', async () => {
    const el = await fixture<SporMyProgress>(html`<spor-my-progress .data=${handMade()}></spor-my-progress>`);
    const notes = all(el, '[part~="note"]');
    expect(notes).to.have.length(3);
    // 23 March, 9 March, 2 March; the concern of 2 March is not the young person's to read alone.
    expect(notes.map((n) => text(n.querySelector('.note-text')))).to.deep.equal([
      'Ryddede op.',
      'Hjalp en kollega.',
      'Mødte til tiden.',
    ]);
    expect(notes.map((n) => n.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
      '2026-03-23',
      '2026-03-09',
      '2026-03-02',
    ]);
    expect(text(notes[0]!.querySelector('time'))).to.equal('23. mar.');
    expect(text(root(el).querySelector('[part~="base"]'))).not.to.contain('Virkede træt');
    // Three notes: no "show all" button.
    expect(root(el).querySelector('.more')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the focus, the next step, the target and how the focus moved, in plain words', async () => {
    const el = await fixture<SporMyProgress>(html`<spor-my-progress .data=${handMade()}></spor-my-progress>`);
    const focus = root(el).querySelector('[part~="focus"]')!;
    expect(text(focus.querySelector('.focus-area'))).to.equal('Mit fokus er Samarbejdsevner.');
    expect(text(focus.querySelector('.step'))).to.equal('Jeg spørger om hjælp, når jeg går i stå.');
    expect(text(focus.querySelector('.target'))).to.equal('Mit mål er 4 af 5.');
    // Core's rule: "before" is the rolling mean at the last week that ended before 11 March, W10
    // (2–8 March): the weeks W7–W10 hold one rating, 2 (less than half of 4: it says so). "Now" is the
    // mean of W10–W13: (2 + 3 + 4 + 4) / 4 = 3.25, written 3,3. It rose.
    expect(text(focus.querySelector('.moved'))).to.equal(
      'Samarbejdsevner er gået op. Før 11. marts: 2,0 af 5. Nu: 3,3 af 5. Det bygger på 1 svar.',
    );
    await expect(el).to.be.accessible();
  });

  it('says each trait now as a number with words, with a small line of the way there', async () => {
    const el = await fixture<SporMyProgress>(html`<spor-my-progress .data=${handMade()}></spor-my-progress>`);
    const traits = all(el, '[part~="trait"]');
    expect(traits.length).to.be.greaterThan(1);
    const byLabel = new Map(traits.map((t) => [text(t.querySelector('.trait-text')).split(':')[0], t]));
    // Initiative: (3 + 3 + 4 + 4) / 4 = 3.5 → step 1 + 4 × 2.5 / 4 = 3.5, halves up: 4, "det går godt".
    expect(text(byLabel.get('Initiativ')!.querySelector('.trait-text'))).to.equal(
      'Initiativ: 3,5 af 5 — det går godt.',
    );
    // Cooperation: 3.25, written 3,3 → step 1 + 4 × 2.3 / 4 = 3.3: 3, "det går okay".
    const cooperation = byLabel.get('Samarbejdsevner')!;
    expect(text(cooperation.querySelector('.trait-text'))).to.equal(
      'Samarbejdsevner: 3,3 af 5 — det går okay.',
    );
    // The line: the rolling means W10 2, W11 (2 + 3) / 2 = 2.5, W12 3, W13 3.25, on the 1–5 scale.
    const line = cooperation.querySelector<SporSparkline>('spor-sparkline')!;
    expect(line.values).to.deep.equal([2, 2.5, 3, 3.25]);
    expect([line.min, line.max]).to.deep.equal([1, 5]);
    expect(line.label).to.equal('Samarbejdsevner');
    await expect(el).to.be.accessible();
  });

  it("puts the young person's own reading beside the company's, where they gave one", async () => {
    const el = await fixture<SporMyProgress>(html`<spor-my-progress .data=${handMade()}></spor-my-progress>`);
    const readings = all(el, '[part~="reading"]');
    // Two traits read by the young person, in the framework's order: initiative, cooperation.
    expect(readings.map((r) => text(r))).to.deep.equal([
      // Own: W12's 2 alone; the company's 3.5.
      'Initiativ Dig: 2,0 af 5. Praktiksted: 3,5 af 5.',
      // Own: (4 + 5) / 2 = 4.5 over W11–W12; the company's 3.25, written 3,3.
      'Samarbejdsevner Dig: 4,5 af 5. Praktiksted: 3,3 af 5.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('speaks English with the same numbers', async () => {
    const el = await fixture<SporMyProgress>(
      html`<spor-my-progress locale="en" .data=${handMade()}></spor-my-progress>`,
    );
    expect(text(root(el).querySelector('h2'))).to.equal('My page');
    expect(text(root(el).querySelector('.moved'))).to.equal(
      'Cooperation has gone up. Before 11 March: 2.0 of 5. Now: 3.3 of 5. It rests on 1 answer.',
    );
    expect(text(all(el, '[part~="reading"]')[1])).to.equal('Cooperation You: 4.5 of 5. Workplace: 3.3 of 5.');
    await expect(el).to.be.accessible();
  });

  it('follows heading-level', async () => {
    const el = await fixture<SporMyProgress>(
      html`<spor-my-progress heading-level="1" .data=${handMade()}></spor-my-progress>`,
    );
    expect(root(el).querySelectorAll('h1')).to.have.length(1);
    expect(root(el).querySelectorAll('h2')).to.have.length(4);
    // The focus's two sub-headings, one level below its part: "Mit næste skridt", "Sådan har det flyttet sig".
    expect([...root(el).querySelectorAll('h3')].map((h) => text(h))).to.deep.equal([
      'Mit næste skridt',
      'Sådan har det flyttet sig',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows the newest five notes and the rest by keyboard, and says so to a screen reader', async () => {
    const data = handMade();
    const extra = ['05', '12', '19', '26'].map((day) =>
      weekly(`2026-01-${day}`, allWeekly(null), 'a', { 'done-well': `Note ${day}. januar.` }),
    );
    const el = await fixture<SporMyProgress>(
      html`<spor-my-progress .data=${{ ...data, assessments: [...extra, ...data.assessments] }}></spor-my-progress>`,
    );
    expect(all(el, '[part~="note"]')).to.have.length(5);
    const more = root(el).querySelector<HTMLButtonElement>('.more')!;
    expect(text(more)).to.equal('Vis alle 7');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    const box = more.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // All seven, the oldest (5 January) last.
    const notes = all(el, '[part~="note"]');
    expect(notes).to.have.length(7);
    expect(text(notes[6]!.querySelector('.note-text'))).to.equal('Note 05. januar.');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(text(more)).to.equal('Vis færre');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(all(el, '[part~="note"]')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('says plainly what is not there yet', async () => {
    const el = await fixture<SporMyProgress>(
      html`<spor-my-progress .data=${progress([weekly('2026-03-02', allWeekly(3), 'a')])}></spor-my-progress>`,
    );
    expect(all(el, '.empty').map((p) => text(p))).to.deep.equal([
      'Der er ingen ros endnu.',
      'Du har ikke valgt et fokus endnu.',
      'Du har ikke givet dit eget svar endnu.',
    ]);
    // One week of 3 on every trait: 3,0 af 5, "det går okay", no line from one point.
    expect(text(all(el, '[part~="trait"]')[0])).to.equal('Initiativ: 3,0 af 5 — det går okay.');
    expect(root(el).querySelector('spor-sparkline')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an error state and fires spor-invalid-data for bad data', async () => {
    const el = await fixture<SporMyProgress>(html`<spor-my-progress .data=${handMade()}></spor-my-progress>`);
    const event = oneEvent(el, 'spor-invalid-data');
    el.data = { schemaVersion: 1, participant: {} };
    const { detail } = await event;
    expect(detail.issues.length).to.be.greaterThan(0);
    await el.updateComplete;
    expect(root(el).querySelector('[part~="error"]')).to.exist;
    expect(root(el).querySelector('[part~="base"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
