import { expect } from '@open-wc/testing';
import * as guide from '../../stories/spor-conversation-guide.stories.js';
import * as view from '../../stories/spor-progress-conversation.stories.js';
import * as summaryStories from '../../stories/spor-conversation-summary.stories.js';
import { renderStory, storiesOf, type StoryModule } from './story-harness.js';

const modules: Array<[string, StoryModule]> = [
  ['spor-conversation-guide', guide as unknown as StoryModule],
  ['spor-progress-conversation', view as unknown as StoryModule],
];

const errorStories = new Set(['InvalidData', 'UnknownPromptSet']);

for (const [tag, module] of modules) {
  describe(`stories/${tag}`, () => {
    for (const [name, story] of storiesOf(module)) {
      it(`${name} shows a prompt or its error state, accessibly`, async () => {
        const wrapper = await renderStory(module, story);
        wrapper.style.width = '976px';
        const el = wrapper.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        const guideEl =
          tag === 'spor-conversation-guide'
            ? el
            : (el.shadowRoot!.querySelector('spor-conversation-guide') as typeof el | null);
        await guideEl?.updateComplete;
        const root = el.shadowRoot!;
        if (errorStories.has(name)) {
          expect(
            root.querySelector('[part~="error"]') ?? guideEl?.shadowRoot?.querySelector('[part~="error"]'),
            'the error state',
          ).to.exist;
        } else {
          expect(guideEl?.shadowRoot?.querySelector('#prompt')?.textContent?.trim(), 'a prompt').to.not.equal(
            '',
          );
          expect(guideEl?.shadowRoot?.querySelector('textarea'), 'an answer field').to.exist;
        }
        await expect(wrapper).to.be.accessible();
      });
    }
  });
}

describe('stories/spor-conversation-summary', () => {
  const module = summaryStories as unknown as StoryModule;
  for (const [name, story] of storiesOf(module)) {
    it(`${name} shows the page, its empty state or its error state, accessibly`, async () => {
      const wrapper = await renderStory(module, story);
      const el = wrapper.querySelector('spor-conversation-summary') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await el.updateComplete;
      const root = el.shadowRoot!;
      if (name.startsWith('Invalid'))
        expect(root.querySelector('[part~="error"]'), 'the error state').to.exist;
      else if (name === 'NoRecord') expect(root.querySelector('.empty'), 'the empty state').to.exist;
      else expect(root.querySelectorAll('[part~="answer"]').length, 'every prompt').to.equal(4);
      await expect(wrapper).to.be.accessible();
    });
  }
});
