import { expect } from '@open-wc/testing';
import * as myProgress from '../../stories/spor-my-progress.stories.js';
import { renderStory, storiesOf, type StoryModule } from './story-harness.js';

const module = myProgress as unknown as StoryModule;

describe('stories/spor-my-progress', () => {
  const stories = storiesOf(module);
  it('has the three personas in Danish and English, an empty page and broken data', () => {
    expect(stories.map(([name]) => name).sort()).to.deep.equal([
      'BrokenData',
      'Liv',
      'LivEnglish',
      'NothingYet',
      'Rasmus',
      'RasmusEnglish',
      'Simon',
      'SimonEnglish',
    ]);
  });
  for (const [name, story] of stories) {
    it(`My progress › ${name} shows the page or the error state, accessibly`, async () => {
      const wrapper = await renderStory(module, story);
      const el = wrapper.querySelector('spor-my-progress') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await el.updateComplete;
      const root = el.shadowRoot!;
      if (name === 'BrokenData') {
        expect(root.querySelector('[part~="error"]'), 'the error state').to.exist;
      } else {
        expect(root.querySelector('[part~="error"]'), 'no error state').to.equal(null);
        // Four parts, each under its heading.
        expect(root.querySelectorAll('[part~="section"]')).to.have.length(4);
        const notes = root.querySelectorAll('[part~="note"]').length;
        if (name === 'NothingYet') expect(notes).to.equal(0);
        else expect(notes).to.equal(5);
      }
      await expect(wrapper).to.be.accessible();
    });
  }
});
