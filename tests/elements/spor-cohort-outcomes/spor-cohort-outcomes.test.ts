import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-cohort-outcomes/spor-cohort-outcomes.js';
import type { SporCohortOutcomes } from '../../../src/elements/spor-cohort-outcomes/spor-cohort-outcomes.component.js';
import {
  cohortOutcomes,
  cohortReport,
  nextworkFramework,
  programmeOf,
  type CohortOutcomes,
  type CohortRecord,
} from '../../../src/core/index.js';
import type { SporInvalidDataEvent } from '../../../src/events/index.js';
import { internship, job, school, times } from '../../fixtures/cohort.js';
import { fixClock } from '../../fixed-clock.js';

/**
 * A programme of 25 in 2026-H1, the fixed table (half-years, read as of 30 September 2026),
 * worked out by hand (cells of 5):
 * - 10 begin an internship on 1 February, 6 begin hourly work on 1 February, 4 are in education
 *   since September 2025, 5 are in an internship from March 2025 to January 2026: 25 took part,
 *   16 started (64 %), 15 in an internship (60 %, the goal is 50 %), 6 in hourly work (24 %),
 *   4 in education (hidden), nobody in ordinary work (hidden, not 0).
 * - 2025-H2: the 4 in education, 3 in hourly work Aug–Nov, 8 in an internship Aug–Dec and the 5
 *   since March: 20 took part, 15 started (75 %), 13 in an internship (65 %), 3 in hourly work
 *   (hidden).
 * So hourly work shows 24 % now, but no change: with the 6 and the change, the hidden 3 would show.
 */
