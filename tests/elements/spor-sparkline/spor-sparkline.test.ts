import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/spor-sparkline/spor-sparkline.js';
import type { SporSparkline } from '../../../src/elements/spor-sparkline/spor-sparkline.component.js';
import type { SporInvalidDataEvent } from '../../../src/events/index.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('<spor-sparkline>', () => {
  it('draws the values as one line and names them for screen readers', async () => {
    const el = await fixture<SporSparkline>(
      html`<spor-sparkline label="Punktlighed" .values=${[3.1, 3.4, null, 4]} min="1" max="5"></spor-sparkline>`,
    );
    const line = part(el, 'line')!;
    // Two runs: the gap breaks the line.
    expect(line.getAttribute('d')!.match(/M/g)).to.have.length(2);
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal(
      'Punktlighed: fra 3,1 til 4,0 over 3 målinger.',
    );
    await expect(el).to.be.accessible();
  });

  it('redraws when the values property changes', async () => {
    const el = await fixture<SporSparkline>(
      html`<spor-sparkline label="Initiative" locale="en" .values=${[1, 2]}></spor-sparkline>`,
    );
    const before = part(el, 'line')!.getAttribute('d');
    el.values = [2, 1, 5];
    await el.updateComplete;
    expect(part(el, 'line')!.getAttribute('d')).not.to.equal(before);
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal(
      'Initiative: from 2.0 to 5.0 over 3 measurements.',
    );
    await expect(el).to.be.accessible();
  });

  it('takes its language from the nearest lang attribute', async () => {
    const wrapper = await fixture(
      html`<div lang="en-GB"><spor-sparkline .values=${[]}></spor-sparkline></div>`,
    );
    const el = wrapper.querySelector('spor-sparkline')!;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('No data yet');
    wrapper.setAttribute('lang', 'da');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Ingen data endnu');
    await expect(el).to.be.accessible();
  });

  it('shows an error state and fires spor-invalid-data for values that are not numbers', async () => {
    const el = document.createElement('spor-sparkline');
    const fired = oneEvent(el, 'spor-invalid-data') as Promise<SporInvalidDataEvent>;
    el.values = ['3', {}] as unknown as number[];
    document.body.append(el);
    const event = await fired;
    expect(event.detail.issues[0]!.path).to.deep.equal(['values']);
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(part(el, 'line')).to.equal(null);
    expect(part(el, 'error')!.textContent).to.contain('Data kan ikke vises');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('refuses a list with holes (new Array(3), [1, , 3]) as it refuses undefined: error state and event, no exception', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const el = await fixture<SporSparkline>(html`<spor-sparkline label="Initiativ"></spor-sparkline>`);
    const issues: SporInvalidDataEvent[] = [];
    el.addEventListener('spor-invalid-data', (event) => issues.push(event));
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point of the test
    for (const values of [new Array(3), [1, , 3], [1, undefined, 3]]) {
      el.values = values as number[];
      await el.updateComplete;
      expect(part(el, 'line')).to.equal(null);
      expect(part(el, 'error')!.textContent).to.contain('Data kan ikke vises');
    }
    expect(issues.map((event) => event.detail.issues[0]!.path)).to.deep.equal([
      ['values'],
      ['values'],
      ['values'],
    ]);
    // A gap is written null, and draws.
    el.values = [1, null, 3];
    await el.updateComplete;
    expect(part(el, 'line')!.getAttribute('d')).to.match(/^M/);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows an error state and fires spor-invalid-data when min or max is not a number', async () => {
    const el = document.createElement('spor-sparkline');
    const fired = oneEvent(el, 'spor-invalid-data') as Promise<SporInvalidDataEvent>;
    el.setAttribute('min', 'abc');
    el.values = [1, 2, 3];
    document.body.append(el);
    const event = await fired;
    expect(event.detail.issues[0]!.path).to.deep.equal(['min']);
    await el.updateComplete;
    expect(part(el, 'line')).to.equal(null);
    expect(part(el, 'error')!.textContent).to.contain('Data kan ikke vises');
    await expect(el).to.be.accessible();
    const fixed = oneEvent(el, 'spor-invalid-data') as Promise<SporInvalidDataEvent>;
    el.max = Infinity;
    el.min = 1;
    expect((await fixed).detail.issues.map((issue) => issue.path)).to.deep.equal([['max']]);
    el.max = 5;
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    expect(part(el, 'line')!.getAttribute('d')).not.to.contain('NaN');
    el.remove();
  });

  it('renders text from a label as text, never as markup', async () => {
    const el = await fixture<SporSparkline>(
      html`<spor-sparkline label="<img src=x onerror=alert(1)>" .values=${[2]}></spor-sparkline>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'base')!.getAttribute('aria-label')).to.contain('<img');
    await expect(el).to.be.accessible();
  });
});
