import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Assessment } from '../../../src/core/index.js';
import '../../../src/elements/spor-assessment-form/spor-assessment-form.js';
import type { SporAssessmentForm } from '../../../src/elements/spor-assessment-form/spor-assessment-form.component.js';
import type { SporInvalidDataEvent } from '../../../src/events/index.js';
import { radio, root, textarea } from './form-controls.js';

const simon = { id: 'simon', displayName: 'Simon' };
const liv = { id: 'liv', displayName: 'Liv' };
const date = '2026-11-13';
const keyOf = (person: string) => `spor-assessment-form:${person}:nextwork:weekly-company:${date}`;

const simonsReport: Assessment = {
  id: 'a-simon-1',
  instrument: 'weekly-company',
  date,
  rater: { role: 'company' },
  ratings: { initiative: 4 },
  notes: { 'done-well': 'SIMON-7f3a fixed the label printer' },
};

/** Everything a person could see or a host could read: the shadow tree's text and its fields' values. */
function everythingShown(el: SporAssessmentForm): string {
  const fields = [...root(el).querySelectorAll<HTMLTextAreaElement>('textarea')].map((field) => field.value);
  return `${root(el).textContent ?? ''} ${fields.join(' ')}`;
}

/** The text around each place `marker` occurs, so that a failure says what leaked without the whole tree. */
function around(text: string, marker: string): string[] {
  return [...text.matchAll(new RegExp(`.{0,30}${marker}.{0,30}`, 'g'))].map((match) => match[0]);
}

function everythingStored(): string {
  return Object.keys(localStorage)
    .map((key) => `${key}=${localStorage.getItem(key) ?? ''}`)
    .join('\n');
}

async function inForm(
  template: ReturnType<typeof html>,
): Promise<{ form: HTMLFormElement; el: SporAssessmentForm }> {
  const form = await fixture<HTMLFormElement>(html`<form>${template}</form>`);
  const el = form.querySelector<SporAssessmentForm>('spor-assessment-form')!;
  await el.updateComplete;
  return { form, el };
}

