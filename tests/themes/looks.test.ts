import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/spor-sparkline/spor-sparkline.js';

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
];

describe('the built-in looks', () => {
  it('compares contrast like WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
  });

  for (const [name, sheet] of looks) {
    it(`${name}: text 4.5:1, lines, markers, borders and focus 3:1 against the surface`, async () => {
      const style = document.createElement('style');
      style.textContent = sheet ? await (await fetch(sheet)).text() : '';
      document.head.append(style);
      const wrapper = await fixture(
        html`<div class="spor-theme-${name}"><spor-sparkline .values=${[1, 2]}></spor-sparkline></div>`,
      );
      const el = wrapper.querySelector('spor-sparkline')!;
      const token = (n: string) =>
        getComputedStyle(el).getPropertyValue(`--_color-${n}`).trim().toLowerCase();
      const surface = token('surface');
      expect(surface).to.match(/^#[0-9a-f]{6}$/);
      for (const text of ['text', 'text-muted', 'error']) {
        expect(contrast(token(text), surface), `${name} ${text}`).to.be.at.least(4.5);
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
        expect(contrast(token(graphic), surface), `${name} ${graphic}`).to.be.at.least(3);
      }
      style.remove();
    });
  }
});
