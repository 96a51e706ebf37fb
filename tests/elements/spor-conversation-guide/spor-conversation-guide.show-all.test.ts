// Issue 22: the whole list of changes can be opened. The 3 largest rises and the 2 largest dips
// come first; the rest wait behind one real button, "Show all (N)", which says whether it is open
// (aria-expanded), works from the keyboard and keeps focus where it was.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import type { SporConversationGuide } from '../../../src/elements/spor-conversation-guide/spor-conversation-guide.component.js';
import { samplePersonas, type ProgressData } from '../../../src/core/index.js';
import { $, tabTo } from './guide-controls.js';

const [simon, liv] = samplePersonas as [ProgressData, ProgressData];
const date = '2026-11-13';

async function guide(locale = 'en'): Promise<SporConversationGuide> {
  const el = await fixture<SporConversationGuide>(
    html`<spor-conversation-guide .data=${simon} date=${date} locale=${locale}></spor-conversation-guide>`,
  );
  await el.updateComplete;
  return el;
}

const ids = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)].map((li) => li.dataset['series'] ?? '');

describe('<spor-conversation-guide>: "Show all" opens the whole list of changes', () => {
  beforeEach(() => sessionStorage.clear());

  it("says Simon's window once, and shows his productivity change only behind the button", async () => {
    const el = await guide();
    // Simon's previous conversation was on 30 September; his weekly series rest on 4 weeks.
    expect($(el, '.context-title').textContent?.trim()).to.equal(
      'Average of 4 weeks: before 30 September, and now',
    );
    const first = ids(el, '.change-list:not(.more-changes) > .change');
    const rest = ids(el, '.more-changes > .change');
    expect(first.length).to.be.within(1, 5);
    expect(rest.length, 'Simon has more changes than the first lines').to.be.greaterThan(0);
    // Productivity is not among his largest: it waits behind the button, and is not shown yet.
    expect(first).not.to.include('weekly-company.productivity');
    expect(rest).to.include('weekly-company.productivity');
    const button = $<HTMLButtonElement>(el, 'button.show-all');
    expect(button.textContent?.trim()).to.equal(`Show all (${first.length + rest.length})`);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('more-changes');
    const more = $(el, '#more-changes');
    expect(more.hidden).to.equal(true);
    expect(more.getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('opens and closes from the keyboard, keeping focus on the button; the lines it opens follow it', async () => {
    const el = await guide();
    const button = await tabTo(el, 'button.show-all');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement, 'focus stays on the same button').to.equal(button);
    const more = $(el, '#more-changes');
    expect(more.hidden).to.equal(false);
    const productivity = more.querySelector<HTMLElement>('[data-series="weekly-company.productivity"]')!;
    expect(productivity.getBoundingClientRect().height).to.be.greaterThan(0);
    // The opened lines come after the button in reading order: the next thing heard.
    expect(button.compareDocumentPosition(more) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(productivity.textContent).to.match(/^[↑↓→]Productivity/);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(more.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('says "Vis alle (N)" in Danish', async () => {
    const el = await guide('da');
    const count = el.shadowRoot!.querySelectorAll('.change').length;
    expect(count).to.be.greaterThan(5);
    expect($(el, 'button.show-all').textContent?.trim()).to.equal(`Vis alle (${count})`);
    expect($(el, '.context-title').textContent?.trim()).to.equal(
      'I snit over 4 uger: før 30. september og nu',
    );
    await expect(el).to.be.accessible();
  });

  it("opens Simon's list for Simon only: switched to Liv, her list starts closed", async () => {
    const el = await guide();
    $<HTMLButtonElement>(el, 'button.show-all').click();
    await el.updateComplete;
    expect($(el, 'button.show-all').getAttribute('aria-expanded')).to.equal('true');
    el.data = liv;
    await el.updateComplete;
    const livs = $<HTMLButtonElement>(el, 'button.show-all');
    expect(livs.getAttribute('aria-expanded'), "Liv's list").to.equal('false');
    expect($(el, '#more-changes').hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
