import { expect } from '@open-wc/testing';
import * as stories from '../../stories/spor-sparkline.stories.js';
import { renderStory, storiesOf, type StoryModule } from './story-harness.js';

describe('stories/spor-sparkline', () => {
  for (const [name, story] of storiesOf(stories as unknown as StoryModule)) {
    it(`${name} renders an accessible sparkline or its error state`, async () => {
      const wrapper = await renderStory(stories as unknown as StoryModule, story);
      const el = wrapper.querySelector('spor-sparkline')!;
      await el.updateComplete;
      const drawn = el.shadowRoot!.querySelector('[part~="base"], .empty, [part~="error"]');
      expect(drawn, 'something a person can see').to.exist;
      await expect(wrapper).to.be.accessible();
    });
  }
});
