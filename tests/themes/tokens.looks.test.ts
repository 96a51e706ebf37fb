import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { progressData } from '../fixtures/progress-data.js';
import '../../src/elements/spor-sparkline/spor-sparkline.js';
import '../../src/elements/spor-trait-star/spor-trait-star.js';
import '../../src/elements/spor-trend-chart/spor-trend-chart.js';
import { systemColor } from '../elements/mount.js';

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The looks, by class name and the stylesheet that defines it (served by the test runner). */
const looks: Array<[string, string | undefined]> = [
  ['default', undefined],
  ['dark', '/src/themes/dark.css'],
  ['public-sector', '/src/themes/public-sector.css'],
  ['high-contrast', '/src/themes/high-contrast.css'],
];

/** The high-contrast look promises more: 7:1 for text (WCAG AAA), 4.5:1 for lines and markers. */
const thresholds = (name: string) =>
  name === 'high-contrast' ? { text: 7, graphic: 4.5 } : { text: 4.5, graphic: 3 };

describe('the built-in looks', () => {
  it('compares contrast like WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
  });

  for (const [name, sheet] of looks) {
    const { text, graphic } = thresholds(name);
    it(`${name}: text ${text}:1, lines, markers, borders and focus ${graphic}:1 against the surface`, async () => {
      const style = document.createElement('style');
      style.textContent = sheet ? await (await fetch(sheet)).text() : '';
      document.head.append(style);
      const wrapper = await fixture(
        html`<div class="spor-theme-${name}">
          <spor-sparkline .values=${[1, 2]}></spor-sparkline><spor-trend-chart></spor-trend-chart
          ><spor-trait-star></spor-trait-star>
        </div>`,
      );
      const of = (tag: string, n: string) =>
        getComputedStyle(wrapper.querySelector(tag)!).getPropertyValue(`--_${n}`).trim().toLowerCase();
      const token = (n: string) => of('spor-sparkline', `color-${n}`);
      const { text: textRatio, graphic: graphicRatio } = thresholds(name);
      const surface = token('surface');
      expect(surface).to.match(/^#[0-9a-f]{6}$/);
      for (const text of ['text', 'text-muted', 'error']) {
        expect(contrast(token(text), surface), `${name} ${text}`).to.be.at.least(textRatio);
      }
      for (const graphic of [
        'border',
        'focus',
        'series-1',
        'series-2',
        'series-3',
        'series-4',
        'series-5',
        'series-6',
      ]) {
        expect(contrast(token(graphic), surface), `${name} ${graphic}`).to.be.at.least(graphicRatio);
      }
      // The charts' own colours: conversation marks and the star's "last time" on the surface, and
      // the placement bands' labels and edges on the band's fill.
      const band = of('spor-trend-chart', 'band-color');
      expect(contrast(token('text'), band), `${name} text on a band`).to.be.at.least(textRatio);
      if (name === 'high-contrast') {
        // The ratings' marks are drawn at full strength, so they keep the series colour's contrast.
        expect(of('spor-trend-chart', 'rating-opacity'), 'rating marks').to.equal('1');
        // Elsewhere a band is a light region; here its edge is a line that must stand out.
        expect(contrast(of('spor-trend-chart', 'band-border'), band), 'band edge').to.be.at.least(
          graphicRatio,
        );
      }
      for (const [tag, graphic] of [
        ['spor-trend-chart', 'conversation-color'],
        ['spor-trait-star', 'before-color'],
      ] as const) {
        expect(contrast(of(tag, graphic), surface), `${name} ${graphic}`).to.be.at.least(graphicRatio);
      }
      style.remove();
    });
  }
});

describe('forced colours (Windows High Contrast)', () => {
  before(() => executeServerCommand('forced-colors', 'active'));
  after(() => executeServerCommand('forced-colors', 'none'));

  for (const [name, sheet] of looks) {
    it(`need no look, and win over ${name}: lines and text take the system's colours`, async () => {
      const style = document.createElement('style');
      style.textContent = sheet ? await (await fetch(sheet)).text() : '';
      document.head.append(style);
      const wrapper = await fixture(
        html`<div class="spor-theme-${name}">
          <spor-trend-chart series="initiative" .data=${progressData()}></spor-trend-chart>
        </div>`,
      );
      const chart = wrapper.querySelector('spor-trend-chart')!;
      await (chart as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const line = chart.shadowRoot!.querySelector('.series .line')!;
      expect(getComputedStyle(line).stroke).to.equal(systemColor('CanvasText'));
      const title = chart.shadowRoot!.querySelector('[part~="title"]')!;
      expect(getComputedStyle(title).color).to.equal(systemColor('CanvasText'));
      style.remove();
    });
  }
});