const records: CohortRecord[] = [
  ...times(10, { placements: [internship('2026-02-01', '2026-05-31')] }),
  ...times(6, { jobs: [job('2026-02-01', undefined, 'hourly')] }),
  ...times(4, { education: [school('2025-09-01')] }),
  ...times(3, { jobs: [job('2025-08-01', '2025-11-30', 'hourly')] }),
  ...times(8, { placements: [internship('2025-08-01', '2025-12-15')] }),
  ...times(5, { placements: [internship('2025-03-01', '2026-01-31')] }),
];
const programme = (): CohortOutcomes => cohortReport(records, { period: '2026-H1', today: '2026-11-30' });

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
  // The tables are refused or shown by the day they are read on: the day is 7 December 2026, whatever
  // the machine's clock says.
  let restoreClock: () => void;
  before(() => {
    restoreClock = fixClock('2026-12-07T12:00:00Z');
  });
  after(() => restoreClock());

  it('shows each outcome as a share of those who took part, with its goal and the change (hand-computed)', async () => {
    const el = await render(programme());
    const root = el.shadowRoot!;
    expect(text(root, '.title')).to.equal('Resultater for forløbet');
    expect(text(root, '.period')).to.equal('1. januar – 30. juni 2026');
    expect(text(root, '.took-part')).to.equal(
      '25 unge var med i perioden. I perioden før: 20. Sammenlignet med perioden før: 1. juli – 31. december 2025.',
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
    expect(text(started, '.value')).to.equal(`64${nbsp}%`);
    expect(text(started, '.counts')).to.equal('16 af 25 unge');
    expect(text(started, '.change')).to.equal(`11 procentpoint lavere end perioden før (75${nbsp}%).`);
    expect(started?.querySelector('.goal')).to.equal(null);

    const placed = rowOf(el, 'I praktik');
    expect(text(placed, '.value')).to.equal(`60${nbsp}%`);
    expect(text(placed, '.counts')).to.equal('15 af 25 unge');
    expect(text(placed, '.goal-text')).to.equal(`Mål: 50${nbsp}% ✓ Målet er nået`);
    expect(text(placed, '.change')).to.equal(`5 procentpoint lavere end perioden før (65${nbsp}%).`);
    // The bar is the share, the goal an upright line at 50 on the bar's 0–100.
    expect(placed?.querySelector('.fill')?.getAttribute('width')).to.equal('60');
    expect(placed?.querySelector('.goal')?.getAttribute('x1')).to.equal('50');
    await expect(el).to.be.accessible();
  });

  it('shows a count below 5 as "skjult", never a number or a zero, and draws no share', async () => {
    const el = await render(programme());
    const education = rowOf(el, 'I uddannelse');
    expect(text(education, '.value')).to.equal('skjult');
    expect(text(education, '.counts')).to.equal('et skjult antal af 25 unge');
    expect(text(education, '.note')).to.equal('Andelen vises ikke, fordi tallet er skjult.');
    expect(education?.querySelector('.fill')).to.equal(null);
    expect(education?.querySelector('.bar')?.classList.contains('is-hidden')).to.equal(true);
    // Nobody in ordinary work reads "skjult" too: a zero is a small cell.
    expect(text(rowOf(el, 'I ordinært job'), '.value')).to.equal('skjult');
    // Not even the 3 months' denominator shows (nobody had a job), and the day it is read as of is said.
    const employed = rowOf(el, 'Stadig i job 3 måneder efter start');
    expect(text(employed, '.counts')).to.equal('skjult');
    expect(text(employed, '.note')).to.equal(
      'Talt pr. 30. september 2026, 3 måneder efter periodens sidste dag, så alle job fra perioden er med.',
    );
    // Nowhere, on screen or in the summary, is a count of 0–4 people.
    const everything = el.shadowRoot!.textContent ?? '';
    expect(everything).not.to.match(/(^|[^0-9])[0-4] (af|unge)/);
    await expect(el).to.be.accessible();
  });

  it('hides the change where the period before hides its count (secondary suppression)', async () => {
    const el = await render(programme());
    const hourly = rowOf(el, 'I lønnet timejob');
    expect(text(hourly, '.value')).to.equal(`24${nbsp}%`);
    expect(text(hourly, '.counts')).to.equal('6 af 25 unge');
    expect(text(hourly, '.change')).to.equal('Ændringen vises ikke, fordi et af tallene er skjult.');
    expect(text(hourly, '.goal-text')).to.equal(`Mål: 15${nbsp}% ✓ Målet er nået`);
    expect(hourly?.querySelector('.goal')?.getAttribute('x1')).to.equal('15');
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const el = await render(programme(), 'en');
    const placed = rowOf(el, 'In an internship');
    expect(text(placed, '.value')).to.equal('60%');
    expect(text(placed, '.counts')).to.equal('15 of 25 young people');
    expect(text(placed, '.goal-text')).to.equal('Goal: 50% ✓ Goal reached');
    expect(text(rowOf(el, 'In education'), '.value')).to.equal('hidden');
    expect(text(rowOf(el, 'In education'), '.counts')).to.equal('a hidden number of 25 young people');
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
      `Startede i perioden: 16 af 25 unge (64${nbsp}%). 11 procentpoint lavere end perioden før (75${nbsp}%).`,
    );
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(live()).to.equal(
      `I praktik: 15 af 25 unge (60${nbsp}%). Mål: 50${nbsp}%. Målet er nået. 5 procentpoint lavere end perioden før (65${nbsp}%).`,
    );
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(rows(el)[5]?.classList.contains('is-cursor')).to.equal(true);
    expect(live()).to.contain('Stadig i job 3 måneder efter start: skjult.');
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
      '15 af 25 unge',
      `60${nbsp}%`,
      `13 af 20 unge (65${nbsp}%)`,
      '-5 procentpoint',
      `50${nbsp}%`,
    ]);
    expect(cells[2]).to.deep.equal([
      'I lønnet timejob',
      '6 af 25 unge',
      `24${nbsp}%`,
      'et skjult antal af 20 unge',
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
      '25 unge var med i perioden. I perioden før: 20.',
    );
  });

  it('refuses outcomes that show a small cell, in words, and tells the host', async () => {
    const bad = { ...programme(), tookPart: { current: 3, previous: 20, change: -17 } };
    const el = document.createElement('spor-cohort-outcomes');
    const event = oneEvent(el, 'spor-invalid-data') as Promise<SporInvalidDataEvent>;
    el.outcomes = bad;
    document.body.append(el);
    const { detail } = await event;
    expect(detail.issues.map((issue) => [issue.path.join('.'), issue.message])).to.deep.equal([
      ['tookPart.current', 'Tal under 5 må ikke vises. Skriv null, så er tallet skjult.'],
    ]);
    const error = el.shadowRoot!.querySelector('[part~="error"]');
    expect(error?.textContent).to.contain('Tal under 5 må ikke vises.');
    expect(el.shadowRoot!.querySelector('[part~="measure"]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });

  /** Outcomes the element must refuse, each with its message in Danish and in English. */
  const refusals: ReadonlyArray<readonly [string, () => unknown, string, string, string]> = [
    [
      'a period off the grid (a month of a half-year grid)',
      () => cohortOutcomes(records, { period: '2026-03', today: '2026-11-30' }),
      'period',
      'Skal være et helt halvår i den faste inddeling.',
      'Should be one whole half-year of the fixed reporting grid.',
    ],
    [
      "a period read as of the viewer's day",
      () => cohortOutcomes(records, { period: '2026-H1', today: '2026-11-30' }),
      'asOf',
      'Tallene læses på en fast dag for perioden: 2026-09-30.',
      'The numbers are read as of a day the period fixes: 2026-09-30.',
    ],
    [
      'a period that has not ended',
      () => cohortReport(records, { period: '2999-H1', today: '2999-12-31' }),
      'period',
      'Perioden kan først vises fra 2999-09-30: den skal være slut, og "stadig i job" skal være kendt.',
      'The period can be shown from 2999-09-30 on: it must have ended, and "still employed" must be known.',
    ],
    [
      'a goal claim beside a hidden share',
      () => {
        const claim = programme();
        claim.measures[5]!.isGoalMet = true; // still employed: hidden, goal 50 %
        return claim;
      },
      'measures.5.isGoalMet',
      'Der må ikke stå, om målet er nået, ved en skjult andel. Skriv null.',
      'Whether the goal is met must not be said beside a hidden share. Write null.',
    ],
    [
      'a minCellSize of 2',
      () => ({ ...programme(), minCellSize: 2 }),
      'minCellSize',
      'Skal være et helt tal fra 3 til 1000.',
      'Should be a whole number from 3 to 1000.',
    ],
  ];
  for (const [name, make, path, danish, english] of refusals) {
    it(`refuses ${name}: the error state in Danish and English, spor-invalid-data, and no outcome`, async () => {
      for (const [locale, message] of [
        ['da', danish],
        ['en', english],
      ] as const) {
        const el = document.createElement('spor-cohort-outcomes');
        el.setAttribute('locale', locale);
        const event = oneEvent(el, 'spor-invalid-data') as Promise<SporInvalidDataEvent>;
        el.outcomes = make();
        document.body.append(el);
        const { detail } = await event;
        expect(detail.issues.map((issue) => [issue.path.join('.'), issue.message])).to.deep.include([
          path,
          message,
        ]);
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(root.querySelector('[part~="error"]')?.textContent).to.contain(message);
        expect(root.querySelector('[part~="measure"]')).to.equal(null);
        expect(root.textContent).not.to.match(/Målet er nået|Goal reached|✓/);
        await expect(el).to.be.accessible();
        el.remove();
      }
    });
  }

  it("follows the framework's reporting grid: a month table with a monthly framework, not without", async () => {
    const monthly = {
      ...nextworkFramework,
      id: 'monthly',
      programme: { ...programmeOf({}), reportingPeriod: 'month' as const },
    };
    const list = records.map((record) => ({ ...record, framework: monthly }));
    const march = cohortReport(list, { period: '2026-03', today: '2026-11-30' });
    expect(march.asOf).to.equal('2026-06-30');
    const el = await fixture<SporCohortOutcomes>(
      html`<spor-cohort-outcomes .outcomes=${march} .framework=${monthly}></spor-cohort-outcomes>`,
    );
    expect(rows(el).length).to.equal(6);
    expect(text(el.shadowRoot!, '.period')).to.equal('1. marts – 31. marts 2026');
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'spor-invalid-data') as Promise<SporInvalidDataEvent>;
    el.framework = undefined;
    const { detail } = await event;
    expect(detail.issues.map((issue) => issue.path.join('.'))).to.deep.equal(['period']);
    expect(rows(el).length).to.equal(0);
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
