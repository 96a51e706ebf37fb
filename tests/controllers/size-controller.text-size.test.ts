// SizeController: a change of the reader's text size redraws the host, whose labels follow it.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { SizeController } from '../../src/controllers/size-controller.js';

/** A throwaway host of a set width whose height is a line of text in rem; it counts its renders. */
class TextSizedHost extends LitElement {
  renders = 0;
  readonly size = new SizeController(this, { threshold: 4 });
  static override styles = css`
    :host {
      display: block;
      width: 300px;
      font-size: 1rem;
    }
  `;
  override render() {
    this.renders += 1;
    return html`<p>${Math.round(this.size.width)}</p>`;
  }
}
customElements.define('text-sized-host', TextSizedHost);

describe('SizeController and the text size', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('draws again when the root font size changes, though the width stays', async () => {
    const el = await fixture<TextSizedHost>(html`<text-sized-host></text-sized-host>`);
    await nextFrame();
    await el.updateComplete;
    const renders = el.renders;
    document.documentElement.style.fontSize = '200%';
    await waitUntil(() => el.renders > renders, 'drawn again at 200 % text');
    expect(el.size.width).to.equal(300);
    // And not again while nothing changes.
    const after = el.renders;
    await nextFrame();
    await nextFrame();
    expect(el.renders).to.equal(after);
  });
});
