import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AssessmentSchema, type Assessment } from '../../../src/core/index.js';
import '../../../src/elements/spor-assessment-form/spor-assessment-form.js';
import type { SporAssessmentForm } from '../../../src/elements/spor-assessment-form/spor-assessment-form.component.js';
import type { SporAssessmentSubmitEvent } from '../../../src/events/index.js';
import { atFixedTime } from '../../fixed-clock.js';
import {
  active,
  button,
  checked,
  chooseByKeyboard,
  group,
  groups,
  press,
  radio,
  radios,
  root,
  submitButton,
  textarea,
  type,
} from './form-controls.js';

const weeklyRated = [
  'initiative',
  'persistence',
  'curiosity',
  'cooperation',
  'social',
  'responsibility',
  'punctuality',
  'productivity',
];
const company = { role: 'company', id: 'll-jens', name: 'Jens Mikkelsen', placementId: 'simon-p3' };
const simon = { id: 'simon', displayName: 'Simon' };

function expectValid(assessment: Assessment): void {
  const parsed = AssessmentSchema.safeParse(assessment);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
}

async function submit(el: SporAssessmentForm): Promise<SporAssessmentSubmitEvent> {
  const event = oneEvent(el, 'spor-assessment-submit');
  submitButton(el).click();
  return event;
}

