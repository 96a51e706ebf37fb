import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  FormAssociationController,
  type FormEntry,
} from '../../src/controllers/form-association-controller.js';

/**
 * A throwaway form-associated host: what it holds is set by the test (`entry`), and it counts the
 * resets and the times the missing answers were to be shown.
 */
class AssociatedHost extends LitElement {
  static formAssociated = true;
  entry: FormEntry = { kind: 'unusable' };
  resets = 0;
  invalids = 0;
  updates = 0;
  readonly association = new FormAssociationController(this, {
    entry: () => this.entry,
    messages: () => ({ unusable: 'Cannot be used', missing: (count) => `${count} missing` }),
    onReset: () => (this.resets += 1),
    onInvalid: () => (this.invalids += 1),
  });

  formResetCallback(): void {
    this.association.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.association.disable(disabled);
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.association.restore(state);
  }

  protected override updated(): void {
    this.updates += 1;
  }

  protected override render() {
    return html`<button type="button">Send</button>`;
  }
}
customElements.define('associated-host', AssociatedHost);

async function inForm(): Promise<{ form: HTMLFormElement; el: AssociatedHost }> {
  const form = await fixture<HTMLFormElement>(
    html`<form><fieldset><associated-host name="report"></associated-host></fieldset></form>`,
  );
  const el = form.querySelector<AssociatedHost>('associated-host')!;
  await el.updateComplete;
  return { form, el };
}

describe('FormAssociationController', () => {
  it('an unusable input: nothing is submitted and the form is invalid with its message', async () => {
    const { form, el } = await inForm();
    expect(el.association.form).to.equal(form);
    expect(el.association.checkValidity()).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    expect(el.association.validationMessage).to.equal('Cannot be used');
    expect(new FormData(form).has('report')).to.equal(false);
    expect((el as unknown as { matches(s: string): boolean }).matches(':invalid')).to.equal(true);
  });

  it('a complete entry is submitted under the name; a missing one is not, with the count in its message', async () => {
    const { form, el } = await inForm();
    el.entry = { kind: 'complete', value: '{"id":"a-1"}', state: '{}' };
    el.requestUpdate();
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    expect(el.association.validationMessage).to.equal('');
    expect(new FormData(form).get('report')).to.equal('{"id":"a-1"}');

    const button = el.shadowRoot!.querySelector('button')!;
    el.entry = { kind: 'missing', count: 2, state: '{}', anchor: () => button };
    el.requestUpdate();
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(el.association.validationMessage).to.equal('2 missing');
    expect(new FormData(form).has('report')).to.equal(false);
  });

  it('the host form’s own submit and reportValidity show the missing answers (onInvalid)', async () => {
    const { form, el } = await inForm();
    el.entry = { kind: 'missing', count: 1, state: '{}', anchor: () => undefined };
    el.requestUpdate();
    await el.updateComplete;
    // checkValidity fires `invalid` on the element too, as the browser does for native controls.
    expect(form.checkValidity()).to.equal(false);
    expect(el.invalids).to.equal(1);
    expect(el.association.reportValidity()).to.equal(false);
    // Once asked, once for the `invalid` event reportValidity fires.
    expect(el.invalids).to.equal(3);
  });

  it('a form reset calls onReset; a disabled fieldset turns the element off and updates it', async () => {
    const { form, el } = await inForm();
    form.reset();
    expect(el.resets).to.equal(1);
    expect(el.association.isDisabled).to.equal(false);
    const before = el.updates;
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(el.association.isDisabled).to.equal(true);
    expect(el.updates).to.equal(before + 1);
    // Disabled again: nothing changes, no update.
    el.association.disable(true);
    await el.updateComplete;
    expect(el.updates).to.equal(before + 1);
  });

  it('a restored state is kept until its own key is asked for, once; a state without a key only where nobody is named', async () => {
    const { el } = await inForm();
    el.formStateRestoreCallback('{"key":"k:simon","ratings":{"a":3}}');
    expect(el.association.hasNewRestore).to.equal(true);
    // Asked for Liv's key: not given, and kept.
    expect(el.association.takeRestored('k:liv', false)).to.equal(undefined);
    expect(el.association.hasNewRestore).to.equal(false);
    expect(el.association.takeRestored('k:simon', false)).to.deep.equal({
      key: 'k:simon',
      ratings: { a: 3 },
    });
    // Given once.
    expect(el.association.takeRestored('k:simon', false)).to.equal(undefined);

    el.formStateRestoreCallback('{"ratings":{"a":1}}');
    expect(el.association.takeRestored('k:simon', false)).to.equal(undefined);
    expect(el.association.takeRestored('k:', true)).to.deep.equal({ ratings: { a: 1 } });
  });

  it('a state that is not JSON, or not a string, is ignored', async () => {
    const { el } = await inForm();
    el.formStateRestoreCallback('{ not json');
    el.formStateRestoreCallback(null);
    expect(el.association.hasNewRestore).to.equal(false);
    expect(el.association.takeRestored('k:', true)).to.equal(undefined);
  });
});
