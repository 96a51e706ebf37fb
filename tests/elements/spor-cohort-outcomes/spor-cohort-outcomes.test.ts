import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-cohort-outcomes/spor-cohort-outcomes.js';
import type { SporCohortOutcomes } from '../../../src/elements/spor-cohort-outcomes/spor-cohort-outcomes.component.js';
import { cohortOutcomes, type CohortOutcomes } from '../../../src/core/index.js';
import type { SporInvalidDataEvent } from '../../../src/events/index.js';
import { internship, job, school, times } from '../../fixtures/cohort.js';

/**
 * A programme of 20 in 2026-H1, worked out by hand (cells of 5):
 * - 10 begin an internship on 1 February, 6 begin hourly work on 1 February, 4 are in education
 *   since September 2025: 20 took part, 16 started (80 %), 10 in an internship (50 %, the goal),
 *   6 in hourly work (30 %), 4 in education (hidden), nobody in ordinary work (hidden, not 0).
 * - 2025-H2: the 4 in education, 3 in hourly work Aug–Nov, 8 in an internship Aug–Dec: 15 took
 *   part, 15 started (100 %), 8 in an internship (53 %), 3 in hourly work (hidden).
 * So hourly work shows 30 % now, but no change: with the 6 and the change, the hidden 3 would show.
 */
const programme = (): CohortOutcomes =>
  cohortOutcomes(
    [
      ...times(10, { placements: [internship('2026-02-01', '2026-05-31')] }),
      ...times(6, { jobs: [job('2026-02-01', undefined, 'hourly')] }),
      ...times(4, { education: [school('2025-09-01')] }),
      ...times(3, { jobs: [job('2025-08-01', '2025-11-30', 'hourly')] }),
      ...times(8, { placements: [internship('2025-08-01', '2025-12-15')] }),
    ],
    { period: '2026-H1', today: '2026-11-30' },
  );

const nbsp = '\u00a0';

async function render(outcomes: unknown, locale = 'da'): Promise<SporCohortOutcomes> {
  return fixture<SporCohortOutcomes>(
    html`<spor-cohort-outcomes .outcomes=${outcomes} locale=${locale}></spor-cohort-outcomes>`,
  );
}

const rows = (el: SporCohortOutcomes) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="measure"]'),
];
/** The text a person reads there, with runs of layout whitespace as one space (no-break spaces kept). */
const text = (node: ParentNode | null | undefined, selector: string) =>
  node
    ?.querySelector(selector)
    ?.textContent?.replace(/[ \t\n\r]+/g, ' ')
    .trim() ?? '';
const rowOf = (el: SporCohortOutcomes, label: string) =>
  rows(el).find((row) => text(row, '.label') === label);