describe('<spor-assessment-form>: the weekly report', () => {
  it('is filled by click and sends an assessment valid under the schema, dated today in Copenhagen', async () => {
    // 23:30 UTC on 5 November is 6 November in the framework's time zone.
    await atFixedTime('2026-11-05T23:30:00Z', async () => {
      const el = await fixture<SporAssessmentForm>(
        html`<spor-assessment-form locale="en" instrument="weekly-company" .participant=${simon} .rater=${company}></spor-assessment-form>`,
      );
      expect(root(el).querySelector('[part~="title"]')!.textContent).to.equal(
        'Weekly rating from the company',
      );
      expect(root(el).querySelector('.meta')!.textContent)
        .to.contain('Simon')
        .and.to.contain('Company: Jens Mikkelsen');
      expect(groups(el).map((g) => g.dataset['item'])).to.deep.equal(weeklyRated);
      // Five values with their labels, then "not observed".
      expect(radios(el, 'punctuality').map((r) => r.getAttribute('aria-label'))).to.deep.equal([
        '1 – Rarely or not at all',
        '2 – Sometimes',
        '3 – Often',
        '4 – Almost always',
        '5 – Always, fully',
        'Not observed',
      ]);
      await expect(el).to.be.accessible();

      const values = [3, 4, 2, 5, 1, 4, 5, 3];
      weeklyRated.forEach((id, i) => radio(el, id, String(values[i])).click());
      radio(el, 'curiosity', 'Not observed').click();
      await el.updateComplete;
      expect(checked(el, 'curiosity')).to.deep.equal(['Not observed']);
      expect(checked(el, 'punctuality')).to.deep.equal(['5 – Always, fully']);
      await type(el, 'done-well', '  Took the forklift course without being asked. ');
      await expect(el).to.be.accessible();

      const { detail } = await submit(el);
      expectValid(detail.assessment);
      expect(detail.assessment).to.deep.include({
        instrument: 'weekly-company',
        date: '2026-11-06',
        rater: company,
      });
      expect(detail.assessment.ratings).to.deep.equal({
        initiative: 3,
        persistence: 4,
        curiosity: null,
        cooperation: 5,
        social: 1,
        responsibility: 4,
        punctuality: 5,
        productivity: 3,
      });
      // Trimmed, and the empty optional `concerns` is left out.
      expect(detail.assessment.notes).to.deep.equal({
        'done-well': 'Took the forklift course without being asked.',
      });
      expect(detail.assessment.id).to.be.a('string').and.not.equal('');
      expect(detail.score).to.equal(undefined);
      await el.updateComplete;
      expect(root(el).querySelector('[part~="confirmation"]')!.textContent).to.contain(
        'The assessment for 6 November 2026 has been sent.',
      );
      expect(active(el)!.id).to.equal('sent');
      await expect(el).to.be.accessible();
    });
  });

  it('two forms on one page leave the page one banner at most (axe: landmark-no-duplicate-banner)', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <spor-assessment-form locale="en" instrument="weekly-company" .participant=${simon} .rater=${company}></spor-assessment-form>
        <spor-assessment-form locale="en" instrument="weekly-company" .participant=${simon} .rater=${company}></spor-assessment-form>
      </div>`,
    );
    const forms = [...page.querySelectorAll<SporAssessmentForm>('spor-assessment-form')];
    expect(forms).to.have.length(2);
    await Promise.all(forms.map((form) => form.updateComplete));
    for (const form of forms) expect(root(form).querySelector('header')).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it('is filled by keyboard: one tab stop per item, arrows move and choose, then Tab to the notes and Enter sends', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" instrument="weekly-company" date="2026-11-13"></spor-assessment-form>`,
    );
    // The weekly company report rates eight items (weeklyRated), each its own group.
    expect(groups(el)).to.have.length(8);
    for (const g of groups(el)) expect(g.querySelectorAll('[tabindex="0"]')).to.have.length(1);
    radios(el, 'initiative')[0]!.focus();
    // initiative: Space chooses 1; the arrows wrap from 1 back to "not observed" and on to 1 again.
    await chooseByKeyboard(0);
    expect(checked(el, 'initiative')).to.deep.equal(['1 – Rarely or not at all']);
    await press('ArrowLeft');
    expect(checked(el, 'initiative')).to.deep.equal(['Not observed']);
    expect(active(el)!.getAttribute('aria-label')).to.equal('Not observed');
    await press('Home');
    await press('ArrowDown', 3);
    expect(checked(el, 'initiative')).to.deep.equal(['4 – Almost always']);
    // Only the chosen radio is a tab stop now.
    expect(radios(el, 'initiative').map((r) => r.tabIndex)).to.deep.equal([-1, -1, -1, 0, -1, -1]);
    const picks = [2, 3, 1, 4, 0, 2, 3]; // indexes for persistence … productivity
    for (const index of picks) {
      await press('Tab');
      await chooseByKeyboard(index);
    }
    await press('Tab');
    expect(active(el)).to.equal(textarea(el, 'done-well'));
    await sendKeys({ type: 'Came early every day.' });
    await press('Tab');
    expect(active(el)).to.equal(textarea(el, 'concerns'));
    await press('Tab');
    expect(active(el)).to.equal(submitButton(el));
    const event = oneEvent(el, 'spor-assessment-submit');
    await press('Enter');
    const { detail } = await event;
    expectValid(detail.assessment);
    expect(detail.assessment.date).to.equal('2026-11-13');
    expect(detail.assessment.rater).to.deep.equal({ role: 'company' });
    expect(detail.assessment.ratings).to.deep.equal({
      initiative: 4,
      persistence: 3,
      curiosity: 4,
      cooperation: 2,
      social: 5,
      responsibility: 1,
      punctuality: 3,
      productivity: 4,
    });
    expect(detail.assessment.notes).to.deep.equal({ 'done-well': 'Came early every day.' });
    await expect(el).to.be.accessible();
  });

  it('speaks Danish from the page and shows the scale labels from the framework', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="da"><spor-assessment-form></spor-assessment-form></div>`,
    );
    const el = wrapper.querySelector('spor-assessment-form')!;
    await el.updateComplete;
    expect(root(el).querySelector('[part~="title"]')!.textContent).to.equal(
      'Ugentlig vurdering fra virksomheden',
    );
    expect(radio(el, 'initiative', '4').getAttribute('aria-label')).to.equal('4 – Næsten altid');
    expect(radio(el, 'initiative', 'Ikke observeret')).to.exist;
    expect(submitButton(el).textContent!.trim()).to.equal('Send');
    await expect(el).to.be.accessible();
  });
});

describe('<spor-assessment-form>: missing answers', () => {
  it('shows every missing answer at its item, focuses the first and sends nothing', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en"></spor-assessment-form>`,
    );
    let sent = 0;
    el.addEventListener('spor-assessment-submit', () => (sent += 1));
    submitButton(el).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(sent).to.equal(0);
    expect(root(el).querySelectorAll('.error-text')).to.have.length(9);
    expect(group(el, 'initiative').getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).querySelector('#error-initiative')!.textContent).to.equal('Choose an answer.');
    expect(root(el).querySelector('#error-done-well')!.textContent).to.equal('Write a few words here.');
    expect(textarea(el, 'done-well').getAttribute('aria-describedby')).to.equal('error-done-well');
    expect(textarea(el, 'concerns').getAttribute('aria-invalid')).to.equal(null);
    expect(root(el).querySelector('.missing')!.textContent).to.equal('9 answers are missing.');
    expect(active(el)).to.equal(radios(el, 'initiative')[0]);
    await expect(el).to.be.accessible();

    for (const id of weeklyRated) if (id !== 'social') radio(el, id, '3').click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.error-text')).to.have.length(2);
    submitButton(el).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(sent).to.equal(0);
    expect(active(el)).to.equal(radios(el, 'social')[0]);
    expect(root(el).querySelector('.missing')!.textContent).to.equal('2 answers are missing.');

    radio(el, 'social', 'Not observed').click();
    await type(el, 'done-well', '   ');
    submitButton(el).click();
    await el.updateComplete;
    await el.updateComplete;
    // Blank text is no answer.
    expect(sent).to.equal(0);
    expect(active(el)).to.equal(textarea(el, 'done-well'));
    await expect(el).to.be.accessible();
  });
});

