import { expect } from '@open-wc/testing';
import * as stories from '../../stories/spor-experience-log.stories.js';
import { renderStory, storiesOf, type StoryModule } from './story-harness.js';

const module = stories as unknown as StoryModule;
type Log = HTMLElementTagNameMap['spor-experience-log'];

describe('stories/spor-experience-log', () => {
  const all = storiesOf(module);
  it('has the three personas, English, empty and invalid data', () => {
    // A module's exports come in name order.
    expect(all.map(([name]) => name).sort()).to.deep.equal([
      'Empty',
      'English',
      'InvalidData',
      'Liv',
      'Rasmus',
      'Simon',
    ]);
  });

  for (const [name, story] of all) {
    it(`Experience log › ${name} shows entries, the empty state or the error state, accessibly`, async () => {
      const wrapper = await renderStory(module, story);
      wrapper.style.width = '390px';
      const el = wrapper.querySelector('spor-experience-log') as Log;
      await el.updateComplete;
      const root = el.shadowRoot!;
      if (name === 'InvalidData') expect(root.querySelector('[part~="error"]'), 'the error state').to.exist;
      else if (name === 'Empty') expect(root.querySelector('.empty'), 'the empty state').to.exist;
      // Simon and Liv have 5 entries each, Rasmus 4.
      else expect(root.querySelectorAll('.entry').length).to.equal(name === 'Rasmus' ? 4 : 5);
      await expect(wrapper).to.be.accessible();
    });
  }

  it('is a host: a saved entry joins the list, a deleted one leaves it', async () => {
    const wrapper = await renderStory(module, stories.Rasmus as never);
    const el = wrapper.querySelector('spor-experience-log') as Log;
    await el.updateComplete;
    const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#text')!;
    area.value = 'Fik ros af Brian.';
    area.dispatchEvent(new Event('input'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('#save')!.click();
    await el.updateComplete;
    const texts = () => [...el.shadowRoot!.querySelectorAll('.entry-text')].map((p) => p.textContent);
    expect(texts().length).to.equal(5);
    expect(texts()[0], 'dated today, so first').to.equal('Fik ros af Brian.');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.entry [data-action="delete"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.entry [data-action="yes"]')!.click();
    await el.updateComplete;
    expect(texts().length).to.equal(4);
    expect(texts()).not.to.include('Fik ros af Brian.');
  });
});
