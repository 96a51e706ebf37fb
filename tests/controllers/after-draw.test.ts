import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AfterDrawController } from '../../src/controllers/after-draw.js';
import type { InvalidDataIssue } from '../../src/events/index.js';

/** A host that draws a button and counts its drawings. */
class AfterDrawHost extends LitElement {
  static override properties = { n: { type: Number } };
  n = 0;
  drawings = 0;
  readonly reported: Array<ReadonlyArray<InvalidDataIssue>> = [];
  readonly afterDraw = new AfterDrawController(this, (issues) => this.reported.push(issues));

  override render() {
    this.drawings += 1;
    return html`<button id="b${this.n}">${this.n}</button>`;
  }
}
customElements.define('after-draw-host', AfterDrawHost);

const issue: InvalidDataIssue = { path: ['today'], message: 'Datoen er ikke gyldig.' };

describe('AfterDrawController', () => {
  it('hands the issues to the host once, after the drawing', async () => {
    const el = await fixture<AfterDrawHost>(html`<after-draw-host></after-draw-host>`);
    expect(el.reported).to.have.length(0);
    el.afterDraw.reportIssues([issue]);
    el.n = 1;
    // Not before the element has drawn.
    expect(el.reported).to.have.length(0);
    await el.updateComplete;
    expect(el.reported).to.deep.equal([[issue]]);
    // The next drawing hands over nothing more.
    el.n = 2;
    await el.updateComplete;
    expect(el.reported).to.have.length(1);
    expect(el.drawings).to.equal(3);
  });

  it('drops issues set back to undefined before the drawing', async () => {
    const el = await fixture<AfterDrawHost>(html`<after-draw-host></after-draw-host>`);
    el.afterDraw.reportIssues([issue]);
    el.afterDraw.reportIssues(undefined);
    el.n = 1;
    await el.updateComplete;
    expect(el.reported).to.have.length(0);
  });

  it('moves focus to what the drawing drew, once', async () => {
    const el = await fixture<AfterDrawHost>(html`<after-draw-host></after-draw-host>`);
    let asked = 0;
    el.afterDraw.focusOn(() => {
      asked += 1;
      return el.renderRoot.querySelector<HTMLElement>('#b1');
    });
    el.n = 1;
    // Asked after the drawing: the button #b1 did not exist before it.
    expect(asked).to.equal(0);
    await el.updateComplete;
    expect(asked).to.equal(1);
    expect(el.shadowRoot!.activeElement?.id).to.equal('b1');
    el.n = 2;
    await el.updateComplete;
    expect(asked, 'not asked again').to.equal(1);
  });
});