describe('<spor-assessment-form>: the monthly determination rating', () => {
  const counsellor = { role: 'counsellor', id: 'uv-mette', name: 'Mette Dahl' };

  it('is filled by click by a counsellor, with "not observed"', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" instrument="monthly-determination" .rater=${counsellor} date="2026-10-30"></spor-assessment-form>`,
    );
    expect(groups(el).map((g) => g.dataset['item'])).to.deep.equal([
      'persistence',
      'independence',
      'direction',
    ]);
    expect(root(el).querySelector('textarea')).to.equal(null);
    radio(el, 'persistence', '4').click();
    radio(el, 'independence', 'Not observed').click();
    radio(el, 'direction', '2').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const { detail } = await submit(el);
    expectValid(detail.assessment);
    expect(detail.assessment).to.deep.include({
      instrument: 'monthly-determination',
      date: '2026-10-30',
      rater: counsellor,
    });
    expect(detail.assessment.ratings).to.deep.equal({ persistence: 4, independence: null, direction: 2 });
    expect(detail.assessment).not.to.have.property('notes');
  });

  it('is filled by keyboard, End reaching "not observed"', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" instrument="monthly-determination" date="2026-10-30"></spor-assessment-form>`,
    );
    radios(el, 'persistence')[0]!.focus();
    await press('End');
    await press('Tab');
    await press('ArrowRight', 4);
    await press('Tab');
    await press('ArrowLeft', 2);
    await press('Tab');
    expect(active(el)).to.equal(submitButton(el));
    const event = oneEvent(el, 'spor-assessment-submit');
    await press('Space');
    const { detail } = await event;
    expectValid(detail.assessment);
    // ArrowLeft from the first radio wraps to "not observed", then on to 5.
    expect(detail.assessment.ratings).to.deep.equal({ persistence: null, independence: 5, direction: 5 });
    expect(detail.assessment.rater).to.deep.equal({ role: 'company' });
    await expect(el).to.be.accessible();
  });

  it('refuses a rater role the instrument does not allow, with an error state and an event, not an exception', async () => {
    const el = document.createElement('spor-assessment-form');
    el.locale = 'en';
    el.instrument = 'monthly-determination';
    el.rater = { role: 'self' };
    const event = oneEvent(el, 'spor-invalid-data');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    const { detail } = await event;
    expect(detail.issues[0]!.path).to.deep.equal(['rater', 'role']);
    expect(detail.issues[0]!.message).to.contain('"self"').and.to.contain('company, counsellor');
    expect(root(el).querySelector('[part~="error"]')!.textContent).to.contain('The data cannot be shown');
    expect(el.checkValidity()).to.equal(false);
    await expect(el).to.be.accessible();
  });
});

