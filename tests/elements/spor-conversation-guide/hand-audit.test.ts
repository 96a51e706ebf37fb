// What a hand audit found in the guide (issue 10), which axe does not: what a screen reader says
// for the focus areas and the prompt heading, a live region that is there before its first
// message, and a stepper that does not rely on colour in forced colours.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { progressData } from '../../fixtures/progress-data.js';
import { $, nextFrame } from './guide-controls.js';

/** The text an id list refers to, as a screen reader's name or description is made from it. */
const referenced = (root: ShadowRoot, ids: string | null) =>
  (ids ?? '')
    .split(/\s+/)
    .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ')
    .trim();

async function guide(): Promise<SporConversationGuide> {
  const el = await fixture<SporConversationGuide>(
    html`<spor-conversation-guide .data=${progressData()} date="2026-04-30" locale="en"></spor-conversation-guide>`,
  );
  await el.updateComplete;
  return el;
}

async function toStep(el: SporConversationGuide, step: number): Promise<void> {
  for (let i = 0; i < step; i += 1) {
    $(el, '.next').click();
    await el.updateComplete;
  }
  await nextFrame();
}

describe('<spor-conversation-guide> after the hand audit', () => {
  beforeEach(() => sessionStorage.clear());

  it('names each focus area by its label and describes it by its value, with a pause between', async () => {
    const el = await guide();
    await toStep(el, 3);
    const radio = $<HTMLInputElement>(el, 'input[value="responsibility"]');
    // Both references resolve inside the guide's own shadow root (ARIA ids do not cross roots).
    const root = el.shadowRoot!;
    // aria-labelledby wins over the wrapping <label>: the name is the label alone.
    expect(referenced(root, radio.getAttribute('aria-labelledby'))).to.equal('Responsibility');
    // By hand (tests/elements/one-story.test.ts): 4.0 in W14–W17, 3.0 in W10–W11: rose 1.0.
    expect(referenced(root, radio.getAttribute('aria-describedby'))).to.equal('Now 4.0 · rose 1.0');
    for (const input of root.querySelectorAll('input[type="radio"]')) {
      const name = referenced(root, input.getAttribute('aria-labelledby'));
      expect(name, 'every radio has a name').not.to.equal('');
      expect(name, 'no value runs on from a name').not.to.match(/Now \d|No rating/);
      expect(referenced(root, input.getAttribute('aria-describedby'))).to.match(/^(Now \d|No rating)/);
    }
    await expect(el).to.be.accessible();
  });

  it('says the step in the prompt heading that focus moves to', async () => {
    const el = await guide();
    await toStep(el, 1);
    expect(el.shadowRoot!.activeElement?.id).to.equal('prompt');
    const heading = $(el, '#prompt');
    expect(heading.localName).to.equal('h2');
    // Its name is its text: the counter (visually hidden, never aria-hidden) and the prompt.
    expect(heading.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Step 2 of 4: How is it different? Give one or more examples.',
    );
    expect(heading.querySelector('[aria-hidden]'), 'nothing in it is hidden from a screen reader').to.equal(
      null,
    );
    expect(heading.hasAttribute('aria-label') || heading.hasAttribute('aria-labelledby')).to.equal(false);
    // Shown once on screen, in the header; heard once, in the heading.
    expect($(el, '.progress-text').getAttribute('aria-hidden')).to.equal('true');
    expect($(el, '.progress-text').textContent?.trim()).to.equal('2 of 4');
    await expect(el).to.be.accessible();
  });

  it('keeps its live region rendered, visually hidden, while it has nothing to say', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await guide();
      el.persist = 'local';
      await el.updateComplete;
      const live = $(el, '[role="status"]');
      expect(live.textContent?.trim()).to.equal('');
      const style = getComputedStyle(live);
      expect(style.display).not.to.equal('none');
      expect(style.visibility).not.to.equal('hidden');
      const box = live.getBoundingClientRect();
      expect(box.width * box.height, 'takes no room').to.be.at.most(1);
      const guideBox = $(el, '[part~="base"]').getBoundingClientRect();
      expect(box.left >= guideBox.left && box.top >= guideBox.top, 'stays inside the guide').to.equal(true);
      await expect(el).to.be.accessible();
      // The first message arrives in that same element, so it is announced.
      const area = $<HTMLTextAreaElement>(el, 'textarea');
      area.value = 'Something';
      area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect($(el, '[role="status"]')).to.equal(live);
      expect(live.textContent).to.contain('could not be saved');
      expect(live.getBoundingClientRect().height).to.be.greaterThan(1);
      await expect(el).to.be.accessible();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('tells the current step from the done ones by shape, also in forced colours', async () => {
    const el = await guide();
    await toStep(el, 2);
    const done = $(el, '.dot.is-done').getBoundingClientRect();
    const current = $(el, '.dot.is-current').getBoundingClientRect();
    expect(current.height, 'the current dot is taller').to.be.greaterThan(done.height);
    // Forced colours cannot be emulated in this runner's Chrome: read the guide's own rules for it.
    const sheet = new CSSStyleSheet();
    const css = [SporConversationGuide.styles]
      .flat(Infinity as 1)
      .map((s) => String((s as { cssText?: string }).cssText ?? ''))
      .join('\n');
    sheet.replaceSync(css);
    const forced = [...sheet.cssRules].filter(
      (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors'),
    );
    const ruleOf = (selector: string) =>
      forced
        .flatMap((m) => [...m.cssRules])
        .find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === selector)?.style;
    const isDone = ruleOf('.dot.is-done');
    const isCurrent = ruleOf('.dot.is-current');
    expect(isDone && isCurrent, 'both have forced-colour rules').to.be.ok;
    const shape = (s: CSSStyleDeclaration) => [s.blockSize, s.borderTopWidth, s.borderRadius].join(' ');
    expect(shape(isCurrent!), 'they differ by shape and border, not colour alone').not.to.equal(
      shape(isDone!),
    );
    await expect(el).to.be.accessible();
  });
});
