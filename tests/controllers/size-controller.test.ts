// SizeController: a chart's width follows its container, and on paper it is the print width.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { SizeController, a4PrintWidth } from '../../src/controllers/size-controller.js';

/** A throwaway host: a block that draws its measured width and counts its renders. */
class SizedHost extends LitElement {
  printWidth: number | undefined = undefined;
  renders = 0;
  readonly size = new SizeController(this, { threshold: 4, printWidth: () => this.printWidth });
  static override styles = css`
    :host {
      display: block;
    }
  `;
  override render() {
    this.renders += 1;
    return html`<p>${Math.round(this.size.width)}</p>`;
  }
}
customElements.define('sized-host', SizedHost);

async function mount(width: number): Promise<{ wrapper: HTMLDivElement; el: SizedHost }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><sized-host></sized-host></div>`);
  wrapper.style.width = `${width}px`;
  const el = wrapper.querySelector<SizedHost>('sized-host')!;
  // Attached before the width was set: the first measurement is the page's; wait for `width`.
  await waitUntil(() => Math.round(el.size.width) === width, `measures ${width}`);
  await el.updateComplete;
  return { wrapper, el };
}

const shown = (el: SizedHost) => el.shadowRoot!.querySelector('p')!.textContent;

describe('SizeController', () => {
  it('measures the host when it is connected, before the first render', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '333px';
    document.body.append(wrapper);
    const el = document.createElement('sized-host') as SizedHost;
    wrapper.append(el);
    await el.updateComplete;
    expect(el.size.width).to.equal(333);
    expect(shown(el)).to.equal('333');
    expect(el.renders, 'drawn once, at its width').to.equal(1);
    wrapper.remove();
  });

  it('follows its container and draws again, ignoring changes below the threshold', async () => {
    const { wrapper, el } = await mount(480);
    wrapper.style.width = '360px';
    await waitUntil(() => shown(el) === '360', 'drawn at 360 px');
    const renders = el.renders;
    wrapper.style.width = '362px'; // 2 px: below the threshold of 4
    await nextFrame();
    await nextFrame();
    await nextFrame();
    expect(el.size.width).to.equal(360);
    expect(el.renders).to.equal(renders);
  });

  it('draws at the print width between beforeprint and afterprint, then at the screen width again', async () => {
    const { wrapper, el } = await mount(400);
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.size.isPrinting).to.equal(true);
    await el.updateComplete;
    expect(shown(el), 'A4 portrait, 180 mm of text').to.equal(String(a4PrintWidth));
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect([el.size.isPrinting, shown(el)]).to.deep.equal([false, '400']);
    // A host's own print width.
    el.printWidth = 500;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(shown(el)).to.equal('500');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(shown(el)).to.equal('400');
    wrapper.remove();
  });

  it('stops listening when the host leaves the page', async () => {
    const { wrapper, el } = await mount(400);
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.size.isPrinting).to.equal(false);
    expect(el.size.width).to.equal(400);
    window.dispatchEvent(new Event('afterprint'));
    wrapper.remove();
  });
});