describe('<spor-assessment-form>: the resilience self-report', () => {
  const answer = async (el: SporAssessmentForm, values: number[]) => {
    for (const [i, value] of values.entries()) {
      radio(el, `r${i + 1}`, String(value)).click();
      button(el, 'Next').click();
      await el.updateComplete;
    }
  };
  const scoreText = (el: SporAssessmentForm) => root(el).querySelector('.score')!.textContent!.trim();

  it('shows one statement at a time with progress, no "not observed", and the score with its band', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" instrument="resilience-self-report" show-score></spor-assessment-form>`,
    );
    expect(groups(el)).to.have.length(1);
    expect(root(el).querySelector('.progress-text')!.textContent).to.equal('1 of 6');
    expect(root(el).querySelector('.item-label')!.textContent).to.contain('Statement 1 (placeholder');
    expect(radios(el, 'r1').map((r) => r.getAttribute('aria-label'))).to.deep.equal([
      '1 – Strongly disagree',
      '2 – Disagree',
      '3 – Neither agree nor disagree',
      '4 – Agree',
      '5 – Strongly agree',
    ]);
    expect(button(el, 'Back')).to.equal(undefined);
    await expect(el).to.be.accessible();

    // r2, r4, r6 are reverse-scored (6 − x): 4, 6−2=4, 5, 6−1=5, 3, 6−2=4 → 25 / 6 = 4.1666… → 4.17, normal.
    await answer(el, [4, 2, 5, 1, 3, 2]);
    expect(root(el).querySelector('.progress-text')!.textContent).to.equal('Ready to send');
    expect(root(el).querySelector('.answered')!.textContent).to.equal('You have answered 6 of 6.');
    expect(scoreText(el)).to.equal('Resilience score: 4.17 (Normal)');
    expect(el.score).to.be.closeTo(25 / 6, 1e-12);
    await expect(el).to.be.accessible();

    const { detail } = await submit(el);
    expectValid(detail.assessment);
    expect(detail.assessment.rater).to.deep.equal({ role: 'self' });
    expect(detail.assessment.ratings).to.deep.equal({ r1: 4, r2: 2, r3: 5, r4: 1, r5: 3, r6: 2 });
    expect(detail.score).to.be.closeTo(25 / 6, 1e-12);
    await el.updateComplete;
    expect(scoreText(el)).to.equal('Resilience score: 4.17 (Normal)');
    await expect(el).to.be.accessible();
  });

  it('scores the edges of the bands by hand', async () => {
    const cases: Array<[number[], string]> = [
      // All answers at the strong end: 5, 6−1, 5, 6−1, 5, 6−1 → 5.00, high.
      [[5, 1, 5, 1, 5, 1], 'Resilience score: 5.00 (High)'],
      // 1, 6−5, 1, 6−5, 2, 6−4 → 1+1+1+1+2+2 = 8 / 6 = 1.33, low.
      [[1, 5, 1, 5, 2, 4], 'Resilience score: 1.33 (Low)'],
      // 5, 6−2, 4, 6−1, 4, 6−2 → 5+4+4+5+4+4 = 26 / 6 = 4.333 → 4.33, high (bands compare at two decimals).
      [[5, 2, 4, 1, 4, 2], 'Resilience score: 4.33 (High)'],
      // 3 everywhere: reversing 3 gives 3 → 3.00, normal.
      [[3, 3, 3, 3, 3, 3], 'Resilience score: 3.00 (Normal)'],
    ];
    for (const [values, expected] of cases) {
      const el = await fixture<SporAssessmentForm>(
        html`<spor-assessment-form locale="en" instrument="resilience-self-report" show-score></spor-assessment-form>`,
      );
      await answer(el, values);
      expect(scoreText(el), values.join(',')).to.equal(expected);
      await expect(el).to.be.accessible();
      // One form at a time: each form's header is a banner landmark, and two on one page fail axe's
      // landmark-no-duplicate-banner (a question for the element, not for this scoring test).
      el.remove();
    }
  });

  it('hides the score unless the host asks for it', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" instrument="resilience-self-report"></spor-assessment-form>`,
    );
    await answer(el, [4, 2, 5, 1, 3, 2]);
    expect(root(el).querySelector('.score')).to.equal(null);
    const { detail } = await submit(el);
    // The host still gets the score in the event, to store or not.
    expect(detail.score).to.be.closeTo(25 / 6, 1e-12);
    await expect(el).to.be.accessible();
  });

  it('is filled by keyboard: arrows choose, Tab to Next, Enter moves on and focuses the next statement', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" instrument="resilience-self-report" show-score></spor-assessment-form>`,
    );
    radios(el, 'r1')[0]!.focus();
    const values = [2, 4, 3, 2, 5, 1];
    for (const [i, value] of values.entries()) {
      expect(active(el)!.closest('[role="radiogroup"]')!.getAttribute('data-item')).to.equal(`r${i + 1}`);
      await chooseByKeyboard(value - 1);
      // From the second statement on, Back comes before Next.
      await press('Tab', i === 0 ? 1 : 2);
      expect(active(el)!.textContent!.trim()).to.equal('Next');
      await press('Enter');
      await el.updateComplete;
    }
    expect(active(el)).to.equal(submitButton(el));
    // 2, 6−4=2, 3, 6−2=4, 5, 6−1=5 → 21 / 6 = 3.5, normal.
    expect(root(el).querySelector('.score')!.textContent!.trim()).to.equal('Resilience score: 3.50 (Normal)');
    const event = oneEvent(el, 'spor-assessment-submit');
    await press('Enter');
    const { detail } = await event;
    expectValid(detail.assessment);
    expect(detail.assessment.ratings).to.deep.equal({ r1: 2, r2: 4, r3: 3, r4: 2, r5: 5, r6: 1 });
    expect(detail.score).to.equal(3.5);
    await expect(el).to.be.accessible();
  });

  it('goes back to the first unanswered statement and focuses it', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" instrument="resilience-self-report"></spor-assessment-form>`,
    );
    await answer(el, [4, 2]);
    button(el, 'Next').click(); // r3 skipped
    await el.updateComplete;
    await answer(el, []);
    for (let i = 0; i < 3; i += 1) {
      button(el, 'Next').click();
      await el.updateComplete;
    }
    let sent = false;
    el.addEventListener('spor-assessment-submit', () => (sent = true));
    submitButton(el).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(sent).to.equal(false);
    expect(root(el).querySelector('.progress-text')!.textContent).to.equal('3 of 6');
    expect(active(el)).to.equal(radios(el, 'r3')[0]);
    expect(root(el).querySelector('#error-r3')!.textContent).to.equal('Choose an answer.');
    await expect(el).to.be.accessible();
    // Back keeps the answers.
    button(el, 'Back').click();
    await el.updateComplete;
    expect(checked(el, 'r2')).to.deep.equal(['2 – Disagree']);
  });

  it('can show every statement at once (mode="list")', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" instrument="resilience-self-report" mode="list"></spor-assessment-form>`,
    );
    expect(groups(el)).to.have.length(6);
    await expect(el).to.be.accessible();
  });
});

