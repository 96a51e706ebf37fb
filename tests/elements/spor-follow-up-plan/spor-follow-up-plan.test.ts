import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-follow-up-plan/spor-follow-up-plan.js';
import type { SporFollowUpPlan } from '../../../src/elements/spor-follow-up-plan/spor-follow-up-plan.component.js';
import type { SporFollowUpSelectEvent } from '../../../src/events/index.js';
import { atFixedTime } from '../../fixed-clock.js';

const one = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

// A mechanic job from Saturday 5 September 2026: 1 week → 12 September (held), 1 month →
// 5 October (recorded, not held), 3 months → 5 December; on 6 November the 1-month check-in is
// overdue, the 3-month one planned, and "still employed" is known on 5 December.
const data = () => ({
  schemaVersion: 1,
  participant: { id: 'r', displayName: 'Rasmus' },
  jobs: [
    { id: 'j1', employer: 'Autoværkstedet Vest', start: '2026-09-05', kind: 'hourly', hoursPerWeek: 7 },
    { id: 'j0', employer: 'Netto', start: '2026-03-02', end: '2026-04-10', kind: 'hourly' },
  ],
  followUps: [
    { id: 'f1', jobId: 'j1', due: '2026-09-12', done: '2026-09-14', with: 'employer', outcome: 'going-well' },
    { id: 'f2', jobId: 'j1', due: '2026-10-05', with: 'both' },
    {
      id: 'f0',
      jobId: 'j0',
      due: '2026-03-09',
      done: '2026-03-09',
      with: 'young-person',
      outcome: 'declined',
    },
  ],
});

async function plan(locale = 'da', today = '2026-11-06') {
  return fixture<SporFollowUpPlan>(
    html`<spor-follow-up-plan locale=${locale} today=${today} .data=${data()}></spor-follow-up-plan>`,
  );
}

