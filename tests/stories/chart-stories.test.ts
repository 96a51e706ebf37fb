import { expect } from '@open-wc/testing';
import * as table from '../../stories/spor-data-table.stories.js';
import * as summary from '../../stories/spor-dimension-summary.stories.js';
import * as star from '../../stories/spor-trait-star.stories.js';
import * as trend from '../../stories/spor-trend-chart.stories.js';
import { renderStory, storiesOf, type StoryModule } from './story-harness.js';

const modules: Array<[string, string, StoryModule]> = [
  ['spor-trend-chart', 'Trend chart', trend as unknown as StoryModule],
  ['spor-trait-star', 'Trait star', star as unknown as StoryModule],
  ['spor-dimension-summary', 'Dimension summary', summary as unknown as StoryModule],
  ['spor-data-table', 'Data table', table as unknown as StoryModule],
];

for (const [tag, title, module] of modules) {
  describe(`stories/${tag}`, () => {
    for (const [name, story] of storiesOf(module)) {
      it(`${title} › ${name} shows a chart, an empty state or an error, accessibly`, async () => {
        const wrapper = await renderStory(module, story);
        wrapper.style.width = '900px';
        const el = wrapper.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        const root = el.shadowRoot!;
        const error = root.querySelector('[part~="error"]');
        if (name === 'InvalidData') expect(error, 'the error state').to.exist;
        else expect(error, 'no error state').to.equal(null);
        if (name === 'NoRatingsYet') expect(root.querySelector('.empty'), 'the empty state').to.exist;
        if (!['InvalidData', 'NoRatingsYet'].includes(name)) {
          expect(root.querySelector('svg, table, [part~="card"]'), 'something drawn').to.exist;
        }
        await expect(wrapper).to.be.accessible();
      });
    }
  });
}