describe('<spor-cohort-outcomes>', () => {
  it('shows each outcome as a share of those who took part, with its goal and the change (hand-computed)', async () => {
    const el = await render(programme());
    const root = el.shadowRoot!;
    expect(text(root, '.title')).to.equal('Resultater for forløbet');
    expect(text(root, '.period')).to.equal('1. januar – 30. juni 2026');
    expect(text(root, '.took-part')).to.equal(
      '20 unge var med i perioden. I perioden før: 15. Sammenlignet med perioden før: 1. juli – 31. december 2025.',
    );
    expect(rows(el).map((row) => text(row, '.label'))).to.deep.equal([
      'Startede i perioden',
      'I praktik',
      'I lønnet timejob',
      'I uddannelse',
      'I ordinært job',
      'Stadig i job 3 måneder efter start',
    ]);

    const started = rowOf(el, 'Startede i perioden');
    expect(text(started, '.value')).to.equal(`80${nbsp}%`);
    expect(text(started, '.counts')).to.equal('16 af 20 unge');
    expect(text(started, '.change')).to.equal(`20 procentpoint lavere end perioden før (100${nbsp}%).`);
    expect(started?.querySelector('.goal')).to.equal(null);

    const placed = rowOf(el, 'I praktik');
    expect(text(placed, '.value')).to.equal(`50${nbsp}%`);
    expect(text(placed, '.counts')).to.equal('10 af 20 unge');
    expect(text(placed, '.goal-text')).to.equal(`Mål: 50${nbsp}% ✓ Målet er nået`);
    expect(text(placed, '.change')).to.equal(`3 procentpoint lavere end perioden før (53${nbsp}%).`);
    // The bar is the share, the goal an upright line at 50 on the bar's 0–100.
    expect(placed?.querySelector('.fill')?.getAttribute('width')).to.equal('50');
    expect(placed?.querySelector('.goal')?.getAttribute('x1')).to.equal('50');
    await expect(el).to.be.accessible();
  });

  it('shows a count below 5 as "færre end 5", never a number or a zero, and draws no share', async () => {
    const el = await render(programme());
    const education = rowOf(el, 'I uddannelse');
    expect(text(education, '.value')).to.equal('færre end 5');
    expect(text(education, '.counts')).to.equal('færre end 5 af 20 unge');
    expect(text(education, '.note')).to.equal('Andelen vises ikke, fordi tallet er lille.');
    expect(education?.querySelector('.fill')).to.equal(null);
    expect(education?.querySelector('.bar')?.classList.contains('is-hidden')).to.equal(true);
    // Nobody in ordinary work reads "fewer than 5" too: a zero is a small cell.
    expect(text(rowOf(el, 'I ordinært job'), '.value')).to.equal('færre end 5');
    // Not even the 3 months' denominator shows (nobody had a job).
    expect(text(rowOf(el, 'Stadig i job 3 måneder efter start'), '.counts')).to.equal('færre end 5');
    // Nowhere, on screen or in the summary, is a count of 0–4 people.
    const everything = el.shadowRoot!.textContent ?? '';
    expect(everything).not.to.match(/(^|[^0-9])[0-4] (af|unge)/);
    await expect(el).to.be.accessible();
  });

  it('hides the change where the period before hides its count (secondary suppression)', async () => {
    const el = await render(programme());
    const hourly = rowOf(el, 'I lønnet timejob');
    expect(text(hourly, '.value')).to.equal(`30${nbsp}%`);
    expect(text(hourly, '.counts')).to.equal('6 af 20 unge');
    expect(text(hourly, '.change')).to.equal('Ændringen vises ikke, fordi et af tallene er lille.');
    expect(text(hourly, '.goal-text')).to.equal(`Mål: 15${nbsp}% ✓ Målet er nået`);
    expect(hourly?.querySelector('.goal')?.getAttribute('x1')).to.equal('15');
  });

  it('speaks English', async () => {
    const el = await render(programme(), 'en');
    const placed = rowOf(el, 'In an internship');
    expect(text(placed, '.value')).to.equal('50%');
    expect(text(placed, '.counts')).to.equal('10 of 20 young people');
    expect(text(placed, '.goal-text')).to.equal('Goal: 50% ✓ Goal reached');
    expect(text(rowOf(el, 'In education'), '.value')).to.equal('fewer than 5');
    expect(text(el.shadowRoot!, '.period')).to.equal('1 January – 30 June 2026');
    await expect(el).to.be.accessible();
  });

  it('moves between the outcomes with the arrow keys and says each one', async () => {
    const el = await render(programme());
    el.shadowRoot!.querySelector<HTMLElement>('.plot')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const live = () => text(el.shadowRoot!, '[aria-live]');
    expect(rows(el)[0]?.classList.contains('is-cursor')).to.equal(true);
    expect(live()).to.equal(
      `Startede i perioden: 16 af 20 unge (80${nbsp}%). 20 procentpoint lavere end perioden før (100${nbsp}%).`,
    );
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(live()).to.equal(
      `I praktik: 10 af 20 unge (50${nbsp}%). Mål: 50${nbsp}%. Målet er nået. 3 procentpoint lavere end perioden før (53${nbsp}%).`,
    );
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(rows(el)[5]?.classList.contains('is-cursor')).to.equal(true);
    expect(live()).to.contain('Stadig i job 3 måneder efter start: færre end 5.');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(rows(el).some((row) => row.classList.contains('is-cursor'))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows the same numbers as a table, and a text summary', async () => {
    const el = await render(programme());
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('.view-toggle')!.click();
    await el.updateComplete;
    await el.updateComplete;
    const table = root.querySelector('table')!;
    expect(root.activeElement).to.equal(table);
    expect(text(table, 'caption')).to.equal('Resultater for 1. januar – 30. juni 2026');
    const cells = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.trim()),
    );
    expect(cells[1]).to.deep.equal([
      'I praktik',
      '10 af 20 unge',
      `50${nbsp}%`,
      `8 af 15 unge (53${nbsp}%)`,
      '-3 procentpoint',
      `50${nbsp}%`,
    ]);
    expect(cells[2]).to.deep.equal([
      'I lønnet timejob',
      '6 af 20 unge',
      `30${nbsp}%`,
      'færre end 5 af 15 unge',
      '–',
      `15${nbsp}%`,
    ]);
    expect(table.querySelectorAll('th[scope="row"]').length).to.equal(6);
    await expect(el).to.be.accessible();

    root.querySelector<HTMLButtonElement>('.summary-toggle')!.click();
    await el.updateComplete;
    const summary = root.querySelector('[part~="summary"]')!;
    expect(summary.classList.contains('visually-hidden')).to.equal(false);
    expect(summary.querySelectorAll('li').length).to.equal(7);
    expect(summary.querySelector('li')?.textContent).to.equal(
      '20 unge var med i perioden. I perioden før: 15.',
    );
  });

  it('refuses outcomes that show a small cell, in words, and tells the host', async () => {
    const bad = { ...programme(), tookPart: { current: 3, previous: 15, change: -12 } };
    const el = document.createElement('spor-cohort-outcomes');
    const event = oneEvent(el, 'spor-invalid-data') as Promise<SporInvalidDataEvent>;
    el.outcomes = bad;
    document.body.append(el);
    const { detail } = await event;
    expect(detail.issues.map((issue) => [issue.path.join('.'), issue.message])).to.deep.equal([
      ['tookPart.current', 'Tal under 5 må ikke vises. Skriv null, så står der "færre end 5".'],
    ]);
    const error = el.shadowRoot!.querySelector('[part~="error"]');
    expect(error?.textContent).to.contain('Tal under 5 må ikke vises.');
    expect(el.shadowRoot!.querySelector('[part~="measure"]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('refuses names sent along, and anything that is not outcomes, in English too', async () => {
    const el = await render({ ...programme(), names: ['Simon'] }, 'en');
    expect(text(el.shadowRoot!, '[part~="error"] li')).to.equal(
      'names: The field names does not belong here. Send only numbers, never names.',
    );
    expect(el.shadowRoot!.textContent).not.to.contain('Simon');
    el.outcomes = 'outcomes';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says there is nothing yet without outcomes, and the bar takes the theme', async () => {
    const el = await render(undefined);
    expect(text(el.shadowRoot!, '.empty')).to.equal('Der er ingen tal endnu.');
    await expect(el).to.be.accessible();
    el.style.setProperty('--spor-cohort-outcomes-bar-color', 'rgb(1, 2, 3)');
    el.outcomes = programme();
    await el.updateComplete;
    const fill = el.shadowRoot!.querySelector('.fill')!;
    expect(getComputedStyle(fill).fill).to.equal('rgb(1, 2, 3)');
  });
});