describe('<spor-follow-up-plan>', () => {
  it('shows each job by start date, its check-ins and where each stands on `today`', async () => {
    const el = await plan('en');
    expect(all(el, '.job-title').map(text)).to.deep.equal(['Job at Netto', 'Job at Autoværkstedet Vest']);
    const jobs = all(el, '[part~="job"]');
    const rows = (job: HTMLElement | undefined) =>
      [...(job?.querySelectorAll('.check-in') ?? [])].map((li) => [
        text(li.querySelector('.step')),
        text(li.querySelector('.status')),
        text(li.querySelector('.detail')),
      ]);
    // Netto ended 10 April: its 1-month step (2 April) is before the end, the 3-month one is not.
    expect(rows(jobs[0])).to.deep.equal([
      ['1 week', 'Said no thanks', 'The young person said no thanks. That is fine.'],
      ['1 month', 'Not held yet', 'Agreed for 2 April'],
    ]);
    expect(rows(jobs[1])).to.deep.equal([
      ['1 week', 'Held', 'Going well, with the employer. Held 14 September'],
      ['1 month', 'Not held yet', 'Agreed for 5 October'],
      ['3 months', 'Planned', 'Agreed for 5 December'],
    ]);
    expect(all(el, '.employed').map(text)).to.deep.equal([
      'In the job after 3 months: no',
      'In the job after 3 months: known 5 December',
    ]);
    expect(text(one(el, '.caption'))).to.equal(
      'Agreed check-ins 1 week, 1 month and 3 months after the job starts. Follow-up is voluntary.',
    );
    await expect(el).to.be.accessible();
  });

  it('says due soon within 14 days, and yes once the job has lasted 3 months', async () => {
    const el = await plan('da', '2026-11-25');
    const statuses = all(el, '[part~="job"]')[1]!.querySelectorAll('.status');
    expect([...statuses].map(text)).to.deep.equal(['Holdt', 'Ikke holdt endnu', 'Snart']);
    const later = await plan('da', '2026-12-05');
    expect(text(all(later, '.employed')[1]!)).to.equal('I job efter 3 måneder: ja');
    await expect(el).to.be.accessible();
  });

  it('reads the plan on today in the framework’s time zone when no `today` is given', async () => {
    const input = data();
    // The 1-week check-in is due 5 November 2026.
    input.jobs = [{ id: 'j1', employer: 'Netto', start: '2026-10-29', kind: 'hourly', hoursPerWeek: 7 }];
    input.followUps = [];
    const statusesAt = (iso: string) =>
      atFixedTime(iso, async () => {
        const el = await fixture<SporFollowUpPlan>(
          html`<spor-follow-up-plan locale="en" .data=${input}></spor-follow-up-plan>`,
        );
        await expect(el).to.be.accessible();
        return all(el, '.status').map(text);
      });
    // 23:30 UTC on 5 November is 00:30 on 6 November in Copenhagen: the check-in is overdue there.
    expect(await statusesAt('2026-11-05T23:30:00Z')).to.deep.equal(['Not held yet', 'Planned', 'Planned']);
    // At noon on 5 November it is due that day.
    expect(await statusesAt('2026-11-05T12:00:00Z')).to.deep.equal(['Soon', 'Planned', 'Planned']);
  });

  it('fires spor-follow-up-select with the check-in on click, Enter and Space', async () => {
    const el = await plan();
    const buttons = all(el, 'button[part~="check-in"]');
    setTimeout(() => buttons[3]!.click());
    const clicked = (await oneEvent(el, 'spor-follow-up-select')) as SporFollowUpSelectEvent;
    expect(clicked.detail).to.deep.equal({ id: 'f2', jobId: 'j1', step: '1-month', due: '2026-10-05' });
    expect(clicked.bubbles && clicked.composed).to.equal(true);

    // An unrecorded step has no id: the host makes its own record.
    buttons[4]!.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const entered = (await oneEvent(el, 'spor-follow-up-select')) as SporFollowUpSelectEvent;
    expect(entered.detail).to.deep.equal({ id: undefined, jobId: 'j1', step: '3-months', due: '2026-12-05' });

    buttons[0]!.focus();
    setTimeout(() => void sendKeys({ press: 'Space' }));
    const spaced = (await oneEvent(el, 'spor-follow-up-select')) as SporFollowUpSelectEvent;
    expect(spaced.detail.id).to.equal('f0');
    await expect(el).to.be.accessible();
  });

  it('has one tab stop, moved with the arrow keys, Home and End', async () => {
    const el = await plan();
    const tabStops = () => all(el, 'button[part~="check-in"]').filter((b) => b.tabIndex === 0);
    expect(tabStops()).to.have.length(1);
    tabStops()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const focused = () => el.shadowRoot!.activeElement as HTMLElement;
    expect(text(focused().querySelector('.detail'))).to.equal(
      'Det går godt, med arbejdsgiveren. Holdt 14. september',
    );
    expect(tabStops()).to.deep.equal([focused()]);
    await sendKeys({ press: 'End' });
    expect(text(focused().querySelector('.step'))).to.equal('3 måneder');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(text(focused().querySelector('.step'))).to.equal('1 uge');
    await expect(el).to.be.accessible();
  });

  it('shows the same check-ins as a table, and a summary in words', async () => {
    const el = await plan('en');
    one(el, '.view-toggle')!.click();
    await el.updateComplete;
    const table = one(el, 'table')!;
    expect(el.shadowRoot!.activeElement).to.equal(table);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => text(cell)),
    );
    expect(rows[2]).to.deep.equal([
      'Autoværkstedet Vest',
      '1 week',
      '14 September',
      'with the employer',
      'Held: Going well, with the employer. Held 14 September',
    ]);
    expect(rows).to.have.length(5);
    const sentences = all(el, '[part~="summary"] li').map(text);
    expect(sentences).to.deep.equal([
      'Netto: 0 of 2 check-ins held (1 not held yet, 1 said no thanks). In the job after 3 months: no.',
      'Autoværkstedet Vest: 1 of 3 check-ins held (1 not held yet). In the job after 3 months: known 5 December.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows the error state and fires spor-invalid-data for bad data or a bad today', async () => {
    const bad = data();
    bad.followUps[1]!.jobId = 'j9';
    setTimeout(() => void 0);
    const el = document.createElement('spor-follow-up-plan');
    const invalid = oneEvent(el, 'spor-invalid-data');
    el.data = bad;
    document.body.append(el);
    const event = await invalid;
    expect(event.detail.issues[0]!.message).to.equal('Jobbet j9 findes ikke.');
    await el.updateComplete;
    expect(one(el, '[part~="error"]')).to.exist;
    await expect(el).to.be.accessible();
    el.remove();

    const day = document.createElement('spor-follow-up-plan');
    day.today = '2026-13-01';
    day.data = data();
    const dayInvalid = oneEvent(day, 'spor-invalid-data');
    document.body.append(day);
    expect((await dayInvalid).detail.issues[0]!.path).to.deep.equal(['today']);
    expect(text(one(day, '[part~="error"]'))).to.contain('2026-13-01');
    await expect(day).to.be.accessible();
    day.remove();
  });

  it('keeps real headings when a host mistypes heading-level: the title and the summary are h3 and h4', async () => {
    const el = await fixture<SporFollowUpPlan>(
      html`<spor-follow-up-plan today="2026-11-06" heading-level="x" .data=${data()}></spor-follow-up-plan>`,
    );
    expect(one(el, '.title')?.localName).to.equal('h3');
    // The summary's heading sits one below the title's; before, NaN + 1 drew an <hnan>, no heading.
    expect(one(el, '.summary-title')?.localName).to.equal('h4');
    await expect(el).to.be.accessible();
  });

  it('says there are no jobs, and is accessible in forced colours', async () => {
    const empty = await fixture<SporFollowUpPlan>(
      html`<spor-follow-up-plan today="2026-11-06" .data=${{ schemaVersion: 1, participant: { id: 'l', displayName: 'Liv' } }}></spor-follow-up-plan>`,
    );
    expect(text(one(empty, '.empty'))).to.equal('Der er ingen job endnu.');
    await executeServerCommand('forced-colors', 'active');
    try {
      const el = await plan();
      const marker = el.shadowRoot!.querySelector('.done .marker')!;
      expect(getComputedStyle(marker).fill).not.to.equal(
        getComputedStyle(el.shadowRoot!.querySelector('.planned .marker')!).fill,
      );
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('forced-colors', 'none');
    }
  });
});

/**
 * 2,000 follow-ups, the most the format takes: 200 jobs 10 days apart from 6 January 2020, each
 * with 10 weekly check-ins (3 of them count for the plan's steps, 7 are extra), so every job
 * has exactly 10 check-ins.
 */
function manyFollowUps(id = 'm', jobs = 200, each = 10) {
  const day = (start: number, days: number) => new Date(start + days * 86_400_000).toISOString().slice(0, 10);
  const first = Date.UTC(2020, 0, 6);
  return {
    schemaVersion: 1,
    participant: { id, displayName: 'Mads' },
    jobs: Array.from({ length: jobs }, (_, j) => ({
      id: `j${j}`,
      employer: `Firma ${j}`,
      start: day(first, j * 10),
      kind: 'ordinary',
    })),
    followUps: Array.from({ length: jobs * each }, (_, n) => {
      const j = Math.floor(n / each);
      return { id: `f${n}`, jobId: `j${j}`, due: day(first, j * 10 + 7 * ((n % each) + 1)), with: 'both' };
    }),
  };
}

describe('<spor-follow-up-plan> with 2,000 follow-ups', () => {
  it('shows the latest jobs and check-ins, bounded, and earlier ones on request', async () => {
    const el = await fixture<SporFollowUpPlan>(
      html`<spor-follow-up-plan locale="en" today="2026-01-01" .data=${manyFollowUps()}></spor-follow-up-plan>`,
    );
    // 40 items, a job counting one: 3 whole jobs (33) and the last 6 check-ins of a fourth.
    expect(all(el, '.job-title').map(text)).to.deep.equal([
      'Job at Firma 196',
      'Job at Firma 197',
      'Job at Firma 198',
      'Job at Firma 199',
    ]);
    expect(all(el, '.check-in')).to.have.length(36);
    expect(text(one(el, '.shown'))).to.equal('Showing the latest 36 of 2000 check-ins.');
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(1000);
    // The summary says what is shown, and each job shown with all of its check-ins.
    const summary = all(el, '[part~="summary"] li').map(text);
    expect(summary).to.have.length(5);
    expect(summary[0]).to.equal('Showing the latest 36 of 2000 check-ins.');
    expect(summary[1]).to.match(/^Firma 196: 0 of 10 check-ins held/);
    await expect(el).to.be.accessible();

    const earlier = one(el, '.earlier')!;
    expect(text(earlier)).to.equal('Show earlier check-ins');
    earlier.click();
    await el.updateComplete;
    // 80 items: 7 whole jobs (77) and the last 2 check-ins of an eighth.
    expect(all(el, '.job-title')).to.have.length(8);
    expect(all(el, '.check-in')).to.have.length(72);
    expect(text(one(el, '.shown'))).to.equal('Showing the latest 72 of 2000 check-ins.');
    // The keyboard reaches the last check-in shown.
    one(el, 'button[part="check-in"][tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(all(el, 'button[part="check-in"]').at(-1));

    // The table shows the same check-ins.
    one(el, '.view-toggle')!.click();
    await el.updateComplete;
    expect(all(el, 'tbody tr')).to.have.length(72);
    expect(text(one(el, 'tbody tr th'))).to.equal('Firma 192');
    await expect(el).to.be.accessible();

    // Another young person starts from the latest again.
    el.data = manyFollowUps('n');
    await el.updateComplete;
    expect(all(el, 'tbody tr')).to.have.length(36);
  });

  it('shows the last check-ins of one job that has all 2,000', async () => {
    const el = await fixture<SporFollowUpPlan>(
      html`<spor-follow-up-plan today="2026-01-01" .data=${manyFollowUps('o', 1, 2000)}></spor-follow-up-plan>`,
    );
    expect(all(el, '.job-title')).to.have.length(1);
    expect(all(el, '.check-in')).to.have.length(39);
    expect(text(one(el, '.shown'))).to.equal('Viser de seneste 39 af 2000 samtaler.');
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(1000);
    await expect(el).to.be.accessible();
  });

  it('offers no export, even when asked: it has nothing but its own words to export', async () => {
    const el = await fixture<SporFollowUpPlan>(
      html`<spor-follow-up-plan exportable today="2026-11-06" .data=${data()}></spor-follow-up-plan>`,
    );
    expect(all(el, '.export')).to.have.length(0);
    expect(
      all(el, 'button')
        .map(text)
        .filter((name) => /CSV|SVG|PNG/.test(name)),
    ).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
