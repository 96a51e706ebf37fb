import { expect } from '@open-wc/testing';
import { applyLook, looks } from '../../.storybook/looks.js';
import * as trend from '../../stories/spor-trend-chart.stories.js';
import { renderStory, storiesOf, type StoryModule } from './story-harness.js';

/** What the toolbar's decorator does to a live story: the look's tokens reach into its shadow root. */
describe('the Storybook "Look" toolbar', () => {
  const sheets: HTMLStyleElement[] = [];
  before(async () => {
    for (const { id } of looks.filter((look) => look.id !== 'default')) {
      const style = document.createElement('style');
      style.textContent = await (await fetch(`/src/themes/${id}.css`)).text();
      document.head.append(style);
      sheets.push(style);
    }
  });
  after(() => {
    applyLook(document, 'default');
    sheets.forEach((sheet) => sheet.remove());
  });

  it('offers every built-in token file, the default first', async () => {
    expect(looks.map((look) => look.id)).to.deep.equal(['default', 'public-sector', 'dark', 'high-contrast']);
    for (const { id } of looks.slice(1)) {
      expect((await fetch(`/src/themes/${id}.css`)).ok, `${id}.css`).to.equal(true);
    }
  });

  it('switches a rendered story between looks without re-rendering it', async () => {
    const module = trend as unknown as StoryModule;
    const [, story] = storiesOf(module)[0]!;
    const wrapper = await renderStory(module, story);
    const chart = wrapper.querySelector('spor-trend-chart')!;
    const surface = () => getComputedStyle(chart).getPropertyValue('--_color-surface').trim().toLowerCase();
    const font = () => getComputedStyle(chart).getPropertyValue('--_font-family');
    expect(surface()).to.equal('#ffffff');
    applyLook(document, 'dark');
    expect(surface()).to.equal('#1b1f24');
    applyLook(document, 'public-sector');
    expect(surface()).to.equal('#ffffff');
    expect(font()).to.contain('IBM Plex Sans');
    applyLook(document, 'high-contrast');
    expect(getComputedStyle(chart).getPropertyValue('--_focus-ring-width').trim()).to.equal('4px');
    applyLook(document, 'default');
    expect(font()).not.to.contain('IBM Plex Sans');
    expect(document.documentElement.className).not.to.contain('spor-theme');
  });
});
