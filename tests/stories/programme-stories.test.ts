import { expect } from '@open-wc/testing';
import * as followUp from '../../stories/spor-follow-up-plan.stories.js';
import * as weekHours from '../../stories/spor-week-hours.stories.js';
import { renderStory, storiesOf, type StoryModule } from './story-harness.js';

const modules: Array<[string, string, StoryModule]> = [
  ['spor-follow-up-plan', 'Follow-up plan', followUp as unknown as StoryModule],
  ['spor-week-hours', 'Week hours', weekHours as unknown as StoryModule],
];
const emptyStories = ['NoJobs', 'NoHoursYet'];

for (const [tag, title, module] of modules) {
  describe(`stories/${tag}`, () => {
    for (const [name, story] of storiesOf(module)) {
      it(`${title} › ${name} shows its plan or chart, an empty state or an error, accessibly`, async () => {
        const wrapper = await renderStory(module, story);
        wrapper.style.width = '900px';
        const el = wrapper.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        const root = el.shadowRoot!;
        const error = root.querySelector('[part~="error"]');
        if (name === 'InvalidData') expect(error, 'the error state').to.exist;
        else expect(error, 'no error state').to.equal(null);
        if (emptyStories.includes(name)) expect(root.querySelector('.empty'), 'the empty state').to.exist;
        else if (name !== 'InvalidData') {
          expect(root.querySelector('svg.drawing, [part~="check-in"]'), 'something drawn').to.exist;
        }
        await expect(wrapper).to.be.accessible();
      });
    }
  });
}
