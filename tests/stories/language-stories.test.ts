import { expect } from '@open-wc/testing';
import * as language from '../../stories/language.stories.js';
import { renderStory, storiesOf, type StoryModule } from './story-harness.js';

const module = language as unknown as StoryModule;
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

describe('stories/Guides/Language', () => {
  for (const [name, story] of storiesOf(module)) {
    it(`${name} speaks and marks its language, accessibly`, async () => {
      const wrapper = await renderStory(module, story);
      wrapper.style.width = '976px';
      const elements = [
        ...wrapper.querySelectorAll<Updating>('spor-dimension-summary, spor-conversation-guide'),
      ];
      for (const el of elements) await el.updateComplete;
      const summary = elements[0]!;
      const content =
        summary.shadowRoot!.querySelector('[part~="base"]') ?? summary.shadowRoot!.firstElementChild!;
      const expected = name === 'English' ? 'en' : 'da';
      expect([content.getAttribute('lang'), getComputedStyle(content).direction]).to.deep.equal([
        expected,
        'ltr',
      ]);
      const guide = wrapper.querySelector<Updating>('spor-conversation-guide');
      if (name === 'OnAnArabicPage') {
        const second = guide!.shadowRoot!.querySelector<HTMLElement>('#prompt .second')!;
        expect([second.lang, getComputedStyle(second).direction]).to.deep.equal(['ar', 'rtl']);
      }
      if (name === 'UkrainianBeneath')
        expect(guide!.shadowRoot!.querySelector('#prompt .second')!.getAttribute('lang')).to.equal('uk');
      await expect(wrapper).to.be.accessible();
    });
  }
});