describe('<spor-assessment-form>: a person is a boundary', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('refuses a value kept while the host switches person: nothing of Simon is shown, stored or submitted for Liv', async () => {
    const { form, el } = await inForm(
      html`<spor-assessment-form locale="en" name="report" persist="local" .participant=${simon} date=${date} .value=${simonsReport}></spor-assessment-form>`,
    );
    expect(textarea(el, 'done-well').value).to.equal('SIMON-7f3a fixed the label printer');
    textarea(el, 'done-well').focus();
    await sendKeys({ type: ' SIMON-99c1' });
    await el.updateComplete;
    const events: SporInvalidDataEvent[] = [];
    el.addEventListener('spor-invalid-data', (event) => events.push(event as SporInvalidDataEvent));

    el.participant = liv;
    await el.updateComplete;

    expect(around(everythingShown(el), 'SIMON')).to.deep.equal([]);
    expect(JSON.stringify([...new FormData(form)])).not.to.contain('SIMON');
    expect(events).to.have.length(1);
    expect(events[0]!.detail.issues).to.deep.equal([
      {
        path: ['value', 'participant'],
        message:
          'The assessment to edit was given for another person. Give one for the person shown, or none.',
      },
    ]);
    expect(root(el).querySelector('[part~="error"]')!.textContent).to.contain(
      'The assessment to edit was given for another person.',
    );
    // Simon's draft, with everything typed, stays under Simon's key only.
    const stored = JSON.parse(localStorage.getItem(keyOf('simon')) ?? '{}') as {
      notes?: Record<string, string>;
    };
    expect(stored.notes?.['done-well']).to.equal('SIMON-7f3a fixed the label printer SIMON-99c1');
    expect(localStorage.getItem(keyOf('liv'))).to.equal(null);

    // The host gives Liv's own value (or none): her form, with nothing of Simon's.
    el.value = undefined;
    await el.updateComplete;
    expect(textarea(el, 'done-well').value).to.equal('');
    textarea(el, 'done-well').focus();
    await sendKeys({ type: 'LIV-2b9e' });
    await el.updateComplete;
    expect(around(everythingShown(el), 'SIMON')).to.deep.equal([]);
    expect(
      everythingStored()
        .split('\n')
        .filter((line) => line.includes('SIMON')),
    ).to.deep.equal([`${keyOf('simon')}=${localStorage.getItem(keyOf('simon'))}`]);
    expect(localStorage.getItem(keyOf('liv')))
      .to.contain('LIV-2b9e')
      .and.not.to.contain('SIMON');

    // Back to Simon: his text is all there.
    el.participant = simon;
    await el.updateComplete;
    expect(textarea(el, 'done-well').value).to.equal('SIMON-7f3a fixed the label printer SIMON-99c1');
    expect(around(everythingShown(el), 'LIV')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('says so in Danish', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="da" .participant=${simon} date=${date} .value=${simonsReport}></spor-assessment-form>`,
    );
    const events: SporInvalidDataEvent[] = [];
    el.addEventListener('spor-invalid-data', (event) => events.push(event as SporInvalidDataEvent));
    el.participant = liv;
    await el.updateComplete;
    expect(events.map((event) => event.detail.issues[0]?.message)).to.deep.equal([
      'Den vurdering, der skal redigeres, blev givet for en anden person. Giv en for den viste person, eller ingen.',
    ]);
    expect(around(everythingShown(el), 'SIMON')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it("takes a value set in the same update as the person, as that person's", async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" .participant=${simon} date=${date} .value=${simonsReport}></spor-assessment-form>`,
    );
    const events: Event[] = [];
    el.addEventListener('spor-invalid-data', (event) => events.push(event));
    el.participant = liv;
    el.value = { ...simonsReport, id: 'a-liv-1', notes: { 'done-well': 'LIV-2b9e helped at the till' } };
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(textarea(el, 'done-well').value).to.equal('LIV-2b9e helped at the till');
    expect(around(everythingShown(el), 'SIMON')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('switching person while typing keeps every key press under the first person and shows the next nothing of it', async () => {
    const { form, el } = await inForm(
      html`<spor-assessment-form locale="en" name="report" persist="local" .participant=${simon} date=${date}></spor-assessment-form>`,
    );
    radio(el, 'initiative', '2').click();
    textarea(el, 'done-well').focus();
    await sendKeys({ type: 'SIMON-7f3a' });
    el.participant = liv;
    await el.updateComplete;
    expect(around(everythingShown(el), 'SIMON')).to.deep.equal([]);
    expect(root(el).querySelector('[aria-checked="true"]')).to.equal(null);
    expect(JSON.stringify([...new FormData(form)])).not.to.contain('SIMON');
    const stored = JSON.parse(localStorage.getItem(keyOf('simon')) ?? '{}') as {
      notes?: Record<string, string>;
      ratings?: Record<string, number>;
    };
    expect(stored.notes?.['done-well']).to.equal('SIMON-7f3a');
    expect(stored.ratings).to.deep.equal({ initiative: 2 });
    await expect(el).to.be.accessible();
  });

  it('keys the draft by the rater too: one company mentor never sees what another typed', async () => {
    const jens = { role: 'company', id: 'll-jens', name: 'Jens' };
    const anna = { role: 'company', id: 'll-anna', name: 'Anna' };
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" persist="local" .participant=${simon} .rater=${jens} date=${date}></spor-assessment-form>`,
    );
    textarea(el, 'done-well').focus();
    await sendKeys({ type: 'JENS-11aa' });
    el.rater = anna;
    await el.updateComplete;
    expect(around(everythingShown(el), 'JENS')).to.deep.equal([]);
    textarea(el, 'done-well').focus();
    await sendKeys({ type: 'ANNA-5c0d' });
    el.rater = jens;
    await el.updateComplete;
    expect(textarea(el, 'done-well').value).to.equal('JENS-11aa');
    expect(around(everythingShown(el), 'ANNA')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('takes back a state the browser restores only for the person it was typed for', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" .participant=${liv} date=${date}></spor-assessment-form>`,
    );
    const simonsState = JSON.stringify({
      id: 'a-simon-9',
      ratings: { initiative: 2 },
      notes: { 'done-well': 'SIMON-7f3a restored' },
      key: keyOf('simon'),
    });
    // A state that names no person is not taken for a named person.
    el.formStateRestoreCallback(
      JSON.stringify({ id: 'a-x', ratings: {}, notes: { 'done-well': 'SIMON-7f3a bare' } }),
    );
    await el.updateComplete;
    expect(around(everythingShown(el), 'SIMON')).to.deep.equal([]);
    // The browser restores once; Simon's state waits for Simon.
    el.formStateRestoreCallback(simonsState);
    await el.updateComplete;
    expect(around(everythingShown(el), 'SIMON')).to.deep.equal([]);
    expect(root(el).querySelector('[aria-checked="true"]')).to.equal(null);
    // Simon's comes back when Simon is shown.
    el.participant = simon;
    await el.updateComplete;
    expect(textarea(el, 'done-well').value).to.equal('SIMON-7f3a restored');
    await expect(el).to.be.accessible();
  });
});
