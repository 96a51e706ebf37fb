// A person is a boundary: a host that switches the young person's page from Simon to Liv (as a
// shared tablet or a portal's "log in as" does) shows nothing of Simon's under Liv's name, in any
// frame, and what Simon had opened (all his notes) is not opened for Liv.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import '../../../src/elements/spor-my-progress/spor-my-progress.js';
import type { SporMyProgress } from '../../../src/elements/spor-my-progress/spor-my-progress.component.js';
import { everythingShown, recordEvents, settleDeep, watchFrames } from '../boundary.js';

const [simon, liv] = samplePersonas as [ProgressData, ProgressData];

/** Simon's "done well" notes that Liv's data does not hold word for word: only Simon's page may show them. */
const simonsOwnNotes = (): string[] => {
  const livs = JSON.stringify(liv);
  const notes = simon.assessments.flatMap((a) => (a.notes?.['done-well'] ? [a.notes['done-well']] : []));
  return [...new Set(notes)].filter((note) => !livs.includes(note));
};

/** Nothing of Simon's (his name, his id, his notes, his next step) in `shown`. */
function expectNothingOfSimon(shown: string, where: string): void {
  expect(shown.toLowerCase(), `${where}: Simon's name or id`).not.to.include('simon');
  for (const note of simonsOwnNotes()) expect(shown, `${where}: Simon's note`).not.to.include(note);
  expect(shown, `${where}: Simon's next step`).not.to.include('Jeg skriver min ansøgning færdig');
}

const more = (el: SporMyProgress) => el.shadowRoot!.querySelector<HTMLButtonElement>('.more')!;
const noteCount = (el: SporMyProgress) => el.shadowRoot!.querySelectorAll('[part~="note"]').length;

describe('<spor-my-progress> between persons', () => {
  it('Simon has his notes and his next step on his own page (the attack below can find them)', async () => {
    expect(simonsOwnNotes().length, "Simon's own notes").to.be.greaterThan(3);
    const el = await fixture<SporMyProgress>(
      html`<spor-my-progress .data=${simon} locale="da"></spor-my-progress>`,
    );
    await settleDeep(el);
    more(el).click();
    await settleDeep(el);
    const shown = everythingShown(el);
    expect(shown).to.include('Jeg skriver min ansøgning færdig');
    // The page says "Min side", never a name. Every one of his notes is shown once all are
    // opened, each thing said once: 45 weekly notes, in the nine different words his company
    // wrote (core's notesBetween); his own are among them.
    expect(noteCount(el)).to.equal(9);
    expect(simonsOwnNotes().filter((note) => shown.includes(note))).to.deep.equal(simonsOwnNotes());
    await expect(el).to.be.accessible();
  });

  it("shows nothing of Simon's under Liv's name in any frame, and Liv's notes start closed", async () => {
    const el = await fixture<SporMyProgress>(
      html`<spor-my-progress .data=${simon} locale="da"></spor-my-progress>`,
    );
    await settleDeep(el);
    more(el).focus();
    await sendKeys({ press: 'Enter' });
    await settleDeep(el);
    expect(more(el).getAttribute('aria-expanded')).to.equal('true');
    const events = recordEvents(el, ['spor-invalid-data']);
    const frames = watchFrames(el);
    el.data = liv;
    await settleDeep(el);
    frames.stop();
    expect(frames.snapshots.length, 'frames were watched').to.be.greaterThan(0);
    frames.snapshots.forEach((shown, i) => expectNothingOfSimon(shown, `frame ${i}`));
    const shown = everythingShown(el);
    expectNothingOfSimon(shown, "Liv's page");
    expect(shown).to.include('Jeg spørger Søren, om jeg må følge en bibliotekar en hel dag.');
    // Liv's notes, in the eight different words her companies wrote: the newest five, "Vis alle 8"
    // closed, as on a page opened for her.
    expect(noteCount(el)).to.equal(5);
    expect(more(el).getAttribute('aria-expanded')).to.equal('false');
    expect(more(el).textContent?.trim()).to.equal('Vis alle 8');
    expect(events).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it("shows the error state and nothing of Simon's when the data breaks naming Liv", async () => {
    const el = await fixture<SporMyProgress>(
      html`<spor-my-progress .data=${simon} locale="da"></spor-my-progress>`,
    );
    await settleDeep(el);
    const broken = { ...liv, assessments: [...liv.assessments, { id: 'x', instrument: 'weekly-company' }] };
    el.data = broken;
    await settleDeep(el);
    expectNothingOfSimon(everythingShown(el), 'the error state');
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    expect(noteCount(el)).to.equal(0);
    await expect(el).to.be.accessible();
  });
});
