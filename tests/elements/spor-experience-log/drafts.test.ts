// Nothing typed is lost: the same rules as the conversation guide's drafts (reload, storage that
// refuses, a host that refetches or breaks its data while the young person writes).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-experience-log/spor-experience-log.js';
import type { SporExperienceLog } from '../../../src/elements/spor-experience-log/spor-experience-log.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import { $, entryButton, textOf } from './log-controls.js';
import { refetchGaps, typeWhileRefetching } from '../refetch.js';

const [simon] = samplePersonas as [ProgressData];
const today = '2026-11-13';
const key = 'spor-experience-log:simon';
const typed = 'I dag fik jeg lov at tage telefonen alene. Det gik fint. ';

const mount = (persist = 'local', day = today) =>
  fixture<SporExperienceLog>(
    html`<spor-experience-log audience="young-person" .data=${simon} today=${day} locale="da" persist=${persist}></spor-experience-log>`,
  );

describe('<spor-experience-log> drafts', () => {
  beforeEach(() => (localStorage.clear(), sessionStorage.clear()));
  afterEach(() => (localStorage.clear(), sessionStorage.clear()));

  it('keeps what is written across a reload (persist), with its day, and says it came back', async () => {
    const first = await mount();
    $<HTMLTextAreaElement>(first, '#text').focus();
    await sendKeys({ type: 'Halvt skrevet' });
    $(first, '#share').click();
    await first.updateComplete;
    const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    expect(stored['text']).to.equal('Halvt skrevet');
    expect(stored['shared']).to.equal(true);
    expect(stored['date'], 'the day writing started').to.equal(today);
    first.remove();

    // The next day the page is opened again: the draft keeps the day it was written.
    const again = await mount('local', '2026-11-14');
    expect($<HTMLTextAreaElement>(again, '#text').value).to.equal('Halvt skrevet');
    expect($<HTMLInputElement>(again, '#date').value).to.equal(today);
    expect($(again, '#share').getAttribute('aria-checked')).to.equal('true');
    expect(textOf(again, '.live')).to.equal('Det, du skrev sidst, er hentet frem.');
    await expect(again).to.be.accessible();
  });

  it('stores nothing without persist', async () => {
    const el = await mount('none');
    $<HTMLTextAreaElement>(el, '#text').focus();
    await sendKeys({ type: 'Kun her' });
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('keeps the text on screen and says so when storage refuses', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await mount();
      $<HTMLTextAreaElement>(el, '#text').focus();
      await sendKeys({ type: 'Fuldt lager' });
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('Fuldt lager');
      expect(textOf(el, '.live')).to.equal('Det kan ikke gemmes her. Det, du skrev, står her stadig.');
      await expect(el).to.be.accessible();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('clears the stored draft once the entry is saved, and keeps a change apart from a new entry', async () => {
    const el = await mount();
    $<HTMLTextAreaElement>(el, '#text').focus();
    await sendKeys({ type: 'Ny tekst' });
    // Changing an entry meanwhile: the new entry's words wait under their own key.
    entryButton(el, 'simon-x1', 'edit').click();
    await el.updateComplete;
    await sendKeys({ type: ' Rettet.' });
    expect(JSON.parse(localStorage.getItem(`${key}:simon-x1`) ?? '{}')).to.have.property('id', 'simon-x1');
    $(el, '#save').click();
    await el.updateComplete;
    expect(localStorage.getItem(`${key}:simon-x1`), 'the change was handed over').to.equal(null);
    expect($<HTMLTextAreaElement>(el, '#text').value, 'the new entry is back').to.equal('Ny tekst');
    $(el, '#save').click();
    await el.updateComplete;
    expect(localStorage.getItem(key)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const [name, gap] of refetchGaps(simon)) {
    it(`keeps every typed character on screen and stored while the host refetches (${name} for 60 ms every 500 ms)`, async () => {
      const el = await mount();
      $<HTMLTextAreaElement>(el, '#text').focus();
      await typeWhileRefetching(el, simon, gap, typed);
      expect($<HTMLTextAreaElement>(el, '#text').value, 'on screen').to.equal(typed);
      expect(el.shadowRoot!.activeElement?.id, 'focus stays').to.equal('text');
      const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as { text?: string };
      expect(stored.text, 'in the stored draft').to.equal(typed);
      expect(localStorage.getItem('spor-experience-log:'), 'no anonymous draft').to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the form, the text and the focus when the data breaks, says so, and drops the notice when good data is back', async () => {
    const el = await mount('none');
    const area = $<HTMLTextAreaElement>(el, '#text');
    area.focus();
    await sendKeys({ type: 'Halvt' });
    const invalid = oneEvent(el, 'spor-invalid-data');
    el.data = { ...simon, assessments: 'broken' };
    expect((await invalid).detail.issues.length, 'the host is told').to.be.greaterThan(0);
    await el.updateComplete;
    expect(textOf(el, '[part~="input-notice"]')).to.contain('er her stadig');
    expect(el.shadowRoot!.activeElement).to.equal(area);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await sendKeys({ type: ' færdig' });
    el.data = simon;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="input-notice"]')).to.equal(null);
    expect(area.value).to.equal('Halvt færdig');
  });

  it('shows the error state for broken data when nothing is being written', async () => {
    const el = await mount('none');
    el.data = { ...simon, assessments: 'broken' };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