describe('<spor-assessment-form>: inside a <form>', () => {
  const fillWeekly = async (el: SporAssessmentForm) => {
    for (const id of weeklyRated) radio(el, id, '4').click();
    await type(el, 'done-well', 'Helped a new colleague.');
  };

  it('takes part in validity and submits its assessment as JSON under its name', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <label>Week <input name="week" value="2026-W46" /></label>
      <spor-assessment-form name="assessment" locale="en" date="2026-11-13"></spor-assessment-form>
      <button>Save</button>
    </form>`);
    form.addEventListener('submit', (event) => event.preventDefault());
    const el = form.querySelector('spor-assessment-form')!;
    await el.updateComplete;
    expect(el.form).to.equal(form);
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).get('assessment')).to.equal(null);
    await expect(form).to.be.accessible();

    await fillWeekly(el);
    expect(form.checkValidity()).to.equal(true);
    const submitted = oneEvent(form, 'submit');
    form.querySelector('button')!.click();
    const event = (await submitted) as Event;
    const data = new FormData(event.target as HTMLFormElement);
    expect(data.get('week')).to.equal('2026-W46');
    const assessment = JSON.parse(String(data.get('assessment'))) as Assessment;
    expectValid(assessment);
    expect(assessment.ratings['punctuality']).to.equal(4);
    expect(assessment.notes).to.deep.equal({ 'done-well': 'Helped a new colleague.' });
  });

  it('sends the host form from its own button too, after the event', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <spor-assessment-form name="report" locale="en" instrument="monthly-determination"></spor-assessment-form>
    </form>`);
    const el = form.querySelector('spor-assessment-form')!;
    await el.updateComplete;
    const order: string[] = [];
    let json = '';
    el.addEventListener('spor-assessment-submit', () => order.push('spor-assessment-submit'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      order.push('submit');
      json = String(new FormData(form).get('report'));
    });
    for (const id of ['persistence', 'independence', 'direction']) radio(el, id, '3').click();
    await el.updateComplete;
    submitButton(el).click();
    expect(order).to.deep.equal(['spor-assessment-submit', 'submit']);
    expectValid(JSON.parse(json) as Assessment);
    await expect(el).to.be.accessible();
  });

  it('shows the missing answers when the host form is sent incomplete', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <spor-assessment-form name="assessment" locale="en" instrument="monthly-determination"></spor-assessment-form>
      <button>Save</button>
    </form>`);
    const el = form.querySelector('spor-assessment-form')!;
    await el.updateComplete;
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    radio(el, 'persistence', '3').click();
    await el.updateComplete;
    form.querySelector('button')!.click();
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(root(el).querySelectorAll('.error-text')).to.have.length(2);
    expect(el.reportValidity()).to.equal(false);
    await expect(form).to.be.accessible();
  });

  it('is reset with the form and turned off by a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset>
        <legend>Report</legend>
        <spor-assessment-form name="assessment" locale="en"></spor-assessment-form>
      </fieldset>
    </form>`);
    const el = form.querySelector('spor-assessment-form')!;
    await el.updateComplete;
    await fillWeekly(el);
    expect(form.checkValidity()).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(checked(el, 'initiative')).to.deep.equal([]);
    expect(textarea(el, 'done-well').value).to.equal('');
    expect(form.checkValidity()).to.equal(false);

    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    // Five values and "not observed", every one disabled.
    expect(radios(el, 'initiative')).to.have.length(6);
    expect(radios(el, 'initiative').every((r) => r.disabled)).to.equal(true);
    expect(textarea(el, 'done-well').disabled).to.equal(true);
    expect(submitButton(el).disabled).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(submitButton(el).disabled).to.equal(false);
    await expect(form).to.be.accessible();
  });
});

