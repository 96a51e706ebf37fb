// Phone first: at 360 and 390 px, and at 200 % text size (the same words in half the width), the
// log needs no sideways scroll and every control is a 44 × 44 px target.
import { expect } from '@open-wc/testing';
import '../../../src/elements/spor-experience-log/spor-experience-log.js';
import { samplePersonas } from '../../../src/core/index.js';
import { mountSized } from '../mount.js';

/** Controls narrower or shorter than 44 px (a radio counts by its label, the real target). */
function smallTargets(root: ShadowRoot): string[] {
  const targets = root.querySelectorAll<HTMLElement>(
    'button, input:not([type="radio"]), textarea, label.kind',
  );
  expect(targets.length, 'controls to measure').to.be.greaterThan(10);
  return [...targets]
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.width < 44 || box.height < 44;
    })
    .map((node) => `${node.tagName} ${node.textContent?.trim() ?? ''}`);
}

/** Elements whose right edge passes the element's own. */
function overflowing(el: HTMLElement): string[] {
  const right = el.getBoundingClientRect().right + 0.5;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getBoundingClientRect().right > right)
    .map((node) => `${node.tagName}.${node.className}`);
}

// 360 and 390 px phones, and each at 200 % text: half the width in CSS px for the same words.
describe('<spor-experience-log> on a phone', () => {
  for (const width of [360, 390, 180, 195]) {
    for (const data of samplePersonas) {
      it(`fits ${data.participant.displayName}'s log in ${width} px, with 44 px targets, sharing and asking to delete`, async () => {
        const el = await mountSized('spor-experience-log', data, width, { today: '2026-11-13' });
        const root = el.shadowRoot!;
        root.querySelector<HTMLElement>('#share')!.click();
        root.querySelector<HTMLElement>('[data-action="delete"]')!.click();
        await el.updateComplete;
        expect(root.querySelector('.confirm'), 'the delete question').to.exist;
        expect(overflowing(el)).to.deep.equal([]);
        expect(smallTargets(root)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  }
});
