import { expect } from '@open-wc/testing';
import * as stories from '../../stories/spor-assessment-form.stories.js';
import { renderStory, storiesOf, type StoryModule } from './story-harness.js';

describe('stories/spor-assessment-form', () => {
  for (const [name, story] of storiesOf(stories as unknown as StoryModule)) {
    it(`${name} renders an accessible form or its error state`, async () => {
      const wrapper = await renderStory(stories as unknown as StoryModule, story);
      const el = wrapper.querySelector('spor-assessment-form')!;
      await el.updateComplete;
      const drawn = el.shadowRoot!.querySelector('[part~="base"], [part~="error"]');
      expect(drawn, 'something a person can see').to.exist;
      if (name === 'LivWeekAlreadyRated') {
        // Liv rated week 45 on 6 November: the form says so instead of asking again.
        expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('uge 45, 2026');
        expect(el.shadowRoot!.querySelector('[role="radiogroup"]')).to.equal(null);
      } else if (name !== 'UnknownInstrument') {
        expect(el.shadowRoot!.querySelector('[role="radiogroup"]')).to.exist;
      }
      await expect(wrapper).to.be.accessible();
    });
  }
});