describe('<spor-assessment-form>: a custom framework with a 0–10 scale', () => {
  const label = (da: string, en: string) => ({ da, en });
  const custom = {
    id: 'trivsel',
    label: label('Trivsel', 'Well-being'),
    roles: [{ id: 'mentor', label: label('Mentor', 'Mentor') }],
    scales: [
      {
        id: 'zero-ten',
        min: 0,
        max: 10,
        step: 1,
        labels: [
          { value: 0, label: label('Slet ikke', 'Not at all') },
          { value: 10, label: label('Fuldt ud', 'Fully') },
        ],
      },
    ],
    instruments: [
      {
        id: 'check-in',
        label: label('Ugentligt tjek', 'Weekly check-in'),
        cadence: 'week',
        scale: 'zero-ten',
        raterRoles: ['mentor'],
        items: [
          { id: 'energy', label: label('Energi', 'Energy') },
          { id: 'hope', label: label('Håb', 'Hope') },
          { id: 'note', label: label('Note', 'Note'), kind: 'text' },
        ],
      },
      {
        id: 'wellbeing',
        label: label('Trivselsskema', 'Well-being questionnaire'),
        cadence: 'month',
        scale: 'zero-ten',
        raterRoles: ['mentor'],
        items: [
          { id: 'w1', label: label('Udsagn 1', 'Statement 1') },
          { id: 'w2', label: label('Udsagn 2', 'Statement 2') },
        ],
        scoring: { label: label('Trivsel', 'Well-being'), method: 'mean', reverse: ['w2'] },
      },
    ],
  };

  it("shows eleven values with the framework's labels, and is filled by keyboard", async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" .framework=${custom} instrument="check-in" date="2026-05-04"></spor-assessment-form>`,
    );
    const names = radios(el, 'energy').map((r) => r.getAttribute('aria-label'));
    expect(names).to.have.length(12);
    expect(names[0]).to.equal('0 – Not at all');
    expect(names[5]).to.equal('5');
    expect(names[10]).to.equal('10 – Fully');
    expect(names[11]).to.equal('Not observed');
    expect(root(el).querySelector('.legend')!.textContent).to.equal('0 = Not at all · 10 = Fully');
    await expect(el).to.be.accessible();

    radios(el, 'energy')[0]!.focus();
    await press('ArrowRight', 7);
    await press('Tab');
    await press('End');
    await press('ArrowLeft');
    await el.updateComplete;
    expect(checked(el, 'hope')).to.deep.equal(['10 – Fully']);
    const { detail } = await submit(el);
    expectValid(detail.assessment);
    expect(detail.assessment).to.deep.include({
      instrument: 'check-in',
      date: '2026-05-04',
      rater: { role: 'mentor' },
    });
    expect(detail.assessment.ratings).to.deep.equal({ energy: 7, hope: 10 });
    await expect(el).to.be.accessible();
  });

  it('scores a custom questionnaire with its own reverse rule (10 − x on 0–10)', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" .framework=${custom} instrument="wellbeing" show-score></spor-assessment-form>`,
    );
    expect(radios(el, 'w1')).to.have.length(11);
    radio(el, 'w1', '8').click();
    button(el, 'Next').click();
    await el.updateComplete;
    radio(el, 'w2', '3').click();
    button(el, 'Next').click();
    await el.updateComplete;
    // 8 and 0 + 10 − 3 = 7 → 7.5; no bands in this framework.
    expect(root(el).querySelector('.score')!.textContent!.trim()).to.equal('Well-being: 7.50');
    const { detail } = await submit(el);
    expect(detail.score).to.equal(7.5);
    expectValid(detail.assessment);
    await expect(el).to.be.accessible();
  });

  it('shows a localized error for an invalid framework or an unknown instrument', async () => {
    const broken = { ...custom, scales: [] };
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" .framework=${broken}></spor-assessment-form>`,
    );
    expect(root(el).querySelector('[part~="error"]')).to.exist;
    await expect(el).to.be.accessible();

    const event = oneEvent(el, 'spor-invalid-data');
    el.framework = 'nextwork';
    el.instrument = 'daily-mood';
    const { detail } = await event;
    expect(detail.issues[0]!.message).to.equal(
      'The framework has no instrument "daily-mood". Use one of: weekly-company, monthly-determination, resilience-self-report, self-weekly.',
    );

    const unknown = oneEvent(el, 'spor-invalid-data');
    el.framework = 'nope';
    expect((await unknown).detail.issues[0]!.message).to.equal('There is no framework "nope".');
    el.locale = 'da';
    await el.updateComplete;
    expect(root(el).querySelector('[part~="error"]')!.textContent).to.contain('Rammen "nope" findes ikke.');
    await expect(el).to.be.accessible();
  });
});

