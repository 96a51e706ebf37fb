import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { resolveAssessmentSetup, type AssessmentSetup } from '../../../src/controllers/assessment-setup.js';
import { InputResolver } from '../../../src/controllers/input-resolution.js';
import {
  renderRated,
  renderScore,
  renderText,
  type FormView,
} from '../../../src/elements/spor-assessment-form/assessment-form-views.js';
import { formWords } from '../../../src/i18n/form/words.js';

function setupOf(instrument: string, role: string): AssessmentSetup {
  const resolver = new InputResolver<AssessmentSetup>(() => 'unreadable');
  const props = {
    framework: 'nextwork',
    instrument,
    participant: { id: 'simon', displayName: 'Simon' },
    rater: { role },
    date: '2026-11-13',
    value: undefined,
    valueOwner: '',
  };
  return resolveAssessmentSetup(resolver, props, formWords.en, 'en').setup!;
}

const chosen: Array<[string, number | null]> = [];
function viewOf(setup: AssessmentSetup, over: Partial<FormView> = {}): FormView {
  return {
    setup,
    draft: { id: 'a-1', ratings: {}, notes: {} },
    t: formWords.en,
    locale: 'en',
    missing: new Set(),
    showErrors: false,
    isDisabled: false,
    choose: (itemId, value) => chosen.push([itemId, value]),
    write: () => undefined,
    onScaleKey: () => undefined,
    screen: 0,
    showScore: false,
    score: undefined,
    sent: undefined,
    goTo: () => undefined,
    submit: () => undefined,
    startAgain: () => undefined,
    ...over,
  };
}

async function drawn(template: unknown): Promise<HTMLElement> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  render(template, box);
  return box;
}

describe('assessment-form-views: what the form draws for one item', () => {
  it('a rated item: one radio per value and "not observed", the chosen one checked, one tab stop', async () => {
    const setup = setupOf('weekly-company', 'company');
    const item = setup.ratedItems[0]!;
    const box = await drawn(
      renderRated(viewOf(setup, { draft: { id: 'a-1', ratings: { [item.id]: 4 }, notes: {} } }), item),
    );
    const radios = [...box.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
    expect(radios.map((r) => r.getAttribute('aria-label'))).to.deep.equal([
      '1 – Rarely or not at all',
      '2 – Sometimes',
      '3 – Often',
      '4 – Almost always',
      '5 – Always, fully',
      'Not observed',
    ]);
    expect(radios.map((r) => r.getAttribute('aria-checked'))).to.deep.equal([
      'false',
      'false',
      'false',
      'true',
      'false',
      'false',
    ]);
    expect(radios.filter((r) => r.tabIndex === 0).length).to.equal(1);
    expect(radios[3]!.tabIndex).to.equal(0);
    radios[1]!.click();
    expect(chosen.at(-1)).to.deep.equal([item.id, 2]);
    await expect(box).to.be.accessible();
  });

  it('a missing item shows its error only once errors are shown', async () => {
    const setup = setupOf('weekly-company', 'company');
    const item = setup.ratedItems[0]!;
    const missing = new Set([item.id]);
    const quiet = await drawn(renderRated(viewOf(setup, { missing }), item));
    expect(quiet.querySelector('.error-text')).to.equal(null);
    const shown = await drawn(renderRated(viewOf(setup, { missing, showErrors: true }), item));
    expect(shown.querySelector('.error-text')!.textContent).to.equal(formWords.en.form.missingChoice);
    expect(shown.querySelector('[role="radiogroup"]')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(shown).to.be.accessible();
  });

  it('a text item: "optional" unless required, and what was written in its field', async () => {
    const setup = setupOf('weekly-company', 'company');
    const [required, optional] = setup.textItems;
    const view = viewOf(setup, { draft: { id: 'a-1', ratings: {}, notes: { concerns: 'Tired' } } });
    const box = await drawn(html`${renderText(view, required!)}${renderText(view, optional!)}`);
    const labels = [...box.querySelectorAll('label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels).to.deep.equal(['Something done well this week', 'Concerns (optional)']);
    expect(box.querySelector<HTMLTextAreaElement>('#text-concerns')!.value).to.equal('Tired');
    await expect(box).to.be.accessible();
  });

  it('the score: pending until all is answered, then two decimals and the band', async () => {
    const setup = setupOf('resilience-self-report', 'self');
    const pending = await drawn(renderScore(viewOf(setup), undefined));
    expect(pending.textContent!.trim()).to.equal(formWords.en.form.scoreIncomplete);
    const box = await drawn(renderScore(viewOf(setup), 26 / 6));
    const text = box.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('4.33').and.to.contain('High');
    await expect(box).to.be.accessible();
  });
});
