import { expect } from '@open-wc/testing';
import * as stories from '../../stories/spor-cohort-outcomes.stories.js';
import { renderStory, storiesOf, type StoryModule } from './story-harness.js';

const root = (el: Element) => el.shadowRoot!;

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

  it('SmallCells shows "skjult" and hides a change', async () => {
    const wrapper = await renderStory(stories as unknown as StoryModule, {
      args: stories.SmallCells.args ?? {},
    });
    const el = wrapper.querySelector('spor-cohort-outcomes')!;
    await el.updateComplete;
    const text = el.shadowRoot!.textContent ?? '';
    expect(root(el).querySelectorAll('[part~="measure"]').length).to.equal(6);
    expect(text).to.contain('skjult');
    expect(text).to.contain('Ændringen vises ikke, fordi et af tallene er skjult.');
  });

  it('AnyPeriodRefused shows the error state: a month read on any day is not the fixed table', async () => {
    const wrapper = await renderStory(stories as unknown as StoryModule, {
      args: stories.AnyPeriodRefused.args ?? {},
    });
    const el = wrapper.querySelector('spor-cohort-outcomes')!;
    await el.updateComplete;
    expect(root(el).querySelector('[part~="error"]')?.textContent).to.contain(
      'Skal være et helt halvår i den faste inddeling.',
    );
    expect(root(el).querySelectorAll('[part~="measure"]').length).to.equal(0);
  });
});