describe('<spor-assessment-form>: drafts', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('keeps a draft across property changes and re-renders', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en"></spor-assessment-form>`,
    );
    radio(el, 'initiative', '5').click();
    await type(el, 'done-well', 'Fixed the label printer.');
    el.locale = 'da';
    await el.updateComplete;
    el.instrument = 'monthly-determination';
    await el.updateComplete;
    radio(el, 'persistence', '2').click();
    el.instrument = 'weekly-company';
    await el.updateComplete;
    expect(checked(el, 'initiative')).to.deep.equal(['5 – Altid, fuldt ud']);
    expect(textarea(el, 'done-well').value).to.equal('Fixed the label printer.');
    el.instrument = 'monthly-determination';
    await el.updateComplete;
    expect(checked(el, 'persistence')).to.deep.equal(['2 – Nogle gange']);
    await expect(el).to.be.accessible();
  });

  it('survives a reload with persist="session", keyed by participant, instrument and date', async () => {
    const make = () =>
      fixture<SporAssessmentForm>(
        html`<spor-assessment-form locale="en" persist="session" .participant=${simon} date="2026-11-13"></spor-assessment-form>`,
      );
    const first = await make();
    radio(first, 'social', '2').click();
    await type(first, 'done-well', 'Asked good questions.');
    const firstId = JSON.parse(
      sessionStorage.getItem('spor-assessment-form:simon:nextwork:weekly-company:2026-11-13')!,
    ).id as string;
    first.remove();

    const second = await make();
    expect(checked(second, 'social')).to.deep.equal(['2 – Sometimes']);
    expect(textarea(second, 'done-well').value).to.equal('Asked good questions.');
    expect(root(second).querySelector('.status')!.textContent).to.equal(
      'What you filled in last time is back.',
    );
    await expect(second).to.be.accessible();

    for (const id of weeklyRated) radio(second, id, '3').click();
    const { detail } = await submit(second);
    expect(detail.assessment.id).to.equal(firstId);
    // Sent: the draft is gone.
    expect(sessionStorage.getItem('spor-assessment-form:simon:nextwork:weekly-company:2026-11-13')).to.equal(
      null,
    );

    // Another date is another draft.
    const other = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" persist="session" .participant=${simon} date="2026-11-20"></spor-assessment-form>`,
    );
    expect(checked(other, 'social')).to.deep.equal([]);
  });

  it('ignores a tampered stored draft and keeps what is on screen when storage fails', async () => {
    localStorage.setItem(
      'spor-assessment-form:simon:nextwork:monthly-determination:2026-10-30',
      JSON.stringify({
        id: 'x1',
        ratings: { persistence: 9, independence: 'lots', direction: 4, __proto__: 1 },
      }),
    );
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" persist="local" .participant=${simon} instrument="monthly-determination" date="2026-10-30"></spor-assessment-form>`,
    );
    expect(checked(el, 'persistence')).to.deep.equal([]);
    expect(checked(el, 'independence')).to.deep.equal([]);
    expect(checked(el, 'direction')).to.deep.equal(['4 – Almost always']);

    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      radio(el, 'persistence', '5').click();
      await el.updateComplete;
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(checked(el, 'persistence')).to.deep.equal(['5 – Always, fully']);
    expect(root(el).querySelector('.status')!.textContent).to.equal(
      'The draft could not be saved on this device. What you filled in is still here.',
    );
    await expect(el).to.be.accessible();
  });

  it('takes back the state the browser restores, keeping only what fits the form', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" instrument="monthly-determination"></spor-assessment-form>`,
    );
    el.formStateRestoreCallback(
      JSON.stringify({ id: 'r-1', ratings: { persistence: 3, direction: 6, initiative: 2 }, notes: {} }),
    );
    await el.updateComplete;
    expect(checked(el, 'persistence')).to.deep.equal(['3 – Often']);
    expect(checked(el, 'direction')).to.deep.equal([]);
    el.formStateRestoreCallback('{ not json');
    await el.updateComplete;
    expect(checked(el, 'persistence')).to.deep.equal(['3 – Often']);
    await expect(el).to.be.accessible();
  });

  it('edits a given assessment and keeps its id', async () => {
    const value: Assessment = {
      id: 'a-77',
      instrument: 'monthly-determination',
      date: '2026-09-30',
      rater: { role: 'counsellor', name: 'Mette Dahl' },
      ratings: { persistence: 3, independence: null, direction: 4 },
    };
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" .value=${value}></spor-assessment-form>`,
    );
    expect(checked(el, 'independence')).to.deep.equal(['Not observed']);
    radio(el, 'direction', '5').click();
    const { detail } = await submit(el);
    expect(detail.assessment).to.deep.equal({
      ...value,
      ratings: { persistence: 3, independence: null, direction: 5 },
    });
    await expect(el).to.be.accessible();
  });
});

