import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-cohort-outcomes/spor-cohort-outcomes.js';
import type { SporCohortOutcomes } from '../../../src/elements/spor-cohort-outcomes/spor-cohort-outcomes.component.js';
import { cohortReport, type CohortRecord } from '../../../src/core/index.js';
import { internship, job, times } from '../../fixtures/cohort.js';
import { fixClock } from '../../fixed-clock.js';
import { contrast } from '../../contrast.js';

// 25 took part in 2026-H1: 15 in an internship (60 %), 10 in hourly work (40 %), so every bar
// that is drawn has a fill beside an empty part of its track.
const records: CohortRecord[] = [
  ...times(15, { placements: [internship('2026-02-01', '2026-05-31')] }),
  ...times(10, { jobs: [job('2026-02-01', undefined, 'hourly')] }),
];

/** The looks, by class name and the stylesheet that defines it (served by the test runner). */
const looks: Array<[string, string | undefined]> = [
  ['default', undefined],
  ['dark', '/src/themes/dark.css'],
  ['public-sector', '/src/themes/public-sector.css'],
  ['high-contrast', '/src/themes/high-contrast.css'],
];

describe('<spor-cohort-outcomes> in the built-in looks', () => {
  let restoreClock: () => void;
  before(() => {
    restoreClock = fixClock('2026-12-07T12:00:00Z');
  });
  after(() => restoreClock());

  it('compares contrast like WCAG does', () => {
    expect(contrast('#000000', 'rgb(255, 255, 255)')).to.be.closeTo(21, 0.01);
    // #767676 on white: the grey that just reaches 4.5:1.
    expect(contrast('rgb(118, 118, 118)', '#ffffff')).to.be.closeTo(4.54, 0.01);
  });

  for (const [name, sheet] of looks) {
    // WCAG 1.4.11: the share is read from where the fill meets the empty track, so the fill needs
    // 3:1 against the track (4.5:1 in the high-contrast look, as its other lines), and the track's
    // edge 3:1 against the surface around it, so the bar's length (100 %) shows.
    const ratio = name === 'high-contrast' ? 4.5 : 3;
    it(`${name}: a bar's fill stands out ${ratio}:1 from its track, the track's edge from the surface`, async () => {
      const style = document.createElement('style');
      style.textContent = sheet ? await (await fetch(sheet)).text() : '';
      document.head.append(style);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div class="spor-theme-${name}" style="background: var(--spor-color-surface, #ffffff)">
          <spor-cohort-outcomes
            locale="da"
            .outcomes=${cohortReport(records, { period: '2026-H1', today: '2026-11-30' })}
          ></spor-cohort-outcomes>
        </div>`,
      );
      const el = wrapper.querySelector<SporCohortOutcomes>('spor-cohort-outcomes')!;
      await el.updateComplete;
      const bars = [...el.shadowRoot!.querySelectorAll('[part~="bar"]')].filter((bar) =>
        bar.querySelector('.fill'),
      );
      // Started (100 %), in an internship (60 %) and in hourly work (40 %) draw a fill.
      expect(bars.length, 'bars with a fill').to.be.at.least(2);
      const surface = getComputedStyle(wrapper).backgroundColor;
      for (const bar of bars) {
        const track = getComputedStyle(bar.querySelector('.track')!);
        const fill = getComputedStyle(bar.querySelector('.fill')!).fill;
        expect(contrast(fill, track.fill), `${name}: fill ${fill} on track ${track.fill}`).to.be.at.least(
          ratio,
        );
        expect(
          contrast(track.stroke, surface),
          `${name}: track edge ${track.stroke} on ${surface}`,
        ).to.be.at.least(ratio);
      }
      await expect(el).to.be.accessible();
      style.remove();
    });
  }
});
