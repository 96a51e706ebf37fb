import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  isTextFieldIn,
  OneScreenController,
  plotHeightIn,
  typingRoomIn,
} from '../../src/controllers/one-screen.js';

class OneScreenHost extends LitElement {
  fill = true;
  readonly screen = new OneScreenController(this);
  override render() {
    return html`<textarea></textarea><button>Next</button>`;
  }
}
customElements.define('test-one-screen-host', OneScreenHost);

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
    next(n);
  });

describe('one screen (controllers)', () => {
  it("gives the plot 40 % of a tall view's height, and in a wide view what the column beside the guide holds", () => {
    // 768 × 1024 (portrait): 0.4 × 1024 = 409.6 → 410.
    expect(plotHeightIn({ width: 768, height: 1024 })).to.equal(410);
    // 1024 × 768 (landscape): min(0.55 × 768 = 422.4, 0.36 × 1024 = 368.64) → 369.
    expect(plotHeightIn({ width: 1024, height: 768 })).to.equal(369);
    // 1280 × 800: min(440, 460.8) → 440.
    expect(plotHeightIn({ width: 1280, height: 800 })).to.equal(440);
    expect(plotHeightIn(undefined)).to.equal(0);
    expect(plotHeightIn({ width: 0, height: 800 })).to.equal(0);
  });

  it('says the room left for typing only while a text field has focus and the keyboard covers the view', () => {
    // A view from 40 px to 1024 px; a keyboard leaves the top 563 px seen: 563 − 40 = 523.
    expect(typingRoomIn({ top: 40, bottom: 1024 }, 563, true)).to.equal(523);
    // Scrolled so its top is above the screen: the room counts from the screen's top.
    expect(typingRoomIn({ top: -100, bottom: 900 }, 563.7, true)).to.equal(563);
    expect(typingRoomIn({ top: 40, bottom: 1024 }, 563, false)).to.equal(undefined);
    // Nothing covered (within a pixel): no room to keep to.
    expect(typingRoomIn({ top: 0, bottom: 1024 }, 1023.5, true)).to.equal(undefined);
  });

  it('finds a focused text field through the shadow root, and not a focused button', async () => {
    const el = await fixture<OneScreenHost>(html`<test-one-screen-host></test-one-screen-host>`);
    el.shadowRoot!.querySelector('textarea')!.focus();
    expect(isTextFieldIn(el)).to.equal(true);
    el.shadowRoot!.querySelector('button')!.focus();
    expect(isTextFieldIn(el)).to.equal(false);
  });

  describe('with an on-screen keyboard (a stand-in visual viewport)', () => {
    const real = Object.getOwnPropertyDescriptor(window, 'visualViewport');
    let seen: EventTarget & { height: number; offsetTop: number };
    beforeEach(() => {
      seen = Object.assign(new EventTarget(), { height: innerHeight, offsetTop: 0 });
      Object.defineProperty(window, 'visualViewport', { configurable: true, get: () => seen });
    });
    afterEach(() => {
      if (real) Object.defineProperty(window, 'visualViewport', real);
      else delete (window as { visualViewport?: unknown }).visualViewport;
    });

    it('keeps to the height still seen while typing, and lets go when the keyboard closes', async () => {
      const box = await fixture<HTMLDivElement>(html`<div class="box"></div>`);
      box.style.cssText = 'position: fixed; inset: 0';
      const el = document.createElement('test-one-screen-host') as OneScreenHost;
      el.style.cssText = 'display: block; height: 100%';
      box.append(el);
      await el.updateComplete;
      await frames();
      el.shadowRoot!.querySelector('textarea')!.focus();
      seen.height = Math.round(innerHeight * 0.55);
      seen.dispatchEvent(new Event('resize'));
      await frames();
      // The view starts at the window's top, so the room is what is seen.
      expect(el.screen.typingRoom).to.equal(seen.height);
      seen.height = innerHeight;
      seen.dispatchEvent(new Event('resize'));
      await frames();
      expect(el.screen.typingRoom).to.equal(undefined);
    });

    it('does nothing without fill', async () => {
      const el = await fixture<OneScreenHost>(html`<test-one-screen-host></test-one-screen-host>`);
      el.fill = false;
      el.shadowRoot!.querySelector('textarea')!.focus();
      seen.height = 100;
      seen.dispatchEvent(new Event('resize'));
      await frames();
      expect(el.screen.typingRoom).to.equal(undefined);
      expect(el.screen.plotHeight).to.equal(0);
    });
  });
});
