import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-experience-log/spor-experience-log.js';
import type { SporExperienceLog } from '../../../src/elements/spor-experience-log/spor-experience-log.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import type {
  SporExperienceDeleteDetail,
  SporExperienceSaveDetail,
  SporInvalidDataDetail,
} from '../../../src/events/index.js';
import { atFixedTime } from '../../fixed-clock.js';
import { everythingShown, recordEvents } from '../boundary.js';
import { $, entryButton, entryIds, tabTo, textOf, write } from './log-controls.js';

const [simon] = samplePersonas as [ProgressData];
const today = '2026-11-13';

async function log(locale = 'da', extra: Record<string, unknown> = {}): Promise<SporExperienceLog> {
  const el = await fixture<SporExperienceLog>(
    html`<spor-experience-log audience="young-person" .data=${simon} today=${today} locale=${locale}></spor-experience-log>`,
  );
  if (Object.keys(extra).length > 0) {
    Object.assign(el, extra);
    await el.updateComplete;
  }
  return el;
}

/** The save events `el` fires from now on, in order (the list fills as they come). */
const saves = (el: SporExperienceLog) =>
  recordEvents(el, ['spor-experience-save']) as Array<{ type: string; detail: SporExperienceSaveDetail }>;

describe('<spor-experience-log>', () => {
  it("shows Simon's own log, newest first, with the day, what it is about and who sees each entry", async () => {
    const el = await log();
    // 5 Nov (x5), 3 Nov (x4), 22 Oct (x3), 14 Oct (x2), 7 Oct (x1).
    expect(entryIds(el)).to.deep.equal(['simon-x5', 'simon-x4', 'simon-x3', 'simon-x2', 'simon-x1']);
    const first = el.shadowRoot!.querySelector('.entry')!;
    expect(first.querySelector('.day')!.textContent).to.equal('5. november');
    expect(first.querySelector('.kind-word')!.textContent).to.equal('Andet');
    expect(first.querySelector('.badge')!.textContent!.trim()).to.equal('Kun dig');
    expect(first.querySelector('.entry-text')!.textContent).to.equal(
      'Har læst om datateknikeruddannelsen. Tror jeg tør søge.',
    );
    const second = el.shadowRoot!.querySelectorAll('.entry')[1]!;
    expect(second.querySelector('.badge')!.textContent!.trim()).to.equal('Delt');
    expect(textOf(el, '#title')).to.equal('Min log');
    expect(textOf(el, '#form-title')).to.equal('Skriv noget nyt');
    expect($<HTMLInputElement>(el, '#date').value, 'today by default').to.equal(today);
    expect($<HTMLInputElement>(el, 'input[value="work"]').checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is private by default, and the switch says in words who will see the entry', async () => {
    const el = await log();
    const share = $(el, '#share');
    expect(share.getAttribute('role')).to.equal('switch');
    expect(share.getAttribute('aria-checked')).to.equal('false');
    expect(share.getAttribute('aria-describedby')).to.equal('who');
    expect(textOf(el, '#who')).to.equal('Hvem ser den? Kun dig.');
    share.click();
    await el.updateComplete;
    expect(share.getAttribute('aria-checked')).to.equal('true');
    expect(textOf(el, '#who')).to.equal(
      'Hvem ser den? Din mentor og virksomheden ser den ved næste samtale.',
    );
    await expect(el).to.be.accessible();
    el.locale = 'en';
    await el.updateComplete;
    expect(textOf(el, '#who')).to.equal(
      'Who sees it? Your mentor and the company see it at the next conversation.',
    );
  });

  it('speaks English, with English days', async () => {
    const el = await log('en');
    expect(textOf(el, '#title')).to.equal('My log');
    expect(el.shadowRoot!.querySelector('.entry .day')!.textContent).to.equal('5 November');
    expect(el.shadowRoot!.querySelector('.entry .kind-word')!.textContent).to.equal('Something else');
    await expect(el).to.be.accessible();
  });

  it('shows any other audience the shared entries only: no private text anywhere', async () => {
    for (const audience of ['company', 'conversation', 'counsellor', 'Young-Person']) {
      const el = await log('da', { audience });
      expect(entryIds(el), audience).to.deep.equal(['simon-x4', 'simon-x2', 'simon-x1']);
      const shown = everythingShown(el);
      expect(shown, audience).not.to.include('Kunne ikke sove igen');
      expect(shown, audience).not.to.include('datateknikeruddannelsen');
      await expect(el).to.be.accessible();
    }
  });

  it('saves a new entry with the keyboard alone: the entry, whole, and whose it is', async () => {
    const el = await log();
    const events = saves(el);
    await tabTo(el, '#text');
    await sendKeys({ type: 'Jeg hjalp en kunde.' });
    await tabTo(el, '#share');
    await sendKeys({ press: 'Space' });
    await tabTo(el, '#save');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events.length).to.equal(1);
    const detail = events[0]!.detail;
    expect(detail.entry.id).to.be.a('string').and.not.equal('');
    expect(detail).to.deep.equal({
      entry: { id: detail.entry.id, date: today, kind: 'work', text: 'Jeg hjalp en kunde.', shared: true },
      participant: 'simon',
      isNew: true,
    });
    expect(textOf(el, '.live')).to.equal('Den er gemt.');
    expect($<HTMLTextAreaElement>(el, '#text').value, 'a new entry can be written').to.equal('');
    expect($(el, '#share').getAttribute('aria-checked'), 'private again').to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('chooses what it is about with the arrow keys, and the day in the date field', async () => {
    const el = await log();
    const events = saves(el);
    await tabTo(el, 'input[value="work"]');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[value="social"]').checked).to.equal(true);
    const date = $<HTMLInputElement>(el, '#date');
    date.value = '2026-11-10';
    date.dispatchEvent(new Event('change', { bubbles: true }));
    write(el, '  Frokost med holdet.  ');
    await el.updateComplete;
    $(el, '#save').click();
    await el.updateComplete;
    expect(events.map((e) => e.detail.entry)).to.deep.equal([
      {
        id: events[0]!.detail.entry.id,
        date: '2026-11-10',
        kind: 'social',
        text: 'Frokost med holdet.',
        shared: false,
      },
    ]);
    await expect(el).to.be.accessible();
  });

  it('changes one of my entries: the same id, the fields as they were unless changed', async () => {
    const el = await log();
    const events = saves(el);
    entryButton(el, 'simon-x4', 'edit').click();
    await el.updateComplete;
    expect(textOf(el, '#form-title')).to.equal('Ret det, du skrev');
    expect(el.shadowRoot!.activeElement?.id, 'focus in the text').to.equal('text');
    expect($<HTMLTextAreaElement>(el, '#text').value).to.equal(
      'Lukkede fem sager i min kø på én dag. Ny rekord.',
    );
    expect($<HTMLInputElement>(el, '#date').value).to.equal('2026-11-03');
    expect($(el, '#share').getAttribute('aria-checked')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Seks!' });
    $(el, '#save').click();
    await el.updateComplete;
    expect(events.map((e) => e.detail)).to.deep.equal([
      {
        entry: {
          id: 'simon-x4',
          date: '2026-11-03',
          kind: 'work',
          text: 'Lukkede fem sager i min kø på én dag. Ny rekord. Seks!',
          shared: true,
        },
        participant: 'simon',
        isNew: false,
      },
    ]);
    expect(textOf(el, '#form-title'), 'back to a new entry').to.equal('Skriv noget nyt');
  });

  it('gives up a change with Cancel, and focus goes back to the entry', async () => {
    const el = await log();
    const events = saves(el);
    entryButton(el, 'simon-x2', 'edit').click();
    await el.updateComplete;
    write(el, 'Noget andet');
    await el.updateComplete;
    $(el, '#cancel').click();
    await el.updateComplete;
    expect(events).to.deep.equal([]);
    expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(entryButton(el, 'simon-x2', 'edit'));
    // Change again: the entry as it is, not the words given up.
    entryButton(el, 'simon-x2', 'edit').click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#text').value).to.equal(
      'Spiste frokost med Peter og de andre. Vi snakkede om spil.',
    );
    await expect(el).to.be.accessible();
  });

  it('asks once before deleting, with the keyboard, and says No by default', async () => {
    const el = await log();
    const events = recordEvents(el, ['spor-experience-delete', 'spor-experience-save']);
    entryButton(el, 'simon-x3', 'delete').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const group = $(el, '.confirm');
    expect(group.getAttribute('role')).to.equal('group');
    expect(textOf(el, '#confirm-question')).to.equal('Vil du slette den?');
    expect(el.shadowRoot!.activeElement, 'focus on No').to.equal(entryButton(el, 'simon-x3', 'no'));
    expect(events, 'nothing deleted yet').to.deep.equal([]);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events, 'No deletes nothing').to.deep.equal([]);
    expect(el.shadowRoot!.activeElement).to.equal(entryButton(el, 'simon-x3', 'delete'));

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabTo(el, '[data-action="yes"]', 'Shift+Tab');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events).to.deep.equal([
      { type: 'spor-experience-delete', detail: { id: 'simon-x3', participant: 'simon' } },
    ]);
    const detail = events[0]!.detail as SporExperienceDeleteDetail;
    expect(Object.keys(detail).sort()).to.deep.equal(['id', 'participant']);
    expect(textOf(el, '.live')).to.equal('Den er slettet.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('list-title');
    await expect(el).to.be.accessible();
  });

  it('saves nothing without text, and says so at the field', async () => {
    const el = await log();
    const events = saves(el);
    write(el, '   ');
    await el.updateComplete;
    $(el, '#save').click();
    await el.updateComplete;
    expect(events).to.deep.equal([]);
    const text = $(el, '#text');
    expect(text.getAttribute('aria-invalid')).to.equal('true');
    expect(text.getAttribute('aria-describedby')).to.equal('text-error');
    expect(textOf(el, '#text-error')).to.equal('Skriv, hvad der skete.');
    expect(el.shadowRoot!.activeElement).to.equal(text);
    await expect(el).to.be.accessible();
    write(el, 'Nu');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#text-error'), 'the message goes when writing').to.equal(null);
  });

  it("reads today in the framework's time zone when no day is given", async () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Copenhagen.
    await atFixedTime('2026-03-01T23:30:00Z', async () => {
      const el = await fixture<SporExperienceLog>(
        html`<spor-experience-log audience="young-person" .data=${simon} locale="da"></spor-experience-log>`,
      );
      expect($<HTMLInputElement>(el, '#date').value).to.equal('2026-03-02');
      await expect(el).to.be.accessible();
    });
  });

  it('takes heading-level, and says when the log is empty', async () => {
    const empty = { ...simon, experiences: [] };
    const el = await log('da', { headingLevel: 2, data: empty });
    expect($(el, '#title').tagName).to.equal('H2');
    expect($(el, '#form-title').tagName).to.equal('H3');
    expect($(el, '#list-title').tagName).to.equal('H3');
    expect(entryIds(el)).to.deep.equal([]);
    expect(textOf(el, '.empty')).to.equal('Du har ikke skrevet noget endnu.');
    await expect(el).to.be.accessible();
  });

  it('draws markup in an entry as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>fed</b>';
    const data = { ...simon, experiences: [{ id: 'h', date: '2026-11-01', kind: 'work', text: hostile }] };
    const el = await log('da', { data });
    expect(el.shadowRoot!.querySelector('.entry-text img, .entry-text b')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.entry-text')!.textContent).to.equal(hostile);
    await aTimeout(20);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows the error state and fires spor-invalid-data for bad data and for a bad today', async () => {
    const el = await log('en');
    const invalid = oneEvent(el, 'spor-invalid-data');
    el.data = { ...simon, experiences: [{ id: 'a', date: '2026-02-30', kind: 'school', text: 'x' }] };
    const detail: SporInvalidDataDetail = (await invalid).detail;
    expect(detail.issues.map((i) => i.path.join('.'))).to.include('experiences.0.kind');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();

    el.data = simon;
    await el.updateComplete;
    const badDay = oneEvent(el, 'spor-invalid-data');
    el.today = '2026-13-45';
    const day: SporInvalidDataDetail = (await badDay).detail;
    expect(day.issues).to.deep.equal([
      { path: ['today'], message: 'The day "2026-13-45" is not a valid date (YYYY-MM-DD).' },
    ]);
    await el.updateComplete;
    expect(textOf(el, '[part~="error"]')).to.include('2026-13-45');
    await expect(el).to.be.accessible();
  });
});