describe('<spor-assessment-form>: touch and layout', () => {
  const sizes = (el: SporAssessmentForm) =>
    [...root(el).querySelectorAll<HTMLElement>('button, textarea')].map((node) =>
      node.getBoundingClientRect(),
    );

  for (const [width, name] of [
    [768, 'a tablet'],
    [320, 'a phone'],
  ] as const) {
    it(`gives every control at least 44 × 44 CSS px on ${name}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.style.width = `${width}px`;
      const el = document.createElement('spor-assessment-form');
      el.locale = 'en';
      wrapper.append(el);
      await el.updateComplete;
      expect(sizes(el).length, 'buttons and text fields').to.be.greaterThan(0);
      for (const box of sizes(el)) {
        expect(box.width, 'width').to.be.at.least(44);
        expect(box.height, 'height').to.be.at.least(44);
      }
      const tops = radios(el, 'initiative').map((r) => Math.round(r.getBoundingClientRect().top));
      // The five values stay side by side; on a phone "not observed" gets its own line.
      expect(new Set(tops.slice(0, 5)).size).to.equal(1);
      expect(tops[5]! > tops[0]!).to.equal(width === 320);
      await expect(el).to.be.accessible();
    });
  }

  it('moves the other way with the arrow keys in a right-to-left page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl"><spor-assessment-form locale="en" instrument="monthly-determination"></spor-assessment-form></div>`,
    );
    const el = wrapper.querySelector('spor-assessment-form')!;
    await el.updateComplete;
    radios(el, 'persistence')[0]!.focus();
    await press('ArrowLeft', 2);
    expect(checked(el, 'persistence')).to.deep.equal(['3 – Often']);
    await press('ArrowRight');
    expect(checked(el, 'persistence')).to.deep.equal(['2 – Sometimes']);
    await expect(el).to.be.accessible();
  });
});

describe('<spor-assessment-form>: after sending', () => {
  it('keeps the thank-you for the next date, and starts afresh for another person', async () => {
    const el = await fixture<SporAssessmentForm>(
      html`<spor-assessment-form locale="en" instrument="monthly-determination" .participant=${simon} date="2026-10-30"></spor-assessment-form>`,
    );
    for (const id of ['persistence', 'independence', 'direction']) radio(el, id, '4').click();
    await submit(el);
    el.date = '2026-11-30';
    await el.updateComplete;
    expect(root(el).querySelector('[part~="confirmation"]')!.textContent).to.contain(
      'The assessment for 30 October 2026 has been sent.',
    );
    button(el, 'Fill in a new one').click();
    await el.updateComplete;
    expect(root(el).querySelector('.meta')!.textContent).to.contain('30 November 2026');
    expect(checked(el, 'persistence')).to.deep.equal([]);
    await submitAfterFilling(el);
    el.participant = { id: 'liv', displayName: 'Liv' };
    await el.updateComplete;
    expect(root(el).querySelector('[part~="confirmation"]')).to.equal(null);
    expect(groups(el)).to.have.length(3);
    await expect(el).to.be.accessible();
  });
});

async function submitAfterFilling(el: SporAssessmentForm): Promise<void> {
  for (const id of ['persistence', 'independence', 'direction']) radio(el, id, '2').click();
  await submit(el);
  await el.updateComplete;
}
