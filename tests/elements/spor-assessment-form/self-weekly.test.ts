// The young person's own weekly reading, `instrument="self-weekly"`: six questions in plain words,
// one at a time, 1–5 or "don't know", one-handed on a phone, and at most one a week.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  AssessmentSchema,
  samplePersonas,
  type Assessment,
  type ProgressData,
} from '../../../src/core/index.js';
import '../../../src/elements/spor-assessment-form/spor-assessment-form.js';
import type { SporAssessmentForm } from '../../../src/elements/spor-assessment-form/spor-assessment-form.component.js';
import type { SporInvalidDataEvent } from '../../../src/events/index.js';
import { active, button, chooseByKeyboard, press, radios, root, submitButton } from './form-controls.js';

const traits = ['initiative', 'persistence', 'curiosity', 'cooperation', 'social', 'responsibility'];
const livData = samplePersonas.find((person) => person.participant.id === 'liv')!;
const liv = { id: 'liv', displayName: 'Liv' };
const self = { role: 'self' };

/** Liv's form for a day; her own data unless told. */
async function livForm(
  date: string,
  locale = 'da',
  data: ProgressData = livData,
): Promise<SporAssessmentForm> {
  return fixture<SporAssessmentForm>(
    html`<spor-assessment-form
      locale=${locale}
      instrument="self-weekly"
      date=${date}
      .participant=${liv}
      .rater=${self}
      .data=${data}
    ></spor-assessment-form>`,
  );
}

const progressText = (el: SporAssessmentForm) =>
  root(el).querySelector('.progress-text')!.textContent!.trim();
const question = (el: SporAssessmentForm) => root(el).querySelector('.item-label')!.textContent!.trim();

/** Answers the six questions by click: a value's index among the six buttons (5: "don't know"). */
async function answerAll(el: SporAssessmentForm, indexes: ReadonlyArray<number>): Promise<void> {
  for (const [i, index] of indexes.entries()) {
    radios(el, traits[i]!)[index]!.click();
    await el.updateComplete;
    button(el, 'Næste').click();
    await el.updateComplete;
  }
}

