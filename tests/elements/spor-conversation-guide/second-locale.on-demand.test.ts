import { expect, fixture, html } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import '../../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';

const [simon] = samplePersonas as [ProgressData];

/** What each render drew beneath the prompt: the second line's language and text, or none. */
const drawn: Array<{ readonly lang: string; readonly text: string } | 'none'> = [];
class WatchedGuide extends SporConversationGuide {
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const second = this.shadowRoot?.querySelector<HTMLElement>('#prompt .second');
    drawn.push(second ? { lang: second.lang, text: second.textContent ?? '' } : 'none');
  }
}
customElements.define('watched-conversation-guide', WatchedGuide);

describe('<spor-conversation-guide second-locale> loads the words when named', () => {
  it('draws without a second line until the Ukrainian words are there, then with them, never other words', async () => {
    drawn.length = 0;
    const el = await fixture<WatchedGuide>(
      html`<watched-conversation-guide .data=${simon} date="2026-11-13" second-locale="uk"></watched-conversation-guide>`,
    );
    // `updateComplete` waits for the words: settled, the line is there.
    await el.updateComplete;
    const prompt = el.shadowRoot!.querySelector<HTMLElement>('#prompt-text')!;
    expect(prompt.textContent).to.contain('Hvordan er visualiseringen anderledes fra sidste gang?');
    expect(drawn.length, JSON.stringify(drawn)).to.be.at.least(2);
    // The first render, before the module could load: Danish alone.
    expect(drawn[0]).to.equal('none');
    const last = drawn[drawn.length - 1];
    expect(last).to.not.equal('none');
    expect(last).to.have.property('lang', 'uk');
    // Every line drawn was Ukrainian (Cyrillic), never Arabic or Danish beneath.
    for (const line of drawn.filter((d) => d !== 'none')) {
      expect(line.lang).to.equal('uk');
      expect(line.text).to.match(/[\u0400-\u04ff]/);
    }
    await expect(el).to.be.accessible();
  });

  it('switching to Arabic draws no Ukrainian line under the Arabic name while the Arabic words load', async () => {
    drawn.length = 0;
    const el = await fixture<WatchedGuide>(
      html`<watched-conversation-guide .data=${simon} date="2026-11-13" second-locale="uk"></watched-conversation-guide>`,
    );
    drawn.length = 0;
    el.secondLocale = 'ar';
    await el.updateComplete;
    expect(drawn.length, JSON.stringify(drawn)).to.be.at.least(1);
    expect(drawn[0], 'while loading: nothing beneath').to.equal('none');
    const last = drawn[drawn.length - 1];
    expect(last).to.have.property('lang', 'ar');
    for (const line of drawn.filter((d) => d !== 'none')) expect(line.lang).to.equal('ar');
    await expect(el).to.be.accessible();
  });
});
