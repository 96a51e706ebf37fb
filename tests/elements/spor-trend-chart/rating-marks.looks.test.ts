import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-trend-chart/spor-trend-chart.js';
import type { SporTrendChart } from '../../../src/elements/spor-trend-chart/spor-trend-chart.component.js';
import { progressData } from '../../fixtures/progress-data.js';
import { channels, contrast } from '../../contrast.js';

/** The looks, by class name and the stylesheet that defines it (served by the test runner). */
const looks: Array<[string, string | undefined]> = [
  ['default', undefined],
  ['dark', '/src/themes/dark.css'],
  ['public-sector', '/src/themes/public-sector.css'],
  ['high-contrast', '/src/themes/high-contrast.css'],
];

/** `color` at `opacity` over the opaque `under`, as the browser blends them: `rgb(r, g, b)`. */
function over(color: string, opacity: number, under: string): string {
  const [r, g, b] = channels(color);
  const alpha = /^rgba\(/.test(color.trim()) ? Number(/,\s*([\d.]+)\)$/.exec(color)?.[1] ?? 1) : 1;
  const a = alpha * opacity;
  const [ur, ug, ub] = channels(under);
  return `rgb(${r * a + ur * (1 - a)}, ${g * a + ug * (1 - a)}, ${b * a + ub * (1 - a)})`;
}

describe('<spor-trend-chart> rating marks on an internship band, in the built-in looks', () => {
  it('blends a colour over another as the browser does', () => {
    // Black at 0.5 over white: 127.5 in each channel.
    expect(over('rgb(0, 0, 0)', 0.5, 'rgb(255, 255, 255)')).to.equal('rgb(127.5, 127.5, 127.5)');
    expect(over('rgba(0, 0, 0, 0.5)', 0.5, 'rgb(255, 255, 255)')).to.equal('rgb(191.25, 191.25, 191.25)');
  });

  for (const [name, sheet] of looks) {
    // WCAG 1.4.11: a week's rating is a mark the reader needs (the spread behind the rolling mean),
    // and in the fixture every week falls on an internship: each mark must stand out 3:1 from the
    // band's fill (4.5:1 in the high-contrast look, as its other marks). A mark shows by its fill or
    // by its outline, whichever stands out more. Measured before the fix: 1.85–2.12:1 in the
    // default look, 1.97–2.25:1 in public-sector, 2.34–3.06:1 in dark.
    const ratio = name === 'high-contrast' ? 4.5 : 3;
    it(`${name}: each series' rating marks stand out ${ratio}:1 from the band under them`, async () => {
      const style = document.createElement('style');
      style.textContent = sheet ? await (await fetch(sheet)).text() : '';
      document.head.append(style);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div class="spor-theme-${name}" style="width: 900px; background: var(--spor-color-surface, #ffffff)">
          <spor-trend-chart locale="da" series="traits" layout="overlay" resilience-consent></spor-trend-chart>
        </div>`,
      );
      const el = wrapper.querySelector<SporTrendChart>('spor-trend-chart')!;
      el.data = progressData();
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      const root = el.shadowRoot!;
      const surface = getComputedStyle(wrapper).backgroundColor;
      const bands = [...root.querySelectorAll<SVGRectElement>('rect.band')];
      // Two internships in the fixture: Værkstedet (W10–W14) and Bageriet (from W15).
      expect(bands.length, 'bands').to.equal(2);
      const marks = [...root.querySelectorAll<SVGPathElement>('.series.is-rolled .markers')];
      // The weekly traits are drawn as rolling means, each with its ratings as marks.
      expect(marks.length, 'series with rating marks').to.be.at.least(3);
      for (const mark of marks) {
        const at = mark.getBoundingClientRect();
        const band = bands.find((b) => {
          const box = b.getBoundingClientRect();
          return at.right > box.left && at.left < box.right;
        });
        expect(band, `${mark.parentElement!.dataset['series']}'s marks lie on a band`).to.not.equal(
          undefined,
        );
        const bandStyle = getComputedStyle(band!);
        const bandColor = over(
          bandStyle.fill,
          Number(bandStyle.fillOpacity) * Number(bandStyle.opacity),
          surface,
        );
        const style = getComputedStyle(mark);
        const opacity = Number(style.opacity) * Number(getComputedStyle(mark.parentElement!).opacity);
        const fill = over(style.fill, Number(style.fillOpacity) * opacity, bandColor);
        const shown = [contrast(fill, bandColor)];
        if (style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 1) {
          shown.push(
            contrast(over(style.stroke, Number(style.strokeOpacity) * opacity, bandColor), bandColor),
          );
        }
        expect(
          Math.max(...shown),
          `${name} ${mark.parentElement!.dataset['series']}: fill ${style.fill} × ${style.fillOpacity}, stroke ${style.stroke} on band ${bandColor}`,
        ).to.be.at.least(ratio);
      }
      await expect(el).to.be.accessible();
      style.remove();
    });
  }
});
