import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { EscapeDismissController } from '../../src/controllers/escape-dismiss.js';

class CalloutHost extends LitElement {
  static override properties = { isOpen: { type: Boolean } };
  isOpen = false;
  dismissed = 0;
  readonly escape = new EscapeDismissController(
    this,
    () => this.isOpen,
    () => {
      this.dismissed += 1;
      this.isOpen = false;
    },
  );
  override render() {
    return html`<p>${this.isOpen ? 'open' : 'closed'}</p>`;
  }
}
customElements.define('test-escape-dismiss-host', CalloutHost);

describe('EscapeDismissController', () => {
  it('closes what is open on Escape while the focus is outside the host, and only then', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>elsewhere</button><test-escape-dismiss-host></test-escape-dismiss-host></div>`,
    );
    const el = wrapper.querySelector<CalloutHost>('test-escape-dismiss-host')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(el.dismissed, 'nothing open, nothing closed').to.equal(0);
    el.isOpen = true;
    await el.updateComplete;
    await sendKeys({ press: 'a' });
    expect(el.dismissed, 'another key').to.equal(0);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.dismissed).to.equal(1);
    expect(el.shadowRoot!.textContent?.trim()).to.equal('closed');
  });

  it('leaves an Escape another widget handled, and stops listening once the host leaves the page', async () => {
    const el = await fixture<CalloutHost>(html`<test-escape-dismiss-host></test-escape-dismiss-host>`);
    el.isOpen = true;
    await el.updateComplete;
    const handled = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
    handled.preventDefault();
    document.dispatchEvent(handled);
    expect(el.dismissed, 'handled elsewhere').to.equal(0);
    el.remove();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(el.dismissed, 'off the page').to.equal(0);
  });
});
