import { expect } from '@open-wc/testing';
import * as stories from '../../stories/spor-cohort-outcomes.stories.js';
import { renderStory, storiesOf, type StoryModule } from './story-harness.js';

describe('stories/spor-cohort-outcomes', () => {
  for (const [name, story] of storiesOf(stories as unknown as StoryModule)) {
    it(`${name} renders accessible outcomes, the empty state or the error state`, async () => {
      const wrapper = await renderStory(stories as unknown as StoryModule, story);
      const el = wrapper.querySelector('spor-cohort-outcomes')!;
      await el.updateComplete;
      const root = el.shadowRoot!;
      const shown = root.querySelectorAll('[part~="measure"]').length;
      const state = root.querySelector('.empty, [part~="error"]');
      expect(shown === 6 || state !== null, 'six outcomes, or the empty or error state').to.equal(true);
      await expect(wrapper).to.be.accessible();
    });
  }

  it('SmallCells shows "færre end 5" and hides a change', async () => {
    const wrapper = await renderStory(stories as unknown as StoryModule, {
      args: stories.SmallCells.args ?? {},
    });
    const el = wrapper.querySelector('spor-cohort-outcomes')!;
    await el.updateComplete;
    const text = el.shadowRoot!.textContent ?? '';
    expect(text).to.contain('færre end 5');
    expect(text).to.contain('Ændringen vises ikke, fordi et af tallene er lille.');
  });
});