describe('<spor-assessment-form instrument="self-weekly">: the young person rates their own week', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('asks the six traits in plain words, one at a time, 1–5 with words and "Ved ikke"', async () => {
    // Liv's last own rating is Friday 6 November (week 45); 13 November is week 46: free.
    expect(
      livData.assessments.some((a) => a.instrument === 'self-weekly' && a.date === '2026-11-06'),
    ).to.equal(true);
    const el = await livForm('2026-11-13');
    expect(root(el).querySelector('[part~="title"]')!.textContent!.trim()).to.equal('Min egen uge');
    expect(progressText(el)).to.equal('1 af 6');
    expect(question(el)).to.equal('Hvordan gik det med at tage initiativ i denne uge?');
    expect(radios(el, 'initiative').map((r) => r.getAttribute('aria-label'))).to.deep.equal([
      '1 – Slet ikke godt',
      '2 – Ikke så godt',
      '3 – Nogenlunde',
      '4 – Godt',
      '5 – Rigtig godt',
      'Ved ikke',
    ]);
    await expect(el).to.be.accessible();

    const en = await livForm('2026-11-13', 'en');
    expect(question(en)).to.equal('How did it go with taking the initiative this week?');
    expect(radios(en, 'initiative').map((r) => r.getAttribute('aria-label'))).to.deep.equal([
      '1 – Not well at all',
      '2 – Not so well',
      '3 – So-so',
      '4 – Well',
      '5 – Very well',
      "Don't know",
    ]);
    await expect(en).to.be.accessible();
  });

  for (const [width, height] of [
    [360, 640],
    [390, 844],
  ] as const) {
    it(`fits a phone of ${width}×${height}: no sideways scroll, every button at least 44×44 px, Next in the lower half`, async () => {
      await setViewport({ width, height });
      const el = await livForm('2026-11-13');
      const buttons = [...root(el).querySelectorAll<HTMLElement>('button')];
      expect(buttons.length).to.equal(7); // five values, "Ved ikke", Next
      for (const b of buttons) {
        const box = b.getBoundingClientRect();
        expect(box.width, b.textContent!).to.be.at.least(44);
        expect(box.height, b.textContent!).to.be.at.least(44);
        expect(box.right).to.be.at.most(width);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      // Within a thumb's reach: the answers and Next lie below the first third of the screen.
      const next = button(el, 'Næste').getBoundingClientRect();
      expect(next.top).to.be.above(height / 2);
      expect(next.bottom).to.be.at.most(height);
      expect(radios(el, 'initiative')[0]!.getBoundingClientRect().top).to.be.above(height / 4);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps its buttons whole and scrolls no sideways at 200 % text size on a 360 px phone', async () => {
    await setViewport({ width: 360, height: 640 });
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await livForm('2026-11-13');
      // The text is twice as large: a button of 2.75rem is 88 px high.
      expect(radios(el, 'initiative')[0]!.getBoundingClientRect().height).to.be.at.least(88);
      for (const r of radios(el, 'initiative')) {
        const box = r.getBoundingClientRect();
        expect(box.right, r.textContent!).to.be.at.most(360);
        // Nothing of the words sticks out of its button.
        for (const part of r.querySelectorAll('span')) {
          expect(part.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
        }
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('is filled by keyboard and sends one assessment: the answers, "don’t know" as null, rater self', async () => {
    const el = await livForm('2026-11-13');
    const sent: Assessment[] = [];
    el.addEventListener('spor-assessment-submit', (event) => sent.push(event.detail.assessment));
    radios(el, 'initiative')[0]!.focus();
    // Indexes among the six buttons: 3 → "4", 5 → "Ved ikke".
    const indexes = [3, 4, 5, 2, 1, 4];
    for (const [i, index] of indexes.entries()) {
      expect(active(el)!.closest('[role="radiogroup"]')!.getAttribute('data-item')).to.equal(traits[i]);
      await chooseByKeyboard(index);
      await press('Tab', i === 0 ? 1 : 2);
      expect(active(el)!.textContent!.trim()).to.equal('Næste');
      await press('Enter');
      await el.updateComplete;
    }
    expect(active(el)).to.equal(submitButton(el));
    await expect(el).to.be.accessible();
    await press('Enter');
    await el.updateComplete;
    expect(sent.length).to.equal(1);
    const [assessment] = sent;
    expect(AssessmentSchema.safeParse(assessment).success).to.equal(true);
    expect(assessment).to.deep.include({
      instrument: 'self-weekly',
      date: '2026-11-13',
      rater: { role: 'self' },
    });
    expect(assessment!.ratings).to.deep.equal({
      initiative: 4,
      persistence: 5,
      curiosity: null,
      cooperation: 3,
      social: 2,
      responsibility: 5,
    });
    expect(assessment!.notes).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('refuses a second rating in the same ISO week: a plain note, spor-invalid-data, no form', async () => {
    // Wednesday 4 November is in week 45 (2–8 November), with Liv's rating of Friday 6 November.
    const index = livData.assessments.findIndex(
      (a) => a.instrument === 'self-weekly' && a.date === '2026-11-06',
    );
    expect(index).to.be.above(-1);
    const el = document.createElement('spor-assessment-form') as SporAssessmentForm;
    const issues: SporInvalidDataEvent[] = [];
    el.addEventListener('spor-invalid-data', (event) => issues.push(event));
    Object.assign(el, { locale: 'da', instrument: 'self-weekly', date: '2026-11-04', participant: liv });
    Object.assign(el, { rater: self, data: livData });
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(issues.length).to.equal(1);
      expect(issues[0]!.detail.issues).to.deep.equal([
        {
          path: ['data', 'assessments', index, 'date'],
          message: 'Du har allerede svaret for uge 45, 2026. Du kan svare igen i den næste.',
        },
      ]);
      expect(root(el).querySelector('[part~="error"]')!.textContent!.trim()).to.equal(
        'Du har allerede svaret for uge 45, 2026. Du kan svare igen i den næste.',
      );
      expect(root(el).querySelectorAll('[role="radio"]').length).to.equal(0);
      await expect(el).to.be.accessible();

      el.locale = 'en';
      await el.updateComplete;
      expect(root(el).querySelector('[part~="error"]')!.textContent!.trim()).to.equal(
        'You have already answered for week 45, 2026. You can answer again in the next one.',
      );
      await expect(el).to.be.accessible();

      // The next Monday (9 November, week 46) is free.
      el.date = '2026-11-09';
      await el.updateComplete;
      expect(root(el).querySelector('[part~="error"]')).to.equal(null);
      expect(progressText(el)).to.equal('1 of 6');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('reads the week in Copenhagen: a rating at 23:30 UTC on Sunday counts for the Monday after', async () => {
    // 2026-11-08T23:30Z is 00:30 on Monday 9 November in Copenhagen: week 46, as 13 November is.
    const late: Assessment = {
      id: 'liv-self-late',
      instrument: 'self-weekly',
      date: '2026-11-08T23:30:00Z',
      rater: { role: 'self' },
      ratings: Object.fromEntries(traits.map((id) => [id, 3])),
    };
    const el = await livForm('2026-11-13', 'en', { ...livData, assessments: [...livData.assessments, late] });
    expect(root(el).querySelector('[part~="error"]')!.textContent).to.contain('week 46, 2026');
    await expect(el).to.be.accessible();
  });

  it('refuses the submit when the week is rated elsewhere while she answers, and says so once', async () => {
    const el = await livForm('2026-11-13');
    await answerAll(el, [3, 3, 3, 3, 3, 3]);
    const elsewhere: Assessment = {
      id: 'liv-self-phone',
      instrument: 'self-weekly',
      date: '2026-11-10',
      rater: { role: 'self' },
      ratings: Object.fromEntries(traits.map((id) => [id, 4])),
    };
    el.data = { ...livData, assessments: [...livData.assessments, elsewhere] };
    await el.updateComplete;
    // Kept on screen with the notice that the page's data cannot be used.
    expect(root(el).querySelector('[part~="input-notice"]')).to.not.equal(null);
    let submits = 0;
    el.addEventListener('spor-assessment-submit', () => (submits += 1));
    const heard: SporInvalidDataEvent[] = [];
    el.addEventListener('spor-invalid-data', (event) => heard.push(event));
    submitButton(el).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(submits).to.equal(0);
    expect(heard.map((event) => event.detail.issues.map((issue) => issue.message))).to.deep.equal([
      ['Du har allerede svaret for uge 46, 2026. Du kan svare igen i den næste.'],
    ]);
    // Said plainly in place of the form, not as "the page's data cannot be used".
    expect(root(el).querySelector('[part~="input-notice"]')).to.equal(null);
    expect(root(el).querySelector('[part~="error"]')!.textContent!.trim()).to.equal(
      'Du har allerede svaret for uge 46, 2026. Du kan svare igen i den næste.',
    );
    expect(root(el).querySelector('[part~="confirmation"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps its thank-you when the host adds the rating just sent, refuses a new one that week, edits her own', async () => {
    const el = await livForm('2026-11-13');
    await answerAll(el, [4, 4, 4, 4, 4, 5]);
    const { detail } = await (async () => {
      const event = oneEvent(el, 'spor-assessment-submit');
      submitButton(el).click();
      return event;
    })();
    el.data = { ...livData, assessments: [...livData.assessments, detail.assessment] };
    await el.updateComplete;
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
    expect(root(el).querySelector('[part~="confirmation"]')).to.not.equal(null);
    await expect(el).to.be.accessible();

    // "Fill in a new one" for the same week: the rating she sent is in her data now, so it is refused.
    button(el, 'Udfyld en ny').click();
    await el.updateComplete;
    await answerAll(el, [2, 2, 2, 2, 2, 2]);
    let again = 0;
    el.addEventListener('spor-assessment-submit', () => (again += 1));
    const heard: SporInvalidDataEvent[] = [];
    el.addEventListener('spor-invalid-data', (event) => heard.push(event));
    submitButton(el).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(again).to.equal(0);
    expect(heard.length).to.equal(1);
    expect(root(el).querySelector('[part~="error"]')!.textContent!.trim()).to.equal(
      'Du har allerede svaret for uge 46, 2026. Du kan svare igen i den næste.',
    );
    await expect(el).to.be.accessible();

    // Her own rating of that week, given back to change: no second rating.
    const edit = await livForm('2026-11-13', 'da', el.data);
    edit.value = detail.assessment;
    await edit.updateComplete;
    expect(root(edit).querySelector('[part~="error"]')).to.equal(null);
    expect(radios(edit, 'initiative')[4]!.getAttribute('aria-checked')).to.equal('true');
    await expect(edit).to.be.accessible();
  });

  it('refuses data of another person than the one shown', async () => {
    const simon = samplePersonas.find((person) => person.participant.id === 'simon')!;
    const el = await livForm('2026-11-13', 'en', simon);
    expect(root(el).querySelector('[part~="error"]')!.textContent).to.contain(
      'The data belongs to another person than the one shown.',
    );
    expect(root(el).querySelectorAll('[role="radio"]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });
});
