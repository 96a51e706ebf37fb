import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/spor-sparkline/spor-sparkline.js';

// Counts the observers of `lang` made and still observing, in this page of its own (axe and the
// test runner make observers of their own, which are not counted).
let made = 0;
let live = 0;
const Native = window.MutationObserver;
window.MutationObserver = class extends Native {
  private isLang = false;
  override observe(target: Node, options?: MutationObserverInit): void {
    if (options?.attributeFilter?.includes('lang')) {
      this.isLang = true;
      made += 1;
      live += 1;
    }
    super.observe(target, options);
  }
  override disconnect(): void {
    if (this.isLang) live -= 1;
    this.isLang = false;
    super.disconnect();
  }
};

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

describe('LocaleController', () => {
  it('watches lang with one observer for all elements, made with the first and gone with the last', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <spor-sparkline .values=${[]}></spor-sparkline>
      <spor-sparkline .values=${[]}></spor-sparkline>
      <spor-sparkline .values=${[]}></spor-sparkline>
    </div>`);
    const elements = [...wrapper.querySelectorAll<Updating>('spor-sparkline')];
    await Promise.all(elements.map((el) => el.updateComplete));
    expect([made, live]).to.deep.equal([1, 1]);

    wrapper.setAttribute('lang', 'da');
    await new Promise((resolve) => setTimeout(resolve));
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) expect(el.shadowRoot!.textContent).to.contain('Ingen data endnu');
    await expect(wrapper).to.be.accessible();

    elements[0]!.remove();
    elements[1]!.remove();
    expect(live).to.equal(1);
    elements[2]!.remove();
    expect(live).to.equal(0);

    wrapper.append(elements[0]!);
    expect([made, live]).to.deep.equal([2, 1]);
    elements[0]!.remove();
    expect(live).to.equal(0);
  });
});
