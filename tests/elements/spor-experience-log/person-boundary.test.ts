// A person is a boundary: a host that switches the log from Simon to Liv must never show, store or
// send anything of Simon's for Liv (his draft, the entry he was changing, his private entries).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-experience-log/spor-experience-log.js';
import type { SporExperienceLog } from '../../../src/elements/spor-experience-log/spor-experience-log.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import type { SporExperienceSaveDetail } from '../../../src/events/index.js';
import { everythingShown, recordEvents, settleDeep, storedOutside, watchFrames } from '../boundary.js';
import { $, entryButton, entryIds } from './log-controls.js';

const [simon, liv] = samplePersonas as [ProgressData, ProgressData];
const simonKey = 'spor-experience-log:simon';
const livKey = 'spor-experience-log:liv';
const typed = 'Simon skrev det her selv';
const simonPrivate = ['Kunne ikke sove igen', 'datateknikeruddannelsen'];

async function log(): Promise<SporExperienceLog> {
  const el = await fixture<SporExperienceLog>(
    html`<spor-experience-log audience="young-person" .data=${simon} today="2026-11-13" locale="da" persist="local"></spor-experience-log>`,
  );
  await settleDeep(el);
  return el;
}

/** Nothing of Simon's (his typed words, his private entries, his name or id) in `text`. */
function expectNothingOfSimon(text: string, where: string): void {
  expect(text, `${where}: Simon's draft`).not.to.include(typed);
  for (const line of simonPrivate) expect(text, `${where}: Simon's private entry`).not.to.include(line);
  expect(text.toLowerCase(), `${where}: Simon's name or id`).not.to.include('simon');
}

describe('<spor-experience-log> between persons', () => {
  beforeEach(() => (localStorage.clear(), sessionStorage.clear()));
  afterEach(() => (localStorage.clear(), sessionStorage.clear()));

  it("shows, stores and sends nothing of Simon's for Liv, in any frame, and gives Simon his words back", async () => {
    const el = await log();
    const events = recordEvents(el, ['spor-experience-save', 'spor-experience-delete']);
    $<HTMLTextAreaElement>(el, '#text').focus();
    await sendKeys({ type: typed });
    const frames = watchFrames(el);
    el.data = liv;
    await settleDeep(el);
    frames.stop();
    expect(frames.snapshots.length, 'frames were watched').to.be.greaterThan(0);
    frames.snapshots.forEach((shown, i) => expectNothingOfSimon(shown, `frame ${i}`));
    expectNothingOfSimon(everythingShown(el), "Liv's screen");
    expect(entryIds(el)).to.deep.equal(['liv-x5', 'liv-x4', 'liv-x3', 'liv-x2', 'liv-x1']);
    expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('');
    expectNothingOfSimon(storedOutside(simonKey), "storage outside Simon's own draft");
    expect(events, 'no event').to.deep.equal([]);

    // Liv writes and saves: her own words, under her key and her id.
    $<HTMLTextAreaElement>(el, '#text').focus();
    await sendKeys({ type: 'Liv' });
    expect(JSON.parse(localStorage.getItem(livKey) ?? '{}')).to.have.property('text', 'Liv');
    $(el, '#save').click();
    await el.updateComplete;
    expect(events.length).to.equal(1);
    const detail = events[0]!.detail as SporExperienceSaveDetail;
    expect(detail.participant).to.equal('liv');
    expect(detail.entry.text).to.equal('Liv');
    expectNothingOfSimon(JSON.stringify(events), 'every event');
    await expect(el).to.be.accessible();

    el.data = simon;
    await settleDeep(el);
    expect($<HTMLTextAreaElement>(el, '#text').value, "Simon's words are his again").to.equal(typed);
  });

  it("never shows Simon's private entry he was changing under Liv's name", async () => {
    const el = await log();
    entryButton(el, 'simon-x3', 'edit').click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#text').value).to.include('Kunne ikke sove igen');
    await sendKeys({ type: ' Nu bedre.' });
    el.data = liv;
    await settleDeep(el);
    expectNothingOfSimon(everythingShown(el), "Liv's screen");
    expect($(el, '#form-title').textContent).to.equal('Skriv noget nyt');
    expectNothingOfSimon(storedOutside(`${simonKey}:simon-x3`), "storage outside Simon's change");
    await expect(el).to.be.accessible();
    // Back to Simon and to the same entry: his change is there.
    el.data = simon;
    await settleDeep(el);
    entryButton(el, 'simon-x3', 'edit').click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#text').value).to.equal(
      'Kunne ikke sove igen. Spillede til kl. 3, det var dumt. Nu bedre.',
    );
  });

  it("shows the error state, nothing of Simon's, when the data breaks naming Liv", async () => {
    const el = await log();
    $<HTMLTextAreaElement>(el, '#text').focus();
    await sendKeys({ type: typed });
    el.data = { ...liv, assessments: 'broken' };
    await settleDeep(el);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    expectNothingOfSimon(everythingShown(el), "Liv's broken data");
    await expect(el).to.be.accessible();
    el.data = simon;
    await settleDeep(el);
    expect($<HTMLTextAreaElement>(el, '#text').value).to.equal(typed);
  });

  it("asks about deleting one of Simon's entries, and the question is gone for Liv", async () => {
    const el = await log();
    entryButton(el, 'simon-x1', 'delete').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.confirm')).to.exist;
    el.data = liv;
    await settleDeep(el);
    expect(el.shadowRoot!.querySelector('.confirm')).to.equal(null);
    el.data = simon;
    await settleDeep(el);
    expect(el.shadowRoot!.querySelector('.confirm'), 'not asked again without a tap').to.equal(null);
    await expect(el).to.be.accessible();
  });
});
