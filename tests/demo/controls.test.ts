// Issue 22 (accessibility audit): the conversation demo's radios, "Den unges sprog" above all,
// keep what the reader chose, by click or by arrow key. A link's `?second=` picks the language
// once, when the page opens; it snapped every later change back to itself.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { watchControls } from '../../demo/controls.js';

/** The demo page's "Den unges sprog" group (demo/index.html), with another group beside it. */
async function controls(): Promise<HTMLFormElement> {
  return fixture<HTMLFormElement>(html`<form id="controls">
    <fieldset id="language-picker">
      <legend>Sprog</legend>
      <label><input type="radio" name="lang" value="da" checked /> Dansk</label>
      <label><input type="radio" name="lang" value="en" /> English</label>
    </fieldset>
    <fieldset id="second-picker">
      <legend>Den unges sprog</legend>
      <label><input type="radio" name="second" value="" checked /> Intet</label>
      <label><input type="radio" name="second" value="ar" /> العربية</label>
      <label><input type="radio" name="second" value="uk" /> Українська</label>
    </fieldset>
  </form>`);
}

const radio = (form: HTMLFormElement, name: string, value: string) =>
  form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
const checked = (form: HTMLFormElement, name: string) =>
  form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;

describe('demo controls', () => {
  it('checks the language a link names once, and then keeps what is clicked', async () => {
    const form = await controls();
    let changes = 0;
    watchControls(form, '?persona=liv&second=uk', () => (changes += 1));
    expect(checked(form, 'second'), 'the link’s language').to.equal('uk');
    expect(changes, 'checking it is no change of the reader’s').to.equal(0);
    radio(form, 'second', 'ar').click();
    expect(checked(form, 'second')).to.equal('ar');
    expect(changes).to.equal(1);
    radio(form, 'second', '').click();
    expect(checked(form, 'second'), 'the second language turned off').to.equal('');
    expect(changes).to.equal(2);
    // Another group's change leaves the chosen language as it is.
    radio(form, 'lang', 'en').click();
    expect(checked(form, 'second')).to.equal('');
    expect(changes).to.equal(3);
  });

  it('keeps what the arrow keys choose: the focused radio is the checked one', async () => {
    const form = await controls();
    watchControls(form, '?second=ar', () => {});
    expect(checked(form, 'second')).to.equal('ar');
    radio(form, 'second', 'ar').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(checked(form, 'second')).to.equal('uk');
    expect((document.activeElement as HTMLInputElement).value, 'the focus is on the checked radio').to.equal(
      'uk',
    );
    await sendKeys({ press: 'ArrowRight' });
    // The group wraps round from the last radio to the first: none.
    expect(checked(form, 'second')).to.equal('');
    expect((document.activeElement as HTMLInputElement).value).to.equal('');
  });

  it('leaves the page’s choice when the link names no language, or one it does not offer', async () => {
    for (const search of ['', '?persona=rasmus', '?second=xx', '?second="]']) {
      const form = await controls();
      watchControls(form, search, () => {});
      expect(checked(form, 'second'), search).to.equal('');
    }
  });
});
