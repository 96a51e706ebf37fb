import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LiveAnnouncement } from '../../src/controllers/live-announcement.js';

class AnnouncingHost extends LitElement {
  readonly live = new LiveAnnouncement(this, 100);
  override render() {
    return html`<div aria-live="polite">${this.live.text}</div>`;
  }
}
customElements.define('test-live-announcement-host', AnnouncingHost);

const heard = (el: AnnouncingHost) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();

async function host(): Promise<AnnouncingHost> {
  return fixture<AnnouncingHost>(html`<test-live-announcement-host></test-live-announcement-host>`);
}

describe('LiveAnnouncement', () => {
  it('says a sentence at once', async () => {
    const el = await host();
    el.live.say('The chart now shows: Cooperation over time');
    el.requestUpdate();
    await el.updateComplete;
    expect(heard(el)).to.equal('The chart now shows: Cooperation over time');
  });

  it('says the last of a run once the run rests for the pause, and nothing before', async () => {
    const el = await host();
    el.live.say('first');
    el.live.sayAfterPause('a');
    el.live.sayAfterPause('b');
    el.live.sayAfterPause('c');
    el.requestUpdate();
    await el.updateComplete;
    expect(heard(el), 'while the run goes on').to.equal('');
    await aTimeout(60);
    el.live.sayAfterPause('d');
    await aTimeout(60);
    // 120 ms after 'c', but only 60 ms after 'd': still waiting.
    expect(el.live.text).to.equal('');
    await aTimeout(80);
    await el.updateComplete;
    expect(heard(el)).to.equal('d');
  });

  it('drops what is pending on say, silence and when the host leaves the page', async () => {
    const el = await host();
    el.live.sayAfterPause('pending');
    el.live.say('now');
    await aTimeout(150);
    expect(el.live.text).to.equal('now');
    el.live.sayAfterPause('pending');
    el.live.silence();
    await aTimeout(150);
    expect(el.live.text).to.equal('');
    el.live.sayAfterPause('pending');
    el.remove();
    await aTimeout(150);
    expect(el.live.text).to.equal('');
  });
});
